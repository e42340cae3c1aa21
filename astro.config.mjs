// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { examplesPlugin } from './src/lib/content/mdx-plugin.ts';
import { postBuild } from './src/integrations/post-build.ts';
import { compactTransformer } from './src/lib/highlight/compact-code.ts';
import { DEFAULT_LOCALE, LOCALES } from './src/lib/i18n/locales.ts';

// Static site. Korean is the default locale (src/lib/i18n/locales.ts, the one locale list) and,
// like every language, lives under its own prefix:
// `/` sends visitors to `/ko/` (DESIGN.md, "Contracts").
export default defineConfig({
  // The public origin, for the sitemap, robots.txt and canonical links; set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  output: 'static',
  trailingSlash: 'always',
  // postBuild(), after Astro has written dist/: the quick search's module waits in a <template>
  // until it is needed, a hashed Content-Security-Policy in every page and dist/_headers, then
  // the Pagefind index (without the Pagefind UIs no page loads).
  integrations: [mdx(), postBuild()],
  i18n: {
    locales: [...LOCALES],
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: {
    // Guide fences become checked <Example> blocks; `## Title [#anchor]` sets the heading's id.
    processor: satteri({ mdastPlugins: [examplesPlugin], features: { smartPunctuation: false } }),
    // No default colour; compactTransformer turns token colours into the classes that
    // src/styles/global.css colours for the light and the dark theme (as in <Example>).
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false, transformers: [compactTransformer()] },
  },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  // No module-preload helper in every page's first script (about 0.9 KB compressed): the few
  // modules behind a dynamic import (search, the builder's spec) load when they are needed.
  // (Astro sets modulePreload for the client build itself, so a plugin turns it off there.)
  vite: {
    // A component script that waits in a <template data-defer> (src/lib/defer-script.ts) must stay a
    // file, however small: Astro writes small scripts inline, where no template can hold them back.
    build: { assetsInlineLimit: (file) => (/(?:^|\/)\w+Script\.astro_astro_type_script_/.test(file) ? false : undefined) },
    plugins: [
      {
        name: 'dockref:no-module-preload',
        configEnvironment(name, config) {
          if (name === 'client') {
            config.build ??= {};
            config.build.modulePreload = false;
            // The checkers' messages (content/messages) apart from es-hangul: in one chunk, the
            // quick search, which needs es-hangul only, loaded every message with it. The islands'
            // label reader goes with the clipboard helper, which every page loads already: a file
            // of its own would add a request and about 0.2 KB to every page's first load.
            config.build.rolldownOptions ??= {};
            config.build.rolldownOptions.output = {
              ...config.build.rolldownOptions.output,
              codeSplitting: {
                groups: [
                  { name: 'hangul', test: /node_modules[\\/]es-hangul[\\/]/, priority: 2 },
                  { name: 'clipboard', test: /src[\\/](?:islands[\\/]clipboard|lib[\\/]i18n[\\/]island)\.ts$/, priority: 3 },
                  { name: 'messages', test: /content[\\/]messages[\\/]/, priority: 1 },
                ],
              },
            };
          }
        },
      },
    ],
  },
});
