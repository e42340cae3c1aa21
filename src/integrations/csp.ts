// Astro integration: after the build, give every page in dist/ a Content-Security-Policy that
// allows its own inline scripts by hash, and write dist/_headers (src/lib/csp.ts; issue #12, item 18).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, withCspMeta } from '../lib/csp.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(path)));
    else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}

export function csp(): AstroIntegration {
  return {
    name: 'dockref-csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const all = new Set<string>();
        const files = await htmlFiles(root);
        for (const file of files) {
          const { html, hashes } = withCspMeta(await readFile(file, 'utf8'));
          for (const h of hashes) all.add(h);
          await writeFile(file, html);
        }
        await writeFile(join(root, '_headers'), headersFile([...all].sort()));
        logger.info(`Content-Security-Policy on ${files.length} pages, ${all.size} inline script hashes`);
      },
    },
  };
}
