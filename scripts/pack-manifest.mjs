// `npm pack` ships the command only (bin dockref, dist-cli/), so its package.json must not carry
// what only this repository needs: the postinstall that checks the repository's pinned Node
// binary (its script is not in the package), that binary's platform package (an
// optionalDependency that would download Node 24 into every user's node_modules), the scripts
// and the Node 24 engine range (the command runs on Node 20 or newer).
//   prepack:  build dist-cli/ (build-cli.mjs), keep package.json aside, write the trimmed one;
//   postpack: put the repository's package.json back.
// The same pattern as `pinst`. If a pack fails half-way, `node scripts/pack-manifest.mjs postpack`
// restores package.json (prepack refuses to run while a kept copy exists).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = join(root, 'package.json');
const kept = join(root, '.package.json.pack-backup');
const step = process.argv[2];

if (step === 'prepack') {
  if (existsSync(kept)) {
    console.error('pack-manifest: .package.json.pack-backup exists (an earlier pack stopped half-way); run `node scripts/pack-manifest.mjs postpack` first');
    process.exit(1);
  }
  execFileSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], { stdio: 'inherit' });
  const text = readFileSync(manifest, 'utf8');
  const pkg = JSON.parse(text);
  const packed = {
    name: pkg.name,
    version: pkg.version,
    description: pkg.description,
    type: pkg.type,
    bin: pkg.bin,
    files: pkg.files,
    engines: { node: '>=20' },
    dependencies: pkg.dependencies,
  };
  writeFileSync(kept, text);
  writeFileSync(manifest, `${JSON.stringify(packed, null, 2)}\n`);
} else if (step === 'postpack') {
  if (existsSync(kept)) renameSync(kept, manifest);
} else {
  console.error('usage: node scripts/pack-manifest.mjs prepack|postpack');
  process.exit(2);
}
