// The judge comparison without running docker: the validator against the committed docker verdicts
// (src/generated/docker-verdicts.json, filled by `npm run judge`). Examples that are new since
// the cache was filled are reported as awaiting the docker judge; tests/judge judges exactly those
// where docker is installed. Corpus and mutant lines are fixed, so each of them must be cached.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { compareAll, formatSummary, listedDisagreements, missingRuns, summarize } from '../../scripts/judge/agreement.ts';
import type { JudgeOutcome } from '../../scripts/judge/docker-judge.ts';
import { argsKey, buildJudgeSet, ROOT } from '../../scripts/judge/judge-set.ts';

it('agrees with the cached docker verdicts on examples, corpus and mutants', () => {
  const cache = JSON.parse(readFileSync(`${ROOT}/src/generated/docker-verdicts.json`, 'utf8')) as { verdicts: Record<string, JudgeOutcome> };
  const verdictOf = (a: string[]) => cache.verdicts[argsKey(a)];
  const all = buildJudgeSet();
  const awaiting = all.filter((it) => missingRuns(it, verdictOf).length > 0);
  expect(awaiting.filter((it) => it.set !== 'examples').map((it) => `${it.origin}: ${it.line}`), 'corpus and mutant lines are fixed: fill the cache with npm run judge').toEqual([]);
  const lines = new Set(awaiting.map((it) => it.line)).size;
  if (lines > 0) console.log(`${lines} example${lines === 1 ? "" : "s"} await${lines === 1 ? "s" : ""} the docker judge (npm run judge fills the cache; tests/judge judges them where docker is installed)`);
  const rows = compareAll(all.filter((it) => !awaiting.includes(it)), verdictOf);
  for (const set of ['examples', 'corpus', 'mutants']) console.log(formatSummary(summarize(rows, set)));
  const listed = listedDisagreements();
  expect(rows.filter((r) => !r.agree && r.item.set !== 'mutants' && !listed.has(r.item.line)).map((r) => `${r.item.origin}: ${r.item.line} (docker: ${r.dockerReason})`)).toEqual([]);
  expect(rows.filter((r) => r.item.set === 'examples' && !r.agree).map((r) => r.item.line)).toEqual([]);
  expect(summarize(rows, 'mutants').judged).toBeGreaterThanOrEqual(2000);
  expect(summarize(rows, 'mutants').rate).toBeGreaterThanOrEqual(0.995);
});
