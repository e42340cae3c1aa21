// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { examplesPlugin } from './src/lib/content/mdx-plugin.ts';
import { csp } from './src/integrations/csp.ts';

// Static site. Korean is the default locale and, like English, lives under its own prefix:
// `/` sends visitors to `/ko/` (DESIGN.md, "Contracts").
export default defineConfig({
  // The public origin, for the sitemap, robots.txt and canonical links; set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  output: 'static',
  trailingSlash: 'always',
  // csp(): a hashed Content-Security-Policy in every built page and dist/_headers (issue #12).
  integrations: [mdx(), csp()],
  i18n: {
    locales: ['ko', 'en'],
    defaultLocale: 'ko',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: {
    // Guide fences become checked <Example> blocks; `## Title [#anchor]` sets the heading's id.
    processor: satteri({ mdastPlugins: [examplesPlugin], features: { smartPunctuation: false } }),
    // No default colour: src/styles/global.css picks --shiki-light or --shiki-dark per theme.
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false },
  },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
});
