// npx tsx scripts/compare-dist.ts BEFORE AFTER [--context N]: compares two built sites (two dist/
// folders) byte for byte and lists every file that is only in one of them or differs, with the
// first difference of each text file shown in context. A refactoring that should not change the
// site is checked with it: build before, copy dist/ aside, build after, compare. Exit 0 when the
// two are identical, 1 when anything differs, 2 on bad usage. With --ignore-asset-hashes, the content
// hashes in Vite's asset names (`_astro/gate-core.C8XA1MGD.js`) are masked in text files and file
// names, so a change to a script's code shows as that script only, not as every page naming it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

function usage(message: string): never {
  process.stderr.write(`compare-dist: ${message}\nusage: npx tsx scripts/compare-dist.ts BEFORE_DIR AFTER_DIR [--context N] [--limit N] [--ignore-asset-hashes]\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
const dirs: string[] = [];
let context = 80;
let limit = 50;
let maskHashes = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--context' || a === '--limit') {
    const n = Number(args[++i]);
    if (!Number.isInteger(n) || n < 0) usage(`${a} needs a whole number, as in ${a} 80`);
    if (a === '--context') context = n;
    else limit = n;
  } else if (a === '--ignore-asset-hashes') maskHashes = true;
  else if (a.startsWith('-')) usage(`unknown option ${a}`);
  else dirs.push(a);
}
if (dirs.length !== 2) usage('give two folders to compare');
for (const d of dirs) if (!existsSync(d) || !statSync(d).isDirectory()) usage(`${d} is not a folder`);
const [before, after] = dirs as [string, string];

// `| head` closes the pipe early: stop quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

/** Vite's content hash in an asset name: `name.C8XA1MGD.js` (8 characters of base64url). */
const ASSET_HASH = /((?:_astro\/|\.\/)[\w.@-]*?)\.[\w-]{8}\.(js|css|mjs)\b/g;
const mask = (text: string) => (maskHashes ? text.replace(ASSET_HASH, '$1.#.$2') : text);

/** Each file's path relative to its folder, keyed by the path as compared (hashes masked when asked). */
function walk(root: string, dir = root, out = new Map<string, string>()): Map<string, string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(root, p, out);
    else out.set(mask(relative(root, p)), relative(root, p));
  }
  return out;
}

const a = walk(before);
const b = walk(after);
const onlyBefore = [...a.keys()].filter((f) => !b.has(f)).sort();
const onlyAfter = [...b.keys()].filter((f) => !a.has(f)).sort();
const differing: Array<{ file: string; detail: string }> = [];
const TEXT = /\.(html|xml|txt|json|js|mjs|css|svg|webmanifest|_headers)$|_headers$/;
for (const f of [...a.keys()].filter((f) => b.has(f)).sort()) {
  let x = readFileSync(join(before, a.get(f)!));
  let y = readFileSync(join(after, b.get(f)!));
  if (x.equals(y)) continue;
  if (maskHashes && TEXT.test(f)) {
    x = Buffer.from(mask(x.toString('utf8')));
    y = Buffer.from(mask(y.toString('utf8')));
    if (x.equals(y)) continue;
  }
  let detail = `${x.length} -> ${y.length} bytes`;
  if (TEXT.test(f)) {
    const s = x.toString('utf8');
    const t = y.toString('utf8');
    let i = 0;
    while (i < s.length && i < t.length && s[i] === t[i]) i++;
    const line = s.slice(0, i).split('\n').length;
    const show = (text: string) => JSON.stringify(text.slice(Math.max(0, i - context), i + context));
    detail += `; first difference at line ${line}, offset ${i}:\n      before: ${show(s)}\n      after:  ${show(t)}`;
  }
  differing.push({ file: f, detail });
}

const list = (title: string, files: string[]) => {
  if (files.length === 0) return;
  console.log(`${title} (${files.length}):`);
  for (const f of files.slice(0, limit)) console.log(`  ${f}`);
  if (files.length > limit) console.log(`  … ${files.length - limit} more`);
};
list(`only in ${before}`, onlyBefore);
list(`only in ${after}`, onlyAfter);
if (differing.length > 0) {
  console.log(`differing (${differing.length}):`);
  for (const d of differing.slice(0, limit)) console.log(`  ${d.file}: ${d.detail}`);
  if (differing.length > limit) console.log(`  … ${differing.length - limit} more`);
}
const same = [...a.keys()].filter((f) => b.has(f)).length - differing.length;
console.log(`compare-dist: ${same} identical, ${differing.length} differing, ${onlyBefore.length} only before, ${onlyAfter.length} only after`);
process.exitCode = differing.length + onlyBefore.length + onlyAfter.length > 0 ? 1 : 0;
