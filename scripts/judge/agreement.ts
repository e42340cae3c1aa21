// Compares the validator's verdicts with the docker binary's on the judge set, given docker's
// verdict for every argument list (fresh from the binary, or from the committed cache).
import { readFileSync } from 'node:fs';
import { validateCommandLine } from '../../src/lib/command/index.ts';
import { releaseLine } from '../../src/lib/cli-spec/release-history.ts';
import { DOCKER_CLI_VERSION } from '../../src/lib/cli-spec/version.ts';
import { judgeForRelease } from '../../src/lib/releases/gate.ts';

/** The release line of the binary that judges (`28.2`). */
export const JUDGE_RELEASE = releaseLine(DOCKER_CLI_VERSION);
import { reclassify, type JudgeOutcome } from './docker-judge.ts';
import { argsKey, BINARY_JUDGE, planFor, ROOT, type JudgedLine } from './judge-set.ts';

export interface LineComparison {
  item: JudgedLine;
  docker: 'ok' | 'error' | 'skip';
  dockerReason: string;
  ours: 'ok' | 'error';
  ourCodes: string[];
  /** Same verdict; for errors, also whether the kind of error matches. */
  agree: boolean;
  kindAgrees: boolean | null;
  /** Which judge decided each docker run of the line: the binary, or a plugin's reference. */
  judges: string[];
}

/** The family of a docker error message, comparable with our diagnostic codes. */
export function dockerErrorKind(reason: string): string {
  if (/^unknown (shorthand )?flag|^bad flag syntax/.test(reason)) return 'flag';
  if (/^flag needs an argument/.test(reason)) return 'needs-value';
  if (/requires at least|requires at most|requires exactly|requires \d+ argument|accepts no argument|accepts at most|accepts between|accepts \d+ arg\(s\)/.test(reason)) return 'arity';
  // A value refused by pflag, or by the command's own parsing of one flag's value.
  if (/^invalid argument |^Unable to parse logging level|invalid restart policy|platform|failed to parse value as time|^Unknown mode|invalid pull option|template parsing error|failed to parse template|invalid availability|invalid (PID|UTS|USER|CGROUP) mode|^--(pid|uts|userns|cgroupns)|invalid (hostPort|containerPort|proto|port|range)|for --expose|Invalid --security-opt|invalid storage option|is not a valid mac address|no port specified|OSAndVersion|unknown operating system/i.test(reason)) return 'value';
  if (/^unknown command|command not found|unknown help topic/.test(reason)) return 'command';
  if (/syntax error/.test(reason)) return 'shell';
  return 'client';
}

const CODE_KIND: Record<string, string> = {
  'unknown-flag': 'flag',
  // The release gate (src/lib/releases/gate.ts): a flag or command the judged release does not have.
  'flag-newer-than-release': 'flag',
  'flag-removed-in-release': 'flag',
  'flag-replaced-in-release': 'flag',
  'command-newer-than-release': 'command',
  'command-removed-in-release': 'command',
  'flag-needs-value': 'needs-value',
  'invalid-value': 'value',
  'invalid-port': 'value',
  'missing-args': 'arity',
  'too-many-args': 'arity',
  'accepts-no-args': 'arity',
  'repeated-command-word': 'arity',
  'filter-as-argument': 'arity',
  'unknown-command': 'command',
  'unknown-program': 'command',
  'unbalanced-quote': 'shell',
  'unbalanced-substitution': 'shell',
};

export function compareAll(items: JudgedLine[], verdictOf: (args: string[]) => JudgeOutcome | undefined): LineComparison[] {
  return items.map((item) => {
    const plan = planFor(item.line);
    let docker: LineComparison['docker'] = 'ok';
    let dockerReason = '';
    const judges: string[] = [];
    if (plan.fixed) {
      docker = 'error';
      dockerReason = plan.reason;
      judges.push('sh');
    } else {
      for (const { args, noTty, reference } of plan.runs) {
        judges.push(reference?.judge ?? BINARY_JUDGE);
        if (reference) {
          if (reference.verdict === 'error') {
            docker = 'error';
            dockerReason = reference.reason;
            break;
          }
          continue;
        }
        const found = verdictOf(args);
        let v = found && reclassify(found);
        if (v && noTty && /not a TTY/.test(v.reason)) {
          const again = verdictOf(noTty);
          if (!again) throw new Error(`no docker verdict for the TTY-less rerun ${argsKey(noTty)} (${item.origin}); fill the cache: npm run judge`);
          v = reclassify(again);
        }
        if (!v) throw new Error(`no docker verdict for ${argsKey(args)} (${item.origin}); fill the cache: npm run judge`);
        if (v.verdict === 'error') {
          docker = 'error';
          dockerReason = v.reason;
          break;
        }
        if (v.verdict === 'skip') {
          docker = 'skip';
          dockerReason = v.reason;
        }
      }
    }
    // The binary is Docker 28.2.2, so the validator judges for that release: flags the spec has from
    // the newer references (29.x) are errors there, as they are for the binary.
    const r = judgeForRelease(validateCommandLine(item.line), JUDGE_RELEASE);
    // A line with no docker command (`tar -tf web.tar` in a console block) is not the validator's
    // to judge: the site shows it unchecked, so neither side has a verdict to compare.
    if (!r.checked && !r.diagnostics.some((d) => d.severity === 'error')) {
      docker = 'skip';
      dockerReason = 'not a docker command: not checked';
    }
    const ours = r.valid ? 'ok' : 'error';
    const ourCodes = r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
    const agree = docker === 'skip' || docker === ours;
    let kindAgrees: boolean | null = null;
    if (docker === 'error' && ours === 'error') {
      // pflag and cobra stop at the first problem; the validator reports them all, so the kind
      // matches when any of its errors is of docker's kind.
      const want = dockerErrorKind(dockerReason);
      kindAgrees = ourCodes.some((c) => (CODE_KIND[c] ?? 'client') === want);
    }
    return { item, docker, dockerReason, ours, ourCodes, agree, kindAgrees, judges };
  });
}

/** Command lines content/validator/disagreements.md lists (each in a `- \`...\`` bullet). */
export function listedDisagreements(): Set<string> {
  const md = readFileSync(`${ROOT}/content/validator/disagreements.md`, 'utf8');
  const out = new Set<string>();
  for (const m of md.matchAll(/^- `(.+?)`(?: —| -|:)/gm)) out.add((m[1] as string).replace(/\\`/g, '`'));
  return out;
}

export interface Summary {
  set: string;
  judged: number;
  skipped: number;
  agree: number;
  rate: number;
  kindJudged: number;
  kindAgree: number;
  /** Lines per judge (a line with runs judged differently counts under each). */
  byJudge: Record<string, number>;
}

export function summarize(rows: LineComparison[], set: string): Summary {
  const mine = rows.filter((r) => r.item.set === set);
  const judged = mine.filter((r) => r.docker !== 'skip');
  const agree = judged.filter((r) => r.agree).length;
  const kinds = judged.filter((r) => r.kindAgrees !== null);
  return {
    set,
    judged: judged.length,
    skipped: mine.length - judged.length,
    agree,
    rate: judged.length ? agree / judged.length : 1,
    kindJudged: kinds.length,
    kindAgree: kinds.filter((r) => r.kindAgrees).length,
    byJudge: judged.reduce<Record<string, number>>((m, r) => {
      for (const j of new Set(r.judges)) m[j] = (m[j] ?? 0) + 1;
      return m;
    }, {}),
  };
}

export function formatSummary(s: Summary): string {
  return `${s.set}: ${s.agree}/${s.judged} agree (${(s.rate * 100).toFixed(2)}%), ${s.skipped} not judged (remote-only commands, -H/--context, or an outcome the sandbox decides); error kind matches ${s.kindAgree}/${s.kindJudged}; judged by ${Object.entries(s.byJudge).sort().map(([j, n]) => `${j}: ${n}`).join(', ') || 'none'}`;
}

/** The docker argument lists a line needs a verdict for and that `verdictOf` does not have (the TTY-less rerun counts once the first run says "not a TTY"). */
export function missingRuns(item: JudgedLine, verdictOf: (args: string[]) => JudgeOutcome | undefined): string[][] {
  const plan = planFor(item.line);
  if (plan.fixed) return [];
  const out: string[][] = [];
  for (const { args, noTty, reference } of plan.runs) {
    if (reference) continue;
    const v = verdictOf(args);
    if (!v) out.push(args);
    else if (noTty && /not a TTY/.test(v.reason) && !verdictOf(noTty)) out.push(noTty);
  }
  return out;
}
