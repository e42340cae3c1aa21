import { LineCounter, parseDocument, isMap, isSeq, type Document, type Node } from 'yaml';
import type { z } from 'zod';

/**
 * One YAML file parsed once, with its line counter: the content registry parses each file one
 * time and hands this to every reader (the schema, the example list, snippet positions, lines of
 * key paths) instead of the text.
 */
export interface ParsedYaml {
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

export function parseYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  return { text, doc: parseDocument(text, { lineCounter, prettyErrors: false }), lineCounter };
}

const parsedOf = (source: string | ParsedYaml): ParsedYaml => (typeof source === 'string' ? parseYaml(source) : source);

/** A problem in a YAML content file, with the 1-based line it is on. */
export interface YamlProblem {
  line: number;
  column: number;
  message: string;
}

export type YamlParseResult<T> = { ok: true; value: T } | { ok: false; problems: YamlProblem[] };

/** Alias expansions allowed in one content file (the yaml library's guard against alias bombs). */
const MAX_ALIAS_COUNT = 100;

/** Finds the YAML node at a zod issue path, so a schema error can point at its line. */
function nodeAt(root: Node | null, path: readonly PropertyKey[]): Node | null {
  let node: Node | null = root;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) return node;
      node = (pair.value as Node | null) ?? (pair.key as Node);
    } else if (isSeq(node) && typeof key === 'number') {
      node = (node.items[key] as Node | undefined) ?? node;
    } else {
      return node;
    }
  }
  return node;
}

/**
 * Parses one YAML content file and validates it with a zod schema. Problems carry the line and
 * column of the offending key or value, and say what was expected.
 */
export function parseYamlEntry<S extends z.ZodType>(source: string | ParsedYaml, schema: S): YamlParseResult<z.output<S>> {
  const { text, doc, lineCounter } = parsedOf(source);
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return { line: pos.line, column: pos.col, message: `YAML syntax: ${e.message.split('\n')[0]}` };
      }),
    };
  }
  let data: unknown;
  try {
    // A few aliases are fine; thousands are an alias bomb (each expands the ones before it).
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const alias = /\*[A-Za-z0-9_-]+/.exec(text);
    const pos = alias ? lineCounter.linePos(alias.index) : { line: 1, col: 1 };
    return { ok: false, problems: [{ line: pos.line, column: pos.col, message: `YAML: ${(e as Error).message.split('\n')[0]} (at most ${MAX_ALIAS_COUNT} alias expansions)` }] };
  }
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      let node = nodeAt(doc.contents as Node | null, issue.path);
      // An unknown key: point at the key itself, not at the map that holds it (was 1:1).
      const keys = (issue as { keys?: unknown }).keys;
      if (issue.code === 'unrecognized_keys' && Array.isArray(keys) && isMap(node)) {
        const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === keys[0]);
        if (pair && pair.key) node = pair.key as Node;
      }
      const pos = node?.range ? lineCounter.linePos(node.range[0]) : { line: 1, col: 1 };
      const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
      return { line: pos.line, column: pos.col, message: `${where}: ${issue.message}` };
    }),
  };
}

/** Line of a key path in a YAML text (for problems found after schema validation), or 1. */
export function lineOfPath(source: string | ParsedYaml, path: readonly PropertyKey[]): number {
  const { doc, lineCounter } = parsedOf(source);
  const node = nodeAt(doc.contents as Node | null, path);
  return node?.range ? lineCounter.linePos(node.range[0]).line : 1;
}
