// /sitemap.xml: every page in every language, with the other languages as alternates. The
// absolute addresses need the site's origin: `site` in astro.config.mjs (SITE_URL at build time).
import type { APIRoute } from 'astro';
import { listCommands, listPagedCommands, cliSpec, pluginServing } from '../lib/cli-spec/index';
import { hasOptionsPage } from '../lib/catalog/option-pages';
import { INSTRUCTIONS, instructionSlug } from '../lib/dockerfile/instructions';
import { LOCALES, type Locale } from '../lib/i18n/locales';
import { cheatsheetHref, commandHref, commandOptionsHref, commandsHref, dockerfileHref, explainHref, guideHref, guidesHref, homeHref, searchHref } from '../lib/routes';
import { listGuides } from '../data/content';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export const GET: APIRoute = ({ site }) => {
  const origin = (site ?? new URL('http://127.0.0.1:4321/')).toString().replace(/\/$/, '');
  const pages = (lang: Locale): string[] => [
    homeHref(lang),
    guidesHref(lang),
    ...listGuides(lang).map((g) => guideHref(lang, g.chapter)),
    commandsHref(lang),
    ...[cliSpec.root, ...listCommands()].map((c) => commandHref(lang, c.slug)),
    ...[cliSpec.root, ...listPagedCommands()].filter((c) => hasOptionsPage(c, pluginServing(c))).map((c) => commandOptionsHref(lang, c.slug)),
    dockerfileHref(lang),
    ...INSTRUCTIONS.map((i) => dockerfileHref(lang, instructionSlug(i))),
    cheatsheetHref(lang),
    explainHref(lang),
    searchHref(lang),
  ];
  // Page i in every language, each listing every language as an alternate: itself first, then
  // the others in the locale list's order.
  const perLocale = LOCALES.map((l) => ({ lang: l, paths: pages(l) }));
  const body = perLocale[0]!.paths
    .flatMap((_, i) =>
      perLocale.map(({ lang, paths }) => {
        const alternates = [lang, ...LOCALES.filter((l) => l !== lang)].map((l) => {
          const href = escape(origin + perLocale.find((p) => p.lang === l)!.paths[i]!);
          return `<xhtml:link rel="alternate" hreflang="${l}" href="${href}"/>`;
        });
        return `<url><loc>${escape(origin + paths[i]!)}</loc>${alternates.join('')}</url>`;
      }),
    )
    .join('\n');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${body}\n</urlset>\n`, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
