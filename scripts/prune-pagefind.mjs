// Runs after `pagefind --site dist` (npm run build): removes the parts of the Pagefind bundle no
// page loads. The site calls pagefind.js from its own search island (src/islands/site-search.ts),
// which fetches the entry, meta, index, fragment and wasm files and starts pagefind-worker.js; the
// prebuilt UIs (default, modular, component) and the highlight script, about 430 KB, are never
// requested. Pagefind 1.6 has no option to leave them out, so they are deleted here by name: a
// name missing from the bundle (a later Pagefind) is reported, not ignored.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(process.argv[2] ?? 'dist', 'pagefind');
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

if (!existsSync(join(dir, 'pagefind.js'))) {
  console.error(`prune-pagefind: ${dir}/pagefind.js not found; run pagefind --site dist first`);
  process.exit(1);
}
let bytes = 0;
const missing = [];
for (const name of UNUSED) {
  const file = join(dir, name);
  if (!existsSync(file)) {
    missing.push(name);
    continue;
  }
  bytes += statSync(file).size;
  rmSync(file);
}
if (missing.length > 0) console.warn(`prune-pagefind: not in the bundle (a newer Pagefind?): ${missing.join(', ')}`);
const left = readdirSync(dir).filter((n) => /^pagefind-.*ui|highlight/.test(n));
if (left.length > 0) {
  console.error(`prune-pagefind: unknown UI files left in ${dir}: ${left.join(', ')}; add them to the list if no page uses them`);
  process.exit(1);
}
if (process.env.PRUNE_PAGEFIND_VERBOSE) console.log(`prune-pagefind: removed ${(bytes / 1024).toFixed(0)} KB`);
