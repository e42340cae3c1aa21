// One stylesheet per kind of page (page weight). Astro links every page to the site-wide
// stylesheet (`/_astro/Base.*.css`) and writes each page type's own rules (a component's
// `<style is:global>`) inline in its head, so a first visit pays for two gzip streams and the
// page type's rules again in every page of that type. This joins them: the page links one file,
// `/_astro/page.HASH.css`, holding the site-wide rules and then the page's own, in the order the
// page had them, named by its content so every page with the same rules shares the file (and the
// browser's cache). About 0.4 KB less on a first visit to a command page or a guide (gzip -9;
// `npm run bench`). Pure function over HTML text; src/integrations/post-build.ts writes the files.
import { createHash } from 'node:crypto';

const HEAD_END = '</head>';
const LINK = /<link rel="stylesheet" href="(\/_astro\/[^"<>]+\.css)">/g;
const STYLE = /<style>([\s\S]*?)<\/style>/g;
/** The file name of each joined stylesheet already hashed (every page of a type has the same one). */
const fileNames = new Map<string, string>();

/**
 * The page with its head's one stylesheet link and the inline `<style>` elements after it joined
 * into one stylesheet, and that stylesheet (`file`: its path from the site root, `css`: its text),
 * or `null` when there is nothing to join (no inline style, or not exactly one link before them).
 * `read` gives a linked stylesheet's text by its path.
 */
export function mergeStyles(html: string, read: (path: string) => string): { html: string; file: string; css: string } | null {
  const end = html.indexOf(HEAD_END);
  if (end < 0) return null;
  const head = html.slice(0, end);
  const links = [...head.matchAll(LINK)];
  const styles = [...head.matchAll(STYLE)];
  if (links.length !== 1 || styles.length === 0) return null;
  const link = links[0]!;
  // The rules keep their order only when the link comes before every inline style.
  if (styles[0]!.index! < link.index!) return null;
  const css = [read(link[1]!), ...styles.map((s) => s[1]!)].join('\n');
  let file = fileNames.get(css);
  if (!file) fileNames.set(css, (file = `/_astro/page.${createHash('sha256').update(css).digest('base64url').slice(0, 10)}.css`));
  let out = head;
  for (const s of styles.reverse()) out = out.slice(0, s.index!) + out.slice(s.index! + s[0].length);
  out = out.slice(0, link.index!) + `<link rel="stylesheet" href="${file}">` + out.slice(link.index! + link[0].length);
  return { html: out + html.slice(end), file, css };
}
