import type { z } from 'zod';
import { lineCounter, nodeAt, parseYamlTree, type YamlNode, type YamlSyntaxError } from './yaml-tree.ts';

/**
 * One YAML file parsed once (src/lib/catalog/yaml-tree.ts): its value, its node tree with
 * offsets, and its line counter. The content registry parses each file one time and hands this to
 * every reader (the schema, the example list, snippet positions, lines of key paths) instead of the
 * text. A file that is not YAML has no value and its syntax error in `syntax`.
 */
export interface ParsedYaml {
  text: string;
  value: unknown;
  root: YamlNode | null;
  syntax: YamlSyntaxError | null;
  /** 1-based line and column of an offset in the text. */
  linePos: (offset: number) => { line: number; col: number };
}

export function parseYaml(text: string): ParsedYaml {
  const linePos = lineCounter(text);
  try {
    const { value, root } = parseYamlTree(text);
    return { text, value, root, syntax: null, linePos };
  } catch (e) {
    const err = e as YamlSyntaxError;
    if (typeof err?.offset !== 'number') throw e;
    return { text, value: null, root: null, syntax: err, linePos };
  }
}

const parsedOf = (source: string | ParsedYaml): ParsedYaml => (typeof source === 'string' ? parseYaml(source) : source);

/** A problem in a YAML content file, with the 1-based line it is on. */
export interface YamlProblem {
  line: number;
  column: number;
  message: string;
}

export type YamlParseResult<T> = { ok: true; value: T } | { ok: false; problems: YamlProblem[] };

/** Alias expansions allowed in one content file (a guard against alias bombs). */
const MAX_ALIAS_COUNT = 100;

/**
 * How many alias expansions the value holds: every reference to a collection already met is an
 * alias (js-yaml shares the anchored value rather than copying it), counted with everything it
 * holds. Each collection is counted once (memoised), so a bomb costs linear time, not its size; an
 * alias inside its own anchor (a value that contains itself) counts as too many.
 */
function aliasCount(value: unknown, cap: number): number {
  const seen = new Set<object>();
  const inside = new Map<object, number>();
  const count = (v: unknown): number => {
    if (v === null || typeof v !== 'object') return 0;
    const known = inside.get(v);
    if (known !== undefined) return known;
    // Met but not counted yet: an alias inside its own anchor, a loop that never ends.
    if (seen.has(v)) return cap + 1;
    seen.add(v);
    let n = 0;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (child === null || typeof child !== 'object') continue;
      n += seen.has(child) ? 1 + count(child) : count(child);
      if (n > cap) break;
    }
    inside.set(v, n);
    return n;
  };
  return count(value);
}

/**
 * Parses one YAML content file and validates it with a zod schema. Problems carry the line and
 * column of the offending key or value, and say what was expected.
 */
export function parseYamlEntry<S extends z.ZodType>(source: string | ParsedYaml, schema: S): YamlParseResult<z.output<S>> {
  const { text, value, root, syntax, linePos } = parsedOf(source);
  if (syntax) {
    const pos = linePos(syntax.offset);
    return { ok: false, problems: [{ line: pos.line, column: pos.col, message: `YAML syntax: ${syntax.message.split('\n')[0]}` }] };
  }
  // A few aliases are fine; thousands are an alias bomb (each expands the ones before it).
  if (aliasCount(value, MAX_ALIAS_COUNT) > MAX_ALIAS_COUNT) {
    const alias = /\*[A-Za-z0-9_-]+/.exec(text);
    const pos = alias ? linePos(alias.index) : { line: 1, col: 1 };
    return { ok: false, problems: [{ line: pos.line, column: pos.col, message: `YAML: too many alias expansions (at most ${MAX_ALIAS_COUNT}); write the values out instead of referring to anchors` }] };
  }
  const data = value;
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      let node = nodeAt(root, issue.path);
      // An unknown key: point at the key itself, not at the map that holds it (was 1:1).
      const keys = (issue as { keys?: unknown }).keys;
      if (issue.code === 'unrecognized_keys' && Array.isArray(keys) && node?.kind === 'map') {
        const pair = node.pairs!.find((p) => p.key.value === keys[0]);
        if (pair) node = pair.key;
      }
      const pos = node ? linePos(node.start) : { line: 1, col: 1 };
      const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
      return { line: pos.line, column: pos.col, message: `${where}: ${issue.message}` };
    }),
  };
}

/** Line of a key path in a YAML text (for problems found after schema validation), or 1. */
export function lineOfPath(source: string | ParsedYaml, path: readonly PropertyKey[]): number {
  const { root, linePos } = parsedOf(source);
  const node = nodeAt(root, path);
  return node ? linePos(node.start).line : 1;
}
