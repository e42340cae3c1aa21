// The content YAML reader (src/lib/catalog/yaml-tree.ts, js-yaml with node offsets) against the
// `yaml` library's document parser, which the site used before: on every content YAML file and on
// the shapes a content file may take, the same value, and every node (each value and each key) at
// the same line and column, so every file:line:col message points where it did.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { describe, expect, it } from 'vitest';
import { lineCounter, nodeAt, parseYamlTree } from '../../src/lib/catalog/yaml-tree';
import { lineOfPath, parseYamlEntry } from '../../src/lib/catalog/parse-yaml-entry';
import { z } from 'zod';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SKIP = new Set(['cli-help', 'plugin-reference', 'cli-reference']);
function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return SKIP.has(e.name) ? [] : yamlFiles(path);
    return /\.ya?ml$/.test(e.name) ? [path] : [];
  });
}

/** Every node of a `yaml` document by its path, with its position; keys as `path + ['<key>', name]`. */
function positions(text: string): Array<{ path: Array<string | number>; key?: boolean; empty: boolean; line: number; col: number; block: boolean }> {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  const out: ReturnType<typeof positions> = [];
  const add = (node: Node, path: Array<string | number>, key = false) => {
    if (!node.range) return;
    const { line, col } = lc.linePos(node.range[0]);
    out.push({ path, key, empty: node.range[0] === node.range[1], line, col, block: isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') });
  };
  const visit = (node: Node | null, path: Array<string | number>) => {
    if (!node) return;
    add(node, path);
    if (isSeq(node)) node.items.forEach((item, i) => visit(item as Node, [...path, i]));
    if (isMap(node))
      for (const pair of node.items) {
        const k = (pair.key as { value?: unknown }).value as string | number;
        add(pair.key as Node, [...path, k], true);
        visit(pair.value as Node | null, [...path, k]);
      }
  };
  visit(doc.contents as Node | null, []);
  return out;
}

function sameAsYaml(text: string) {
  const tree = parseYamlTree(text);
  expect(tree.value).toEqual(parseDocument(text).toJS() ?? null);
  const linePos = lineCounter(text);
  for (const p of positions(text)) {
    let node = nodeAt(tree.root, p.path, true);
    if (p.key) {
      const parent = nodeAt(tree.root, p.path.slice(0, -1), true);
      node = parent?.pairs?.find((pair) => pair.key.value === p.path[p.path.length - 1])?.key ?? null;
    }
    // An empty sequence item (`-` and nothing) has no node: a message about it names the sequence.
    if (node === null && p.empty && typeof p.path[p.path.length - 1] === 'number') continue;
    expect(node, `${p.key ? 'key' : 'node'} at ${p.path.join('.')}`).not.toBeNull();
    expect({ at: p.path.join('.'), ...linePos(node!.start), block: Boolean(node!.block) }).toEqual({ at: p.path.join('.'), line: p.line, col: p.col, block: p.block });
  }
}

describe('parseYamlTree', () => {
  const files = yamlFiles(join(root, 'content'));
  it('reads the content files (there are many)', () => expect(files.length).toBeGreaterThan(100));
  it.each(files.map((f) => [relative(root, f), f]))('%s: the value and every position as the yaml library reads them', (_name, file) => {
    sameAsYaml(readFileSync(file, 'utf8'));
  });

  it.each([
    ['flow collections and quotes', 'a: [1, "two", \'three\']\nb: {c: d, "e f": g}\n'],
    ['block scalars', 'cmd: |\n  docker run \\\n    nginx\nnote: >-\n  folded\n  text\nkeep: |+\n  x\n\n'],
    ['an empty value', 'a:\nb: 1\nc:\n'],
    ['empty sequence items', 'list:\n  -\n  - x\n  -\n  - y\n'],
    ['comments between key and value', 'a: # note\n  b\nc:\n  # note\n  - 1\n'],
    ['nested sequences of maps', 'examples:\n  - cmd: docker ps\n    title: { ko: 목록, en: List }\n  - - inner\n    - more\n'],
    ['numbers, booleans and nulls', 'a: 1\nb: 0x1F\nc: 1.5\nd: true\ne: ~\nf: null\ng: .inf\nh: "1"\ni: 2024-01-01\n'],
    ['a byte order mark', '\uFEFFa: 1\nb:\n  - x\n'],
    ['an anchor and an alias', 'a: &x\n  b: 1\nc: *x\n'],
    ['CRLF line ends', 'a: 1\r\nb:\r\n  - x\r\n'],
    ['an empty document', ''],
  ])('%s', (_name, text) => sameAsYaml(text));

  it('reports a syntax error at its offset', () => {
    expect(() => parseYamlTree('a: 1\na: 2\n')).toThrow(expect.objectContaining({ offset: 5, message: expect.stringMatching(/duplicated mapping key/) }) as never);
    expect(() => parseYamlTree('a: [1, 2\n')).toThrow(expect.objectContaining({ message: expect.any(String) }) as never);
  });
});

describe('parseYamlEntry on js-yaml', () => {
  const schema = z.object({ summary: z.string(), list: z.array(z.unknown()).optional() }).strict();
  it('an alias inside its own anchor is a problem, not a hang', () => {
    const r = parseYamlEntry('summary: s\nlist: &a [ *a ]\n', schema);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toMatch(/alias/);
  });
  it('a few aliases are fine', () => {
    expect(parseYamlEntry('summary: &s s\nlist: [*s, *s]\n', schema)).toEqual({ ok: true, value: { summary: 's', list: ['s', 's'] } });
  });
  it('a syntax error names its line and column', () => {
    const r = parseYamlEntry('summary: s\nlist: [1\n', schema);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ line: 3, message: expect.stringMatching(/^YAML syntax: /) });
  });
  it('a key without a value is found at its line', () => {
    expect(lineOfPath('summary: s\nlist:\nother: 1\n', ['list'])).toBe(2);
  });
});
