// Reads the project's content folder into memory for the content registry (Node side: scripts,
// tests, the judge). Pages read the same files through Vite (src/data/content.ts); both hand the
// same `SourceFile[]` to the registry, so there is one way content is interpreted.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG_DIR, dockerfileCatalogFrom, type DockerfileCatalog } from '../dockerfile-catalog/catalog.ts';
import type { SourceFile } from '../source-file.ts';
import { parseYaml } from '../catalog/parse-yaml-entry.ts';
import { chaptersFrom, CHAPTERS_FILE, type Chapter } from './chapters.ts';
import { formatProblem } from './problem.ts';
import { buildRegistry, type Registry, type RegistryOptions } from './registry.ts';

export type { SourceFile };

const CONTENT_FILE = /\.(ya?ml|mdx?|json)$/;

export function readContentFiles(root: string, dir = 'content'): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (rel: string) => {
    let entries;
    try {
      entries = readdirSync(join(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = `${rel}/${e.name}`;
      if (e.isDirectory()) {
        // Reference data, not site content: the captured help, docker/cli's and the plugins' own reference files.
        if (e.name !== 'cli-help' && e.name !== 'plugin-reference' && e.name !== 'cli-reference') walk(p);
      } else if (CONTENT_FILE.test(e.name)) out.push({ path: p, text: readFileSync(join(root, p), 'utf8') });
    }
  };
  walk(dir);
  return out;
}

/** The Dockerfile catalog read from content/dockerfile/ (Node only: scripts and tests). */
export function readDockerfileCatalog(root: string): DockerfileCatalog {
  return dockerfileCatalogFrom(readContentFiles(root, CATALOG_DIR));
}

/**
 * The guide chapters of a project folder, in reading order (Node only: scripts and tests that
 * need the chapter list without the whole registry). Throws naming file:line when the list is invalid.
 */
export function readChapters(root: string): Chapter[] {
  let text: string | undefined;
  try {
    text = readFileSync(join(root, CHAPTERS_FILE), 'utf8');
  } catch {
    text = undefined;
  }
  const { chapters, problems } = chaptersFrom(text === undefined ? undefined : parseYaml(text));
  if (problems.length > 0) throw new Error(problems.map(formatProblem).join('\n'));
  return chapters;
}

/** The content registry of a project folder (Node only): its content files read, then built once. */
export function loadRegistry(root: string, options?: RegistryOptions): Registry {
  return buildRegistry(readContentFiles(root), options);
}

