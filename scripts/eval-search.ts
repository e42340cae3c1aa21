// npm run --silent eval:search [-- --lang ko|en] [--half tune|held|held2|held3] [--verbose] [--write PREFIX] [--query TEXT]
//
// The search benchmark's ranking without a build or a browser: builds the task index of each
// language from content/ the way the site does (src/lib/search/site-index.ts), runs the engine on
// every query of tests/fixtures/search/*.tsv in Node and prints hit@1, hit@5 and MRR per language
// and set, the same measures as `npm run bench:search`, which types them into the real search page
// and adds latency and index size. For quick work on the ranking; the figures to report are
// bench:search's.
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { LOCALES, type Locale } from '../src/lib/i18n/locales.ts';
import { TaskSearch } from '../src/lib/search/engine.ts';
import { siteIndexes } from '../src/lib/search/site-index-node.ts';
import { matches, readQueries, SEARCH_SETS, setFile } from './lib/search-sets.ts';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const LANGS = (opt('--lang') ? [opt('--lang')] : LOCALES) as readonly Locale[];
const SETS = SEARCH_SETS.filter((s) => !opt('--half') || s.name === opt('--half'));

let indexes: ReturnType<typeof siteIndexes>;
try {
  indexes = siteIndexes(ROOT, LANGS);
} catch (e) {
  console.error(`eval:search: ${(e as Error).message}`);
  process.exit(1);
}

const f = (x: number) => x.toFixed(3);
for (const lang of LANGS) {
  const data = indexes.get(lang)!;
  const json = JSON.stringify(data);
  // --write PREFIX: the index as the site would serve it, to PREFIX.{lang}.json (for a look at its size).
  if (opt('--write')) writeFileSync(`${opt('--write')}.${lang}.json`, json);
  const engine = new TaskSearch(JSON.parse(json));
  // --query TEXT: the first ten results for one query, with their scores and matched task.
  const one = opt('--query');
  if (one !== undefined) {
    for (const h of engine.search(one, 10)) console.log(`${lang}  ${h.score.toFixed(2).padStart(8)}  ${h.doc.k} ${h.doc.h}  ${h.task ?? ''}`);
    continue;
  }
  for (const { name, base } of SETS) {
    const queries = readQueries(setFile(ROOT, base, lang));
    let hit1 = 0;
    let hit5 = 0;
    let rr = 0;
    let empty = 0;
    for (const { q, expected } of queries) {
      const hrefs = engine.search(q, 15).map((h) => h.doc.h);
      const rank = hrefs.findIndex((h) => expected.some((e) => matches(h, e, lang)));
      if (hrefs.length === 0) empty++;
      if (rank === 0) hit1++;
      if (rank >= 0 && rank < 5) hit5++;
      if (rank >= 0) rr += 1 / (rank + 1);
      if (verbose && rank !== 0) console.log(`${lang} ${name} miss@${rank < 0 ? '-' : rank + 1}\t${q}\t${expected.join(',')}\t${hrefs.slice(0, 3).join(' ')}`);
    }
    const n = queries.length;
    console.log(`${lang}  ${name.padEnd(5)}  queries ${n}  hit@1 ${f(hit1 / n)}  hit@5 ${f(hit5 / n)}  MRR ${f(rr / n)}  no-result ${empty}`);
  }
  console.log(`${lang}  index ${(Buffer.byteLength(json) / 1024).toFixed(1)} KB, ${(gzipSync(json, { level: 9 }).length / 1024).toFixed(1)} KB gzip (the build's JSON, before minification)`);
}
