// /sitemap.xml: every page in both languages, with the other language as an alternate. The
// absolute addresses need the site's origin: `site` in astro.config.mjs (SITE_URL at build time).
import type { APIRoute } from 'astro';
import { listCommands, cliSpec } from '../lib/cli-spec/index';
import { INSTRUCTIONS, instructionSlug } from '../lib/dockerfile/instructions';
import { LOCALES, type Locale } from '../lib/i18n/locales';
import { cheatsheetHref, commandHref, commandsHref, dockerfileHref, explainHref, guideHref, guidesHref, homeHref, searchHref, CHAPTERS } from '../lib/routes';
import { listGuides } from '../data/content';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export const GET: APIRoute = ({ site }) => {
  const origin = (site ?? new URL('http://127.0.0.1:4321/')).toString().replace(/\/$/, '');
  const pages = (lang: Locale): string[] => [
    homeHref(lang),
    guidesHref(lang),
    ...CHAPTERS.filter((c) => listGuides(lang).some((g) => g.chapter === c)).map((c) => guideHref(lang, c)),
    commandsHref(lang),
    ...[cliSpec.root, ...listCommands()].map((c) => commandHref(lang, c.slug)),
    dockerfileHref(lang),
    ...INSTRUCTIONS.map((i) => dockerfileHref(lang, instructionSlug(i))),
    cheatsheetHref(lang),
    explainHref(lang),
    searchHref(lang),
  ];
  const [first, second] = LOCALES;
  const a = pages(first);
  const b = pages(second);
  const urls = a.flatMap((path, i) => [
    [path, b[i]!],
    [b[i]!, path],
  ]);
  const body = urls
    .map(([path, alt]) => {
      const [l1, l2] = path!.startsWith(`/${first}/`) ? [first, second] : [second, first];
      return `<url><loc>${escape(origin + path)}</loc><xhtml:link rel="alternate" hreflang="${l1}" href="${escape(origin + path)}"/><xhtml:link rel="alternate" hreflang="${l2}" href="${escape(origin + alt)}"/></url>`;
    })
    .join('\n');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${body}\n</urlset>\n`, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
