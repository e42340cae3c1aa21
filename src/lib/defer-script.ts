// Module scripts that a page loads only when they are needed (page weight). Astro renders
// a component's bundled <script> next to where the component is used and never inside a <template>,
// so after the build this moves the script built from a component into the page's
// `<template data-defer="Component">`, where it does not run; an island adds it to the document on
// demand (src/islands/quick-search.ts; src/islands/deferred.ts for templates with a `data-load`
// attribute). Pure function over HTML text; src/integrations/defer-script.ts applies it to dist/.

/** An empty `<template data-defer="Component" …>`; its other attributes (`data-load`, Astro's scoping attribute) are kept. */
const TEMPLATE = /<template data-defer="([A-Za-z][\w-]*)"([^<>]*)><\/template>/g;

/**
 * The page with each deferred component's module script moved into its template. Throws when a
 * template names a component whose script is not on the page (a renamed component, say), so the
 * build fails rather than shipping a search box that can never load.
 */
/** The module script built from a component, by component name (one pattern per name, kept for every page). */
const scriptPatterns = new Map<string, RegExp>();
function scriptPattern(name: string): RegExp {
  let re = scriptPatterns.get(name);
  if (!re) scriptPatterns.set(name, (re = new RegExp(`<script type="module" src="[^"<>]*/${name}\\.astro_astro_type_script_[^"<>]*"></script>`)));
  return re;
}

export function deferScripts(html: string): string {
  let out = html;
  for (const m of html.matchAll(TEMPLATE)) {
    const name = m[1]!;
    const tag = scriptPattern(name).exec(out);
    if (!tag) throw new Error(`<template data-defer="${name}">: the page has no module script built from ${name}.astro to put in it`);
    out = out.slice(0, tag.index) + out.slice(tag.index + tag[0].length);
    out = out.replace(m[0], `<template data-defer="${name}"${m[2] ?? ''}>${tag[0]}</template>`);
  }
  return out;
}
