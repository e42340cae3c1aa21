// The search index as the site builds it (src/pages/[lang]/search-index.json.ts), made from the
// content files on the Node side, for tests that check ranking on the real catalog: the page's
// builder and inputs (src/lib/search/site-index.ts), read through the content registry.
import { fileURLToPath } from 'node:url';
import type { SearchIndexData } from '../../src/lib/search/build-index';
import { siteIndexes } from '../../src/lib/search/site-index-node';

const root = fileURLToPath(new URL('../..', import.meta.url));
let built: ReturnType<typeof siteIndexes> | null = null;

export function siteIndex(lang: 'ko' | 'en'): SearchIndexData {
  built ??= siteIndexes(root);
  // A fresh copy: TaskSearch fills in what the JSON leaves out.
  return JSON.parse(JSON.stringify(built.get(lang)!)) as SearchIndexData;
}
