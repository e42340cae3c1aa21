// /{lang}/cheatsheet-terms.json: for each command on the cheat sheet, the words its tasks are
// searched by (the catalog's `tasks`), which the cheat sheet's filter (src/islands/command-filter.ts)
// adds to that command's rows once it runs. Kept out of the page, which would otherwise carry them
// once per row (about 5 KB compressed on the Korean home page).
import type { APIRoute } from 'astro';
import { cheatsheet, getCommandEntry } from '../../data/content';
import { cheatsheetChapters } from '../../lib/catalog/cheatsheet';
import { LOCALES, type Locale } from '../../lib/i18n/locales';

export function getStaticPaths() {
  return LOCALES.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = ({ params }) => {
  const terms: Record<string, string> = {};
  for (const { rows } of cheatsheetChapters(cheatsheet(), getCommandEntry, params.lang as Locale)) for (const r of rows) terms[r.slug] = r.terms.join(' ');
  return new Response(JSON.stringify(terms), { headers: { 'Content-Type': 'application/json' } });
};
