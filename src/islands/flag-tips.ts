// Flag tooltips loaded on demand (page weight): on a guide, the home and the printable sheet, the
// build moves every code block's flag tooltips (`<span role="tooltip" id="tip-N">`, shown by CSS on
// hover and focus) out of the page into `tips.json` beside it (src/lib/flag-tips.ts). The links keep
// their `aria-describedby` and their `href` to the option's row, which documents the option without
// JavaScript. This puts each tooltip back after the first link that names it, as the page had it,
// on the reader's first key press, or when a pointer, a touch or the focus reaches a code block (a
// highlighted `<pre>`, or the printable sheet's plain `<code>` lines: LinkedCode.astro).
// Offline or on an error nothing changes, and the next such event tries again.
export {};
let loading = false;
const load = (e: Event) => {
  if (loading || (e.type !== 'keydown' && !(e.target as Element).closest?.('pre, code'))) return;
  loading = true;
  fetch('tips.json')
    .then((r) => (r.ok ? (r.json() as Promise<string>) : Promise.reject()))
    .then(
      (html) => {
        const t = document.createElement('template');
        t.innerHTML = html;
        for (const tip of [...t.content.children]) document.querySelector(`[aria-describedby="${tip.id}"]`)?.after(tip);
      },
      () => (loading = false),
    );
};
// Only where the build moved them: the first link's tooltip is not on the page (in `astro dev` it is).
const first = document.querySelector(':is(pre, code) a[aria-describedby]');
if (first && !document.getElementById(first.getAttribute('aria-describedby')!)) for (const type of ['keydown', 'pointerover', 'touchstart', 'focusin']) addEventListener(type, load, { capture: true, passive: true });
