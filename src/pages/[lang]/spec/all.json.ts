// /{lang}/spec/all.json: every command's slice in one file. Never part of a first load: the service
// worker (public/sw.js) caches it in the background once the explain page or a builder has fetched
// a slice, so every command can be checked offline afterwards. A build also cuts the one-command
// files (/{lang}/spec/{slug}.json) out of it (src/integrations/post-build.ts).
import type { APIRoute } from 'astro';
import { LOCALES, type Locale } from '../../../lib/i18n/locales';
import { specSlice, specSlugs } from '../../../data/spec-slices';

export function getStaticPaths() {
  return LOCALES.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = ({ params }) => {
  const lang = params.lang as Locale;
  const all = Object.fromEntries(specSlugs().map((slug) => [slug, specSlice(lang, slug)]));
  return new Response(JSON.stringify(all), { headers: { 'Content-Type': 'application/json' } });
};
