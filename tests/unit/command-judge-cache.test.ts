// The judge comparison without running docker: the validator against the committed docker
// verdicts (tests/judge/verdicts.json, refreshed by the docker judge test with UPDATE_JUDGE=1).
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { compareAll, formatSummary, listedDisagreements, summarize } from '../judge/agreement.ts';
import type { JudgeOutcome } from '../judge/docker-judge.ts';
import { argsKey, buildJudgeSet, ROOT } from '../judge/judge-set.ts';

it('agrees with the cached docker verdicts on examples, corpus and mutants', () => {
  const cache = JSON.parse(readFileSync(`${ROOT}/tests/judge/verdicts.json`, 'utf8')) as { verdicts: Record<string, JudgeOutcome> };
  const rows = compareAll(buildJudgeSet(), (a) => cache.verdicts[argsKey(a)]);
  for (const set of ['examples', 'corpus', 'mutants']) console.log(formatSummary(summarize(rows, set)));
  const listed = listedDisagreements();
  expect(rows.filter((r) => !r.agree && r.item.set !== 'mutants' && !listed.has(r.item.line)).map((r) => `${r.item.origin}: ${r.item.line} (docker: ${r.dockerReason})`)).toEqual([]);
  expect(rows.filter((r) => r.item.set === 'examples' && !r.agree).map((r) => r.item.line)).toEqual([]);
  expect(summarize(rows, 'mutants').judged).toBeGreaterThanOrEqual(2000);
  expect(summarize(rows, 'mutants').rate).toBeGreaterThanOrEqual(0.995);
});
