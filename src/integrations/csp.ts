// Astro integration: after the build, give every page in dist/ a Content-Security-Policy that
// allows its own inline scripts by hash, and write dist/_headers (src/lib/csp.ts).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from './html-files.ts';
import { headersFile, withCspMeta } from '../lib/csp.ts';

export function csp(): AstroIntegration {
  return {
    name: 'dockref-csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const all = new Set<string>();
        const files = await htmlFiles(root);
        for (const file of files) {
          const { html, hashes } = withCspMeta(await readFile(file, 'utf8'));
          for (const h of hashes) all.add(h);
          await writeFile(file, html);
        }
        await writeFile(join(root, '_headers'), headersFile([...all].sort()));
        logger.info(`Content-Security-Policy on ${files.length} pages, ${all.size} inline script hashes, in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
