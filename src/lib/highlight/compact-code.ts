// Smaller highlighted code (a guide's first load under 20 KB compressed). Shiki's dual
// themes give every token `style="--shiki-light:#…;--shiki-dark:#…"`, wrap every line in a span and
// colour the spaces between words. This transformer, run after every other one, rewrites the tree:
//   - a token in one of the palette's colour pairs gets a short class (src/styles/global.css
//     colours it); a token in the default colour loses its span (the <pre> has that colour);
//   - a run of whitespace loses its span (spaces have no colour);
//   - neighbouring tokens of one class become one span; line spans are unwrapped; a link around
//     one token carries the token's class itself;
//   - the <pre> keeps only `class="astro-code"` and `tabindex`.
// A colour pair outside the palette keeps its inline style, so nothing is ever drawn wrong; a test
// highlights every syntax the site uses and requires that none is left.
import type { Element, ElementContent, Text } from 'hast';

/** The github-light / github-dark colour pairs the site's code uses, and their classes. */
export const PALETTE: ReadonlyArray<{ light: string; dark: string; cls: string | null }> = [
  { light: '#24292E', dark: '#E1E4E8', cls: null }, // plain text: the <pre>'s own colour
  { light: '#6F42C1', dark: '#B392F0', cls: 'hf' }, // programs and functions (docker, FROM)
  { light: '#032F62', dark: '#9ECBFF', cls: 'hs' }, // words and strings
  { light: '#005CC5', dark: '#79B8FF', cls: 'hc' }, // flags and constants
  { light: '#D73A49', dark: '#F97583', cls: 'hk' }, // keywords and operators
  { light: '#6A737D', dark: '#6A737D', cls: 'hm' }, // comments
  { light: '#22863A', dark: '#85E89D', cls: 'ht' }, // YAML keys, tags
  { light: '#E36209', dark: '#FFAB70', cls: 'hv' }, // variables and parameters
];

const byPair = new Map(PALETTE.map((p) => [`${p.light}|${p.dark}`, p.cls]));

/** The palette class for a Shiki token style, `null` for the default colour, `undefined` when unknown. */
export function tokenClass(style: string): string | null | undefined {
  // A build meets the same few dozen styles tens of thousands of times: each is read once.
  if (classes.has(style)) return classes.get(style);
  const cls = readTokenClass(style);
  classes.set(style, cls);
  return cls;
}
const classes = new Map<string, string | null | undefined>();

function readTokenClass(style: string): string | null | undefined {
  const light = /--shiki-light:\s*(#[0-9a-f]{3,8})/i.exec(style)?.[1];
  const dark = /--shiki-dark:\s*(#[0-9a-f]{3,8})/i.exec(style)?.[1];
  if (!light || !dark || /--shiki-(light|dark)-(bg|font)/i.test(style)) return undefined;
  return byPair.get(`${light.toUpperCase()}|${dark.toUpperCase()}`);
}

const isText = (n: ElementContent | undefined): n is Text => n?.type === 'text';
/** The class of a span that has nothing but one class and text (Shiki writes `class` as a string). */
const onlyClass = (n: ElementContent | undefined): string | undefined => {
  if (n?.type !== 'element' || n.tagName !== 'span' || Object.keys(n.properties).length !== 1) return undefined;
  const c = n.properties.class;
  return typeof c === 'string' && /^[\w-]+$/.test(c) && n.children.every(isText) ? c : undefined;
};
const textOf = (n: Element) => n.children.map((c) => (isText(c) ? c.value : '')).join('');

/** One token, rewritten: a classed span, bare text, or the node itself when it is not a token. */
function rewrite(node: ElementContent): ElementContent[] {
  if (node.type !== 'element') return [node];
  if (node.tagName === 'span' && typeof node.properties.style === 'string' && node.properties.style.includes('--shiki-')) {
    const text = textOf(node);
    if (node.children.every(isText) && /^\s*$/.test(text)) return [{ type: 'text', value: text }];
    const cls = tokenClass(node.properties.style);
    if (cls === undefined) return [node];
    if (cls === null && node.children.every(isText)) return [{ type: 'text', value: text }];
    const { style: _style, ...rest } = node.properties;
    return [{ ...node, properties: cls ? { ...rest, class: cls } : rest, children: compact(node.children) }];
  }
  if (node.tagName === 'span' && node.properties.class === 'line' && Object.keys(node.properties).length === 1) {
    return compact(node.children);
  }
  if (node.tagName === 'span' && Object.keys(node.properties).length === 0) return compact(node.children);
  if (node.tagName === 'a') {
    // A link around one token takes the token's class itself: `<a class="flag-doc hc">-d</a>`.
    const children = compact(node.children);
    const cls = children.length === 1 ? onlyClass(children[0]) : undefined;
    if (cls === undefined) return [{ ...node, children }];
    const own = node.properties.className;
    const className = [...(Array.isArray(own) ? own.map(String) : own == null ? [] : String(own).split(' ')), cls];
    return [{ ...node, properties: { ...node.properties, className }, children: (children[0] as Element).children }];
  }
  return [node];
}

/** Rewrites the tokens in `children` and joins neighbours that look the same. */
export function compact(children: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of children.flatMap(rewrite)) {
    const last = out[out.length - 1];
    if (isText(node) && isText(last)) {
      out[out.length - 1] = { type: 'text', value: last.value + node.value };
      continue;
    }
    const cls = onlyClass(node);
    if (cls !== undefined) {
      // `<span class=X>a</span> <span class=X>b</span>` is one span: a space has no colour.
      const gap = isText(last) && /^\s+$/.test(last.value) ? last : undefined;
      const before = gap ? out[out.length - 2] : last;
      if (onlyClass(before) === cls) {
        const span = before as Element;
        const joined = textOf(span) + (gap?.value ?? '') + textOf(node as Element);
        if (gap) out.pop();
        out[out.length - 1] = { ...span, children: [{ type: 'text', value: joined }] };
        continue;
      }
    }
    out.push(node);
  }
  return out;
}

/**
 * The Shiki transformer; put it last, after transformers that split or wrap tokens. `wraps`: the
 * block's lines wrap (an <Example>), so it never scrolls sideways and needs no tab stop; other
 * blocks keep `tabindex="0"` so keyboard users can scroll them.
 */
export function compactTransformer({ wraps = false }: { wraps?: boolean } = {}) {
  return {
    name: 'dockref:compact-code',
    // Shiki stops tokenizing a line after 500 ms by default and leaves the rest unstyled: on a
    // loaded machine the same build then gave different HTML. No time limit: the output depends on
    // the code only (every line the site highlights is short).
    preprocess(this: unknown, code: string, options: { tokenizeTimeLimit?: number }) {
      options.tokenizeTimeLimit = 0;
      return code;
    },
    pre(this: unknown, node: Element) {
      // Astro's <Code> adds the themes' names, a style and data-language; the stylesheet needs none.
      node.properties = wraps ? { class: 'astro-code' } : { class: 'astro-code', tabindex: 0 };
    },
    code(this: unknown, node: Element) {
      node.children = compact(node.children);
    },
  };
}
