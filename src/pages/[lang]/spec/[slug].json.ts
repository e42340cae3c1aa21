// /{lang}/spec/{slug}.json: one command's spec slice, option texts in the page's language
// (src/lib/explain/spec-slices.ts). The explain page and the builder fetch only the ones they need.
// `astro dev` serves them from here. A build makes none here: src/integrations/post-build.ts cuts
// each one out of /{lang}/spec/all.json (the same slices, written by the same JSON.stringify), as
// one Astro route per command took about a second of CPU time more than the whole file did.
import type { APIRoute } from 'astro';
import { LOCALES, type Locale } from '../../../lib/i18n/locales';
import { specSlice, specSlugs } from '../../../data/spec-slices';

export function getStaticPaths() {
  if (!import.meta.env.DEV) return [];
  return LOCALES.flatMap((lang) => specSlugs().map((slug) => ({ params: { lang, slug } })));
}

export const GET: APIRoute = ({ params }) => {
  const slice = specSlice(params.lang as Locale, params.slug as string);
  return new Response(JSON.stringify(slice), { headers: { 'Content-Type': 'application/json' } });
};
