// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// Static site. Korean is the default locale and, like English, lives under its own prefix:
// `/` sends visitors to `/ko/` (DESIGN.md, "Contracts").
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx()],
  i18n: {
    locales: ['ko', 'en'],
    defaultLocale: 'ko',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: {
    // No default colour: src/styles/global.css picks --shiki-light or --shiki-dark per theme.
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false },
  },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
});
