// A content YAML file read once: its value (js-yaml, YAML 1.2 core schema) and a tree of its
// nodes with the offset each starts at, so a problem found in the value can name the file's line
// and column. js-yaml reads the site's content in about a sixth of the time the `yaml` library's
// document parser takes (the build reads every content file cold); its `listener` reports where
// each node opens and closes, from which the tree is built here. A unit test
// (tests/unit/yaml-tree.test.ts) holds the positions and values to the `yaml` library's on every
// content file.
import { CORE_SCHEMA, load, type YAMLException } from 'js-yaml';

/** One node of a YAML document: where it starts (a block scalar at its `|` or `>`) and what it holds. */
export interface YamlNode {
  kind: 'map' | 'seq' | 'scalar';
  /** Offset in the text of the node's first character. */
  start: number;
  /** A scalar's value. */
  value?: unknown;
  /** A map's pairs, in the file's order (a pair without a value has `value: null`). */
  pairs?: Array<{ key: YamlNode; value: YamlNode | null }>;
  /** A sequence's items (an empty `-` item has no node: null). */
  items?: Array<YamlNode | null>;
  /** A scalar written as a block (`|` or `>`). */
  block?: boolean;
}

export interface YamlTree {
  /** The document's value (null for an empty document). */
  value: unknown;
  root: YamlNode | null;
}

/** A YAML syntax error, at its offset. */
export interface YamlSyntaxError {
  offset: number;
  message: string;
}

interface Frame {
  open: number;
  children: Array<{ node: YamlNode; end: number }>;
}

const isBlank = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/**
 * The first offset at or after `from` (and before `to`) that is not blank, not in a comment, and
 * not a node property (`&anchor`, `!tag`): where a node that js-yaml opened at `from` starts.
 */
function contentStart(text: string, from: number, to: number): number {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isBlank(c)) i++;
    else if (c === 0x23 /* # */) {
      while (i < to && text.charCodeAt(i) !== 0x0a) i++;
    } else if ((c === 0x26 /* & */ || c === 0x21) /* ! */ && i + 1 < to && !isBlank(text.charCodeAt(i + 1))) {
      while (i < to && !isBlank(text.charCodeAt(i))) i++;
    } else break;
  }
  return i;
}

/** Whether, after the node ending at `end`, the text goes on with a `:` on the same line (a mapping key). */
function followedByColon(text: string, end: number): boolean {
  let i = end;
  while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09) i++;
  return text.charCodeAt(i) === 0x3a;
}

/**
 * A sequence's item nodes by index. An empty item (`-` and nothing after it) is null in the value
 * and has no node: a null item takes no node while the nodes left are no more than the non-null
 * items left, so every written item keeps its own node.
 */
function placeItems(values: readonly unknown[], nodes: YamlNode[]): Array<YamlNode | null> {
  if (nodes.length === values.length) return nodes;
  const nonNullAfter = new Array<number>(values.length + 1).fill(0);
  for (let i = values.length - 1; i >= 0; i--) nonNullAfter[i] = nonNullAfter[i + 1]! + (values[i] === null ? 0 : 1);
  const items: Array<YamlNode | null> = [];
  let next = 0;
  for (let i = 0; i < values.length; i++) {
    if (values[i] === null && nodes.length - next <= nonNullAfter[i]!) items.push(null);
    else items.push(nodes[next++] ?? null);
  }
  return items;
}

/**
 * Parses one YAML document. Throws a YamlSyntaxError-shaped object ({ offset, message }) when the
 * text is not YAML js-yaml accepts (more than one document is an error too).
 */
export function parseYamlTree(text: string): YamlTree {
  // js-yaml drops a byte order mark before reading: its offsets are one short of the text's.
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const stack: Frame[] = [];
  let root: YamlNode | null = null;
  let value: unknown;
  try {
    value = load(text, {
      schema: CORE_SCHEMA,
      listener(event, state) {
        if (event === 'open') {
          stack.push({ open: state.position + shift, children: [] });
          return;
        }
        const frame = stack.pop()!;
        const end = state.position + shift;
        const found = contentStart(text, frame.open, end);
        // Nothing read (an empty value): the node is where js-yaml looked for it.
        const start = found < end ? found : frame.open;
        let node: YamlNode;
        if (state.kind === 'mapping') {
          const pairs: NonNullable<YamlNode['pairs']> = [];
          for (const child of frame.children) {
            if (followedByColon(text, child.end)) pairs.push({ key: child.node, value: null });
            else {
              const last = pairs[pairs.length - 1];
              if (last && last.value === null) last.value = child.node;
            }
          }
          node = { kind: 'map', start, pairs };
        } else if (state.kind === 'sequence') {
          node = { kind: 'seq', start, items: placeItems(Array.isArray(state.result) ? state.result : [], frame.children.map((c) => c.node)) };
        } else {
          node = { kind: 'scalar', start, value: state.result, block: text[start] === '|' || text[start] === '>' };
        }
        const parent = stack[stack.length - 1];
        if (parent) parent.children.push({ node, end });
        else root ??= node;
      },
    });
  } catch (e) {
    const err = e as YAMLException;
    if (err?.name !== 'YAMLException') throw e;
    throw { offset: (err.mark?.position ?? 0) + shift, message: err.reason ?? String(err.message) } satisfies YamlSyntaxError;
  }
  return { value: value === undefined ? null : value, root };
}

/**
 * The node at a key path. When the path goes on past the tree, the deepest node on the way (a key
 * without a value: the key), or null with `exact`.
 */
export function nodeAt(root: YamlNode | null, path: readonly PropertyKey[], exact = false): YamlNode | null {
  let node = root;
  for (const key of path) {
    if (node?.kind === 'map') {
      const pair = node.pairs!.find((p) => p.key.value === key);
      if (!pair || (exact && !pair.value)) return exact ? null : node;
      node = pair.value ?? pair.key;
    } else if (node?.kind === 'seq' && typeof key === 'number') {
      const item = node.items![key];
      if (!item) return exact ? null : node;
      node = item;
    } else {
      return exact ? null : node;
    }
  }
  return node;
}

/** 1-based line and column of offsets in one text. */
export function lineCounter(text: string): (offset: number) => { line: number; col: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - starts[lo]! + 1 };
  };
}
