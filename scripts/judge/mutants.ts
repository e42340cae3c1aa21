// Deterministic mutants of valid and broken command lines for the judge: misspelled flags and
// commands, missing and extra arguments, missing values, wrong value types, shorthand clusters,
// flags moved after the arguments, `=` forms, single-dash long names and typographic dashes.
// Same seed, same list, so the committed verdict cache (verdicts.json) stays valid.
import type { CliSpec, CommandSpec, OptionSpec } from '../../src/lib/cli-spec/schema.ts';
import { tokenize, type ShellWord } from '../../src/lib/shell/tokenize.ts';

/** mulberry32: a small seeded PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

import { shQuote } from '../../src/lib/command/sh-quote.ts';

export { shQuote };

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const BAD_VALUES: Record<string, string[]> = {
  int: ['abc', '1.5', '10s', '99999999999999999999', '0x1F', '-3', '1_000'],
  int64: ['abc', '2.5', '-1', '9223372036854775808'],
  uint: ['-1', 'abc', '0b101'],
  uint16: ['70000', '-1', '65535', 'abc'],
  uint32: ['-5', '4294967296'],
  uint64: ['-1', 'x'],
  duration: ['5', '10', '1h30m', '300ms', '1.5s', '1d', 'abc', '-2s'],
  bytes: ['1g', '512m', '1x', '1.5GiB', '10i', 'abc', '100', '2 kb', '-1'],
  decimal: ['1.5', 'abc', '3/2', '0.0000000001', '1e3', '.5'],
  float: ['0.5', 'abc', '1e-3', 'nan'],
  list: ['x', 'a=b', ''],
  string: ['x', ''],
  filter: ['name=web', 'name', 'status=exited', 'start=1000'],
  port: ['80:80', '99999:80', '80:80/xyz', '8080', '127.0.0.1:80:80', 'a:b', '80-81:80-82'],
  ulimit: ['nofile=1024:2048', 'nofile', 'foo=1', 'nproc=10:5'],
  mount: ['type=bind,source=/a,target=/b', 'type=foo,target=/b', 'source=/a', 'x'],
};

function editWord(w: string, r: () => number): string {
  const i = Math.floor(r() * w.length);
  const k = Math.floor(r() * 4);
  const c = LETTERS[Math.floor(r() * LETTERS.length)] as string;
  if (k === 0 && w.length > 1) return w.slice(0, i) + w.slice(i + 1); // delete
  if (k === 1) return w.slice(0, i) + c + w.slice(i); // insert
  if (k === 2 && i + 1 < w.length) return w.slice(0, i) + (w[i + 1] as string) + (w[i] as string) + w.slice(i + 2); // transpose
  return w.slice(0, i) + c + w.slice(i + 1); // replace
}

interface Ctx {
  spec: CliSpec;
  r: () => number;
}

function commandFor(spec: CliSpec, words: string[]): { cmd: CommandSpec | null; depth: number } {
  let best: { cmd: CommandSpec | null; depth: number } = { cmd: null, depth: 0 };
  const all = [...spec.commands];
  for (let n = 1; n <= Math.min(3, words.length); n++) {
    const path = words.slice(0, n).join(' ');
    const c = all.find((x) => [x.canonicalPath, x.path, ...x.aliases].some((a) => a.join(' ') === path));
    if (c) best = { cmd: c, depth: n };
  }
  return best;
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

/** One mutation of `words` (after `docker`); null when this mutation does not apply. */
function mutate(ctx: Ctx, words: string[]): string[] | null {
  const { r, spec } = ctx;
  const { cmd, depth } = commandFor(spec, words);
  const rest = words.slice(depth);
  const head = words.slice(0, depth);
  const flagIdx = rest.map((w, i) => (w.startsWith('-') && w !== '-' ? i : -1)).filter((i) => i >= 0);
  const argIdx = rest.map((w, i) => (!w.startsWith('-') ? i : -1)).filter((i) => i >= 0);
  const opts = cmd?.options ?? [];
  const valued = opts.filter((o) => o.valueType !== null);
  const op = Math.floor(r() * 16);
  const flagText = (o: OptionSpec) => (o.short && r() < 0.5 ? `-${o.short}` : `--${o.long}`);
  switch (op) {
    case 0: {
      // misspell a long flag
      const i = flagIdx.find((j) => (rest[j] as string).startsWith('--'));
      if (i === undefined) return null;
      const w = rest[i] as string;
      const eq = w.indexOf('=');
      const name = eq < 0 ? w.slice(2) : w.slice(2, eq);
      rest[i] = `--${editWord(name, r)}${eq < 0 ? '' : w.slice(eq)}`;
      return [...head, ...rest];
    }
    case 1: {
      // misspell a command word
      if (depth === 0) return null;
      const i = Math.floor(r() * depth);
      head[i] = editWord(head[i] as string, r);
      return [...head, ...rest];
    }
    case 2: {
      // drop a positional argument
      if (argIdx.length === 0) return null;
      rest.splice(pick(r, argIdx), 1);
      return [...head, ...rest];
    }
    case 3: {
      // an extra argument
      rest.push(pick(r, ['extra', 'web', 'nginx', 'a=b', '/tmp/x']));
      return [...head, ...rest];
    }
    case 4: {
      // drop the value of a valued flag written as `--flag value`
      const cands = flagIdx.filter((j) => {
        const w = rest[j] as string;
        if (w.includes('=')) return false;
        const o = w.startsWith('--') ? opts.find((x) => x.long === w.slice(2)) : w.length === 2 ? opts.find((x) => x.short === w[1]) : undefined;
        return o !== undefined && o.valueType !== null && j + 1 < rest.length;
      });
      if (cands.length === 0) return null;
      rest.splice(pick(r, cands) + 1, 1);
      return [...head, ...rest];
    }
    case 5:
    case 6: {
      // a typed flag with a good or bad value
      if (valued.length === 0) return null;
      const typed = valued.filter((o) => BAD_VALUES[o.valueType as string]);
      const o = typed.length > 0 && r() < 0.8 ? pick(r, typed) : pick(r, valued);
      const vals = BAD_VALUES[o.valueType as string] ?? ['x', 'a=b', '1'];
      const v = pick(r, vals);
      const at = Math.floor(r() * (rest.length + 1));
      const form = r() < 0.5 ? [`--${o.long}=${v}`] : [flagText(o), v];
      const insertAt = cmd && ['run', 'create', 'exec'].includes(cmd.canonicalPath[1] ?? '') ? Math.min(at, argIdx[0] ?? rest.length) : at;
      rest.splice(insertAt, 0, ...form);
      return [...head, ...rest];
    }
    case 7: {
      // cluster two one-letter flags (`-i -t` -> `-it`), or put a valued one first (`-pd`)
      const shorts = opts.filter((o) => o.short);
      if (shorts.length < 2) return null;
      const a = pick(r, shorts);
      const b = pick(r, shorts);
      const cluster = `-${a.short}${b.short}`;
      const needs = [a, b].some((o) => o.valueType !== null);
      rest.splice(0, 0, cluster, ...(needs ? [pick(r, ['80:80', '1', 'x', 'name=web'])] : []));
      return [...head, ...rest];
    }
    case 8: {
      // `--flag value` <-> `--flag=value`
      const i = flagIdx.find((j) => (rest[j] as string).startsWith('--'));
      if (i === undefined) return null;
      const w = rest[i] as string;
      if (w.includes('=')) rest.splice(i, 1, ...(w.split(/=(.*)/s).slice(0, 2) as string[]));
      else if (i + 1 < rest.length) rest.splice(i, 2, `${w}=${rest[i + 1] as string}`);
      else return null;
      return [...head, ...rest];
    }
    case 9: {
      // move a flag after the positional arguments
      if (flagIdx.length === 0 || argIdx.length === 0) return null;
      const i = flagIdx[0] as number;
      const [f] = rest.splice(i, 1);
      rest.push(f as string);
      return [...head, ...rest];
    }
    case 10: {
      // a real flag of the command, bare
      if (opts.length === 0) return null;
      const o = pick(r, opts);
      rest.splice(Math.floor(r() * (rest.length + 1)), 0, flagText(o));
      return [...head, ...rest];
    }
    case 11: {
      // a long name with one dash (`-mount`)
      const o = opts.length ? pick(r, opts) : null;
      if (!o) return null;
      rest.splice(0, 0, `-${o.long}`);
      return [...head, ...rest];
    }
    case 12: {
      // a typographic dash
      const i = flagIdx.find((j) => (rest[j] as string).startsWith('--'));
      if (i === undefined) return null;
      rest[i] = `\u2014${(rest[i] as string).slice(2)}`;
      return [...head, ...rest];
    }
    case 13: {
      // a boolean flag with a value
      const b = opts.filter((o) => o.valueType === null);
      if (b.length === 0) return null;
      rest.splice(0, 0, `--${pick(r, b).long}=${pick(r, ['false', 'true', 'maybe', '0', 'yes'])}`);
      return [...head, ...rest];
    }
    case 14: {
      // a global option before the command, good or bad
      return [pick(r, ['-D', '--debug', '-l', '--log-level=debug', '-l info', '--tls', '-lD', '-Dl debug', '--log-level=loud', '-x', '--config=/etc/x']), ...words].flatMap((w) => w.split(' '));
    }
    default: {
      // drop all arguments, or the command word after a group
      if (depth >= 2 && r() < 0.3) return head.slice(0, depth - 1);
      return [...head, ...rest.filter((w) => w.startsWith('-'))];
    }
  }
}

/**
 * `count` mutants of the base lines (single docker invocations only), deterministic for a seed.
 * Duplicates and lines equal to a base line are skipped.
 */
export function generateMutants(spec: CliSpec, baseLines: string[], count: number, seed = 20261125): string[] {
  const r = rng(seed);
  const bases = baseLines
    .map((l) => tokenize(l.replace(/^\s*[$#]\s+/, '')))
    .filter((t) => t.errors.length === 0 && t.commands.length === 1 && t.commands[0]!.words[0]?.value === 'docker' && !t.commands[0]!.words.some((w: ShellWord) => w.dynamic))
    .map((t) => t.commands[0]!.words.slice(1).map((w) => w.value));
  const seen = new Set(baseLines);
  const out: string[] = [];
  let guard = 0;
  while (out.length < count && guard++ < count * 50 && bases.length > 0) {
    const base = pick(r, bases);
    let m: string[] | null = [...base];
    const rounds = r() < 0.8 ? 1 : 2;
    for (let k = 0; k < rounds && m; k++) m = mutate({ spec, r }, m);
    if (!m) continue;
    const line = ['docker', ...m].map(shQuote).join(' ');
    if (seen.has(line)) continue;
    seen.add(line);
    out.push(line);
  }
  return out;
}
