// /{lang}/spec/{slug}.json: one command's spec slice, option texts in the page's language
// (src/lib/explain/spec-slices.ts). The explain page and the builder fetch only the ones they need.
import type { APIRoute } from 'astro';
import { listCommands } from '../../../lib/cli-spec/index';
import { LOCALES, type Locale } from '../../../lib/i18n/locales';
import { specSlice } from '../../../data/spec-slices';

export function getStaticPaths() {
  return LOCALES.flatMap((lang) => listCommands().filter((c) => !c.isGroup).map((c) => ({ params: { lang, slug: c.slug } })));
}

export const GET: APIRoute = ({ params }) => {
  const slice = specSlice(params.lang as Locale, params.slug as string);
  return new Response(JSON.stringify(slice), { headers: { 'Content-Type': 'application/json' } });
};
