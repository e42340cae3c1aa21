// Builds the package's command, dist-cli/dockref.js, from src/cli/dockref.ts with esbuild: one
// JavaScript file for Node 20 or newer, with the CLI spec and the validator's data bundled in
// (JSON imports) and the runtime dependencies (package.json "dependencies") left as imports.
// Run by `npm run build:cli` and by `prepack`, so `npm pack` always ships a fresh build.
// Plain JavaScript: it must run on whatever Node started npm.
import { build } from 'esbuild';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const outfile = join(root, 'dist-cli/dockref.js');
rmSync(join(root, 'dist-cli'), { recursive: true, force: true });

const result = await build({
  entryPoints: [join(root, 'src/cli/dockref.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Only the declared runtime dependencies stay imports; anything else must be bundled, so a
  // site-only package (zod, yaml, astro…) reached by mistake fails the check below instead of
  // failing on the user's machine.
  external: Object.keys(pkg.dependencies ?? {}),
  minify: true,
  legalComments: 'eof',
  charset: 'utf8',
  metafile: true,
  logLevel: 'warning',
});

const imports = new Set();
for (const out of Object.values(result.metafile.outputs)) for (const i of out.imports) if (i.external) imports.add(i.path);
const allowed = new Set(Object.keys(pkg.dependencies ?? {}));
const stray = [...imports].filter((p) => !p.startsWith('node:') && !allowed.has(p.split('/').slice(0, p.startsWith('@') ? 2 : 1).join('/')));
if (stray.length) {
  console.error(`build-cli: dist-cli/dockref.js imports packages that are not runtime dependencies: ${stray.join(', ')}`);
  process.exit(1);
}
const bundled = Object.keys(result.metafile.inputs).filter((p) => p.includes('node_modules/')).map((p) => p.replace(/^.*node_modules\/((?:@[^/]+\/)?[^/]+).*$/, '$1'));
if (bundled.length) {
  console.error(`build-cli: packages were bundled into dist-cli/dockref.js instead of being dependencies: ${[...new Set(bundled)].join(', ')}`);
  process.exit(1);
}
console.log(`build-cli: dist-cli/dockref.js, ${(statSync(outfile).size / 1024).toFixed(0)} KB; imports ${[...imports].sort().join(', ')}`);
