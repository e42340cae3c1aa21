// Astro integration: after the build, move each `<template data-defer>` component's module script
// into its template in every page of dist/ (src/lib/defer-script.ts).
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from './html-files.ts';
import { deferScripts } from '../lib/defer-script.ts';

export function deferScript(): AstroIntegration {
  return {
    name: 'dockref-defer-script',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        let moved = 0;
        for (const file of await htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          let next: string;
          try {
            next = deferScripts(html);
          } catch (e) {
            throw new Error(`${file}: ${(e as Error).message}`);
          }
          if (next !== html) {
            moved++;
            await writeFile(file, next);
          }
        }
        logger.info(`deferred scripts on ${moved} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
