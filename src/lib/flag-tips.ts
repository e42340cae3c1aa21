// Flag tooltips out of a page's first load (page weight). A code block's flag links each name a
// tooltip (`<a aria-describedby="tip-N">` then `<span role="tooltip" id="tip-N">`, code-links.ts),
// which CSS shows on hover and focus only. On a page that carries the tooltips' loader
// (FlagTipsScript.astro: a guide, the home, the printable sheet), the build takes the tooltips out
// and writes them to `tips.json` beside the page; src/islands/flag-tips.ts puts them back on the
// reader's first key press or when a pointer or the focus reaches a code block. Pure function over
// HTML text; src/integrations/post-build.ts applies it to dist/.

/** The loader's module script, by the name Vite gives it. */
const LOADER = '/FlagTipsScript.astro_astro_type_script_';
/** A flag tooltip: plain text (code-links.ts writes no markup inside one). */
const TIP = /<span role="tooltip" id="[\w-]+"[^<>]*>[^<]*<\/span>/g;

/** The page without its flag tooltips and the tooltips' markup, in page order; null when the page keeps them. */
export function splitFlagTips(html: string): { html: string; tips: string } | null {
  if (!html.includes(LOADER)) return null;
  const tips: string[] = [];
  const rest = html.replace(TIP, (m) => {
    tips.push(m);
    return '';
  });
  return tips.length > 0 ? { html: rest, tips: tips.join('') } : null;
}
