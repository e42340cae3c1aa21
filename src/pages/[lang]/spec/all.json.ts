// /{lang}/spec/all.json: every command's slice in one file. Never part of a first load: the service
// worker (public/sw.js) caches it in the background once the explain page or a builder has fetched
// a slice, so every command can be checked offline afterwards.
import type { APIRoute } from 'astro';
import { listCommands } from '../../../lib/cli-spec/index';
import { LOCALES, type Locale } from '../../../lib/i18n/locales';
import { specSlice } from '../../../data/spec-slices';

export function getStaticPaths() {
  return LOCALES.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = ({ params }) => {
  const lang = params.lang as Locale;
  const all = Object.fromEntries(listCommands().filter((c) => !c.isGroup).map((c) => [c.slug, specSlice(lang, c.slug)]));
  return new Response(JSON.stringify(all), { headers: { 'Content-Type': 'application/json' } });
};
