// The Markdown pipeline's part of the content registry: in guides, a ```sh, ```console
// or ```dockerfile fence becomes an <Example> element, so it renders exactly like every other
// example (data-example, copy button, data-mistake) and is checked again as it renders, naming
// file:line:col. A `## Heading [#anchor]` gets that anchor as its id, so both languages share
// section anchors. Used by astro.config.mjs through @astrojs/markdown-satteri.
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { HEADING_ANCHOR, parseFenceMeta } from './fence.ts';

function relativePath(url: URL | undefined): string {
  if (!url) return '(unknown file)';
  const path = fileURLToPath(url).split('\\').join('/');
  const at = path.lastIndexOf('/content/');
  return at >= 0 ? path.slice(at + 1) : path;
}

const attr = (name: string, value: string | boolean | null) =>
  value === false || value === null ? [] : [{ type: 'mdxJsxAttribute' as const, name, value: value === true ? null : value }];

export const examplesPlugin = defineMdastPlugin({
  name: 'dockref-examples',
  code(node, ctx) {
    const meta = parseFenceMeta(node.lang, node.meta);
    if (meta.kind === 'other') return;
    const file = relativePath(ctx.fileURL);
    const lang = /^content\/guides\/([a-z]+)\//.exec(file)?.[1] ?? null;
    const pos = node.position?.start;
    ctx.replaceNode(node, {
      type: 'mdxJsxFlowElement',
      name: 'Example',
      attributes: [
        ...attr('code', node.value),
        ...attr('syntax', meta.kind),
        ...attr('mistake', meta.mistake),
        ...attr('fragment', meta.fragment),
        ...attr('caption', meta.title),
        ...attr('lang', lang),
        ...attr('source', `${file}:${(pos?.line ?? 0) + 1}:${pos?.column ?? 1}`),
      ],
      children: [],
    } as never);
  },
  heading(node, ctx) {
    const last = node.children[node.children.length - 1];
    if (!last || last.type !== 'text') return;
    const m = HEADING_ANCHOR.exec(last.value);
    if (!m) return;
    ctx.setProperty(node, 'data', { hProperties: { id: m[1] } });
    ctx.setProperty(last, 'value', last.value.slice(0, m.index));
  },
});
