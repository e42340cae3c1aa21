// Adds docker verdicts for judge-set lines the cache (src/generated/docker-verdicts.json) does not have
// yet, without re-running the rest: handy after adding corpus lines or changing the mutant
// generator, and re-applies the current classification rules to the cached outcomes. The docker
// judge test (UPDATE_JUDGE=1) re-runs everything.
// Run: npx tsx scripts/judge/fill-verdicts.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { judgeAll, reclassify, type JudgeOutcome } from './docker-judge.ts';
import { argsKey, buildJudgeSet, planFor, ROOT } from './judge-set.ts';

const file = `${ROOT}/src/generated/docker-verdicts.json`;
const cache = JSON.parse(readFileSync(file, 'utf8')) as { generatedBy: string; verdicts: Record<string, JudgeOutcome> };
const plans = buildJudgeSet().map((it) => planFor(it.line));

async function fill(lists: string[][]): Promise<number> {
  const missing = [...new Map(lists.filter((a) => !cache.verdicts[argsKey(a)]).map((a) => [argsKey(a), a])).values()];
  const out = await judgeAll(missing, 8);
  missing.forEach((a, i) => (cache.verdicts[argsKey(a)] = out[i] as JudgeOutcome));
  return missing.length;
}

let n = await fill(plans.flatMap((p) => (p.fixed ? [] : p.runs.filter((r) => !r.reference).map((r) => r.args))));
n += await fill(plans.flatMap((p) => (p.fixed ? [] : p.runs.filter((r) => !r.reference && r.noTty && /not a TTY/.test(cache.verdicts[argsKey(r.args)]?.reason ?? '')).map((r) => r.noTty as string[]))));
// Cached outcomes follow the current classification rules too.
const sorted = Object.fromEntries(Object.entries(cache.verdicts).map(([k, v]) => [k, reclassify(v)] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(file, `${JSON.stringify({ generatedBy: cache.generatedBy, verdicts: sorted }, null, 0).replace(/\],"/g, '],\n"').replace(/\},"/g, '},\n"')}\n`);
console.log(`added ${n} docker verdicts to src/generated/docker-verdicts.json`);
