// The real docker binary judges the validator (DESIGN.md, "The Docker CLI as judge"). Needs docker
// (skips, saying why, without it). By default it judges exactly the lines the committed cache
// (src/generated/docker-verdicts.json) has no verdict for, so a new example costs one docker
// run; with UPDATE_JUDGE=1 it re-runs every line (examples, corpus and 2,400 mutants), checks the
// cache against the binary and rewrites it. `npm run judge` fills the cache without comparing.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dockerUnavailableReason } from '../../scripts/lib/docker-exec.ts';
import { compareAll, formatSummary, listedDisagreements, missingRuns, summarize } from '../../scripts/judge/agreement.ts';
import { judgeAll, reclassify, type JudgeOutcome } from '../../scripts/judge/docker-judge.ts';
import { argsKey, buildJudgeSet, ROOT } from '../../scripts/judge/judge-set.ts';

const CACHE = `${ROOT}/src/generated/docker-verdicts.json`;
const why = dockerUnavailableReason();
if (why) console.warn(`skipping the docker judge: ${why}`);

async function judge(lists: string[][], into: Map<string, JudgeOutcome>): Promise<void> {
  const unique = [...new Map(lists.map((a) => [argsKey(a), a])).values()];
  const out = await judgeAll(unique, 8);
  unique.forEach((a, i) => into.set(argsKey(a), out[i] as JudgeOutcome));
}

describe.skipIf(why !== null)('validator vs the docker binary', () => {
  it('agrees on every line the cache has no verdict for (UPDATE_JUDGE=1: on every line)', { timeout: 900_000 }, async () => {
    const cached = JSON.parse(readFileSync(CACHE, 'utf8')) as { generatedBy: string; verdicts: Record<string, JudgeOutcome> };
    const all = buildJudgeSet();
    const full = Boolean(process.env.UPDATE_JUDGE);
    const fresh = new Map<string, JudgeOutcome>();
    const verdictOf = (a: string[]) => fresh.get(argsKey(a)) ?? (full ? undefined : cached.verdicts[argsKey(a)]);
    const items = full ? all : all.filter((it) => missingRuns(it, verdictOf).length > 0);
    console.log(`the docker judge runs ${items.length} of ${all.length} lines${full ? '' : ' (the ones without a cached verdict)'}`);
    // Two rounds: the runs that stop at "not a TTY" are asked again without the TTY.
    await judge(items.flatMap((it) => missingRuns(it, verdictOf)), fresh);
    await judge(items.flatMap((it) => missingRuns(it, verdictOf)), fresh);
    if (full) {
      const stale = [...fresh.entries()].filter(([k, v]) => { const c = cached.verdicts[k]; return !c || reclassify(c).verdict !== v.verdict; }).map(([k]) => k);
      const sorted = Object.fromEntries([...fresh.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      writeFileSync(CACHE, `${JSON.stringify({ generatedBy: cached.generatedBy, verdicts: sorted }, null, 0).replace(/\],"/g, '],\n"').replace(/\},"/g, '},\n"')}\n`);
      if (stale.length) console.log(`${stale.length} cached verdicts changed; the cache is rewritten`);
    }
    const rows = compareAll(items, verdictOf);
    for (const set of ['examples', 'corpus', 'mutants']) console.log(formatSummary(summarize(rows, set)));
    const listed = listedDisagreements();
    const unlisted = rows.filter((r) => !r.agree && r.item.set !== 'mutants' && !listed.has(r.item.line));
    expect(unlisted.map((r) => `${r.item.origin}: ${r.item.line} (docker: ${r.docker} ${r.dockerReason}; ours: ${r.ours} ${r.ourCodes.join(',')})`)).toEqual([]);
    expect(rows.filter((r) => r.item.set === 'examples' && !r.agree).map((r) => r.item.line)).toEqual([]);
    if (summarize(rows, 'mutants').judged > 0) expect(summarize(rows, 'mutants').rate).toBeGreaterThanOrEqual(0.995);
  });
});
