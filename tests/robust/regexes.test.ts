// Every regular expression literal in src/lib and src/islands (every module that sees user input:
// command lines, Dockerfiles, search queries, URLs) against adversarial strings, under a time
// bound: a regex that backtracks exponentially or quadratically fails here by name
// (`--dns-search aaaa…!` once took 8 s, so the scan covers every folder that sees input).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
// src/lib/check (the dockref check reader) is under src/lib, so it is scanned too.
const DIRS = ['src/lib', 'src/islands'];

/** Regex literals of a TypeScript source, found by a small scanner that skips strings and comments. */
export function regexLiterals(src: string): Array<{ source: string; flags: string; line: number }> {
  const out: Array<{ source: string; flags: string; line: number }> = [];
  // What may come right before a regex literal (rather than a division).
  const before = /[(,=:[!&|?{};+\-*%<>~^]$|\breturn$|\btypeof$|^$/;
  let prev = '';
  const templates: number[] = []; // brace depth at each open `${`
  let depth = 0;
  let i = 0;
  const lineAt = (k: number) => src.slice(0, k).split('\n').length;
  const skipString = (q: string) => {
    i++;
    while (i < src.length && src[i] !== q) i += src[i] === '\\' ? 2 : 1;
    i++;
  };
  const skipTemplate = () => {
    // From just after a backquote or a closing `}` of `${`: to the end or the next `${`.
    while (i < src.length) {
      if (src[i] === '\\') i += 2;
      else if (src[i] === '`') {
        i++;
        return;
      } else if (src[i] === '$' && src[i + 1] === '{') {
        i += 2;
        templates.push(depth);
        depth++;
        return;
      } else i++;
    }
  };
  while (i < src.length) {
    const c = src[i] as string;
    if (c === '/' && src[i + 1] === '/') {
      i = src.indexOf('\n', i);
      if (i < 0) break;
      continue;
    }
    if (c === '/' && src[i + 1] === '*') {
      i = src.indexOf('*/', i + 2) + 2;
      continue;
    }
    if (c === '"' || c === "'") {
      skipString(c);
      prev = 'x';
      continue;
    }
    if (c === '`') {
      i++;
      skipTemplate();
      prev = 'x';
      continue;
    }
    if (c === '{') depth++;
    if (c === '}') {
      depth--;
      if (templates.length > 0 && templates[templates.length - 1] === depth) {
        templates.pop();
        i++;
        skipTemplate();
        prev = 'x';
        continue;
      }
    }
    if (c === '/' && before.test(prev.trimEnd())) {
      const start = i;
      let j = i + 1;
      let inClass = false;
      while (j < src.length && src[j] !== '\n') {
        const d = src[j];
        if (d === '\\') j += 2;
        else {
          if (d === '[') inClass = true;
          else if (d === ']') inClass = false;
          else if (d === '/' && !inClass) break;
          j++;
        }
      }
      if (src[j] === '/') {
        const body = src.slice(i + 1, j);
        let k = j + 1;
        while (/[a-z]/.test(src[k] ?? '')) k++;
        out.push({ source: body, flags: src.slice(j + 1, k), line: lineAt(start) });
        i = k;
        prev = 'x';
        continue;
      }
    }
    if (!/\s/.test(c)) prev = (prev + c).slice(-8);
    i++;
  }
  return out;
}

const N = 20_000;
/** Generic hostile inputs, plus runs of each literal character the regex itself mentions. */
function inputsFor(source: string): string[] {
  const generic = ['a', '1', '.', '-', ' ', '\t', '0', '_', ':', '=', ',', '/', '\\', '$(', '{{', 'a.', 'a-', 'a:', 'a=', 'a,', 'a/', '1.', '0x1', 'a b', '"', "'", '\u2212', 'ｄ', '<<'];
  const chars = new Set<string>();
  for (const ch of source.replace(/\\[dwsDWSbB]/g, '').replace(/\\(.)/g, '$1')) if (!/[()[\]{}*+?|^$]/.test(ch)) chars.add(ch);
  const units = [...generic, ...chars];
  // The literal text the regex starts with (`이름` of `/이름\s*[을를]?\s*…/`): runs are also tried
  // right after it, where a quadratic part of the regex only starts to backtrack.
  const lead = /^\^?((?:[^\\()[\]{}*+?|^$.]|\\[^dwsDWSbBpPuxck0-9])*)/.exec(source)?.[1]?.replace(/\\(.)/g, '$1') ?? '';
  const out: string[] = [];
  for (const u of units) {
    const run = u.repeat(Math.ceil(N / u.length));
    out.push(`${run}!`, `${run}\n`, `!${run}`, `${run}x`);
    if (lead !== '') out.push(`${lead}${run}x`, `${lead}${run}\n`);
  }
  out.push(`${'a'.repeat(50_000)}!`);
  return out;
}

/** The .ts files under a folder, all levels down. */
function tsFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}
const files = DIRS.flatMap(tsFiles);
const all = files.flatMap((file) => regexLiterals(readFileSync(join(root, file), 'utf8')).map((r) => ({ ...r, file })));

describe('regexes on user input run in linear time', () => {
  it('the scanner finds the regexes, in every folder of src/lib and in the islands', () => {
    expect(all.length).toBeGreaterThan(50);
    for (const d of ['src/lib/command', 'src/lib/dockerfile', 'src/lib/search', 'src/lib/explain', 'src/islands']) expect(all.some((r) => r.file.startsWith(d)), d).toBe(true);
    expect(all.some((r) => r.file.endsWith('value-checks.ts') && r.source.includes('[a-zA-Z0-9-]'))).toBe(true);
  });
  it.each(all.map((r) => [`${r.file}:${r.line} /${r.source}/${r.flags}`, r] as const))('%s', (_name, r) => {
    const re = new RegExp(r.source, r.flags.replace(/[gy]/g, ''));
    const slow: string[] = [];
    for (const input of inputsFor(r.source)) {
      const t0 = performance.now();
      re.exec(input);
      input.replace(new RegExp(r.source, r.flags.includes('g') ? r.flags : `${r.flags}g`), '');
      let ms = performance.now() - t0;
      if (ms > 150) {
        // Once more, to tell a pause of the machine from a slow regex.
        const t1 = performance.now();
        re.exec(input);
        ms = Math.min(ms, performance.now() - t1);
      }
      if (ms > 150) slow.push(`${JSON.stringify(input.slice(0, 12))}… (${input.length} chars): ${ms.toFixed(0)} ms`);
    }
    expect(slow).toEqual([]);
  });
});
