// The validator against the plugins' own reference examples: every `$ docker ...` line
// of the buildx pages' ```console blocks and the compose files' `examples`/`long` fields, and typo
// and arity mutants of them, with the reference judge (scripts/judge/reference-judge.ts, a
// separate walk over the reference spec) as the oracle. Prints the figures.
import { describe, expect, it } from 'vitest';
import { referenceExamples } from '../../scripts/judge/plugin-examples.ts';
import { judgeByReference } from '../../scripts/judge/reference-judge.ts';
import { planFor, ROOT } from '../../scripts/judge/judge-set.ts';
import { getCommandByPath } from '../../src/lib/cli-spec/index.ts';
import { validateCommandLine } from '../../src/lib/command/index.ts';

// `<tag>`, `<digest>`, `<filepath>`: placeholders the reference writes for a value (to the shell
// they would be redirections); the test puts a sample word in their place.
const fill = (line: string) => line.replace(/<([a-z][a-z-]*)>/gi, '$1');
const examples = referenceExamples(ROOT).map((e) => ({ ...e, line: fill(e.line) }));

/**
 * Reference lines the reference judge and the validator both reject, because the line itself is
 * incomplete: each lacks the build context that `docker buildx build [OPTIONS] PATH | URL | -`
 * requires (the page shows the flag, not a whole command).
 */
const INCOMPLETE = [
  'docker buildx build --build-context foo=oci-layout:///path/to/local/layout:tag',
  'docker buildx build --build-context foo=oci-layout:///path/to/local/layout@sha256:digest',
  'docker buildx build -t tonistiigi/foo -o type=registry',
];

const argsOf = (line: string): string[] => {
  const plan = planFor(line);
  return plan.fixed ? [] : (plan.runs[0]?.args ?? []);
};

/** Deterministic typo and arity mutants of one reference line; each is invalid by construction. */
function mutantsOf(line: string): Array<{ kind: string; line: string }> {
  const args = argsOf(line);
  const out: Array<{ kind: string; line: string }> = [];
  const k = args.findIndex((a) => a === 'buildx' || a === 'compose');
  if (k < 0) return out;
  // The command path: the plugin word and the command words up to the first flag or argument.
  let depth = 1;
  while (k + depth < args.length && getCommandByPath(args.slice(k, k + depth + 1))) depth++;
  const cmd = getCommandByPath(args.slice(k, k + depth));
  if (!cmd) return out;
  const head = `docker ${args.slice(0, k + depth).join(' ')}`;
  // A long flag misspelled: a letter doubled, which no reference flag spells.
  const flag = args.slice(k + depth).find((a) => /^--[a-z][a-z-]+/.test(a));
  if (flag) {
    const name = flag.slice(2).split('=')[0] as string;
    const typo = name + name.slice(-1);
    if (!cmd.options.some((o) => o.long === typo)) out.push({ kind: 'flag typo', line: line.replace(`--${name}`, `--${typo}`) });
  }
  // The last command word misspelled (transposed), when that is no other command.
  const last = args[k + depth - 1] as string;
  if (depth > 1 && last.length > 2) {
    const typo = last[1]! + last[0]! + last.slice(2);
    if (!getCommandByPath([...args.slice(k, k + depth - 1), typo])) out.push({ kind: 'command typo', line: line.replace(new RegExp(`(docker .*?)\\b${last}\\b`), `$1${typo}`) });
  }
  // Arity: too many arguments where the usage bounds them; none where it requires some.
  const max = cmd.usage.some((u) => u.maxArgs === null) ? null : Math.max(...cmd.usage.map((u) => u.maxArgs ?? 0));
  const min = Math.min(...cmd.usage.map((u) => u.minArgs));
  if (!cmd.isGroup && max !== null) out.push({ kind: 'too many arguments', line: `${head} ${Array.from({ length: max + 2 }, (_, i) => `extra${i + 1}`).join(' ')}` });
  if (!cmd.isGroup && min > 0) out.push({ kind: 'missing arguments', line: head });
  return out;
}

describe('agreement with the plugin references', () => {
  const rows = examples.map((e) => ({ ...e, ours: validateCommandLine(e.line), ref: judgeByReference(argsOf(e.line)) }));
  const accepted = rows.filter((r) => r.ours.valid);

  it('has the references\' example lines to check', () => {
    expect(examples.length).toBeGreaterThan(130);
    expect(rows.every((r) => r.ref !== null), 'every reference line is judged by its reference').toBe(true);
  });

  it('accepts the reference examples (all but the incomplete lines)', () => {
    const rejected = rows.filter((r) => !r.ours.valid).map((r) => r.line);
    console.log(`plugin reference examples: ${accepted.length}/${rows.length} accepted (${((accepted.length / rows.length) * 100).toFixed(2)}%); of the ${rows.length - INCOMPLETE.length} complete lines, ${accepted.length} (${((accepted.length / (rows.length - INCOMPLETE.length)) * 100).toFixed(2)}%)`);
    expect(rejected).toEqual(INCOMPLETE);
    expect(accepted.length / (rows.length - INCOMPLETE.length)).toBeGreaterThanOrEqual(0.99);
  });

  it('agrees with the reference judge on every example line', () => {
    expect(rows.filter((r) => r.ours.valid !== (r.ref?.verdict === 'ok')).map((r) => `${r.origin}: ${r.line} (reference: ${r.ref?.reason})`)).toEqual([]);
  });

  it('rejects typo and arity mutants of them', () => {
    const mutants = [...new Map(examples.filter((e) => !INCOMPLETE.includes(e.line)).flatMap((e) => mutantsOf(e.line)).map((m) => [m.line, m])).values()];
    const byRef = mutants.filter((m) => judgeByReference(argsOf(m.line))?.verdict === 'error');
    const rejected = byRef.filter((m) => !validateCommandLine(m.line).valid);
    const kinds = [...new Set(mutants.map((m) => m.kind))].map((k) => `${k} ${rejected.filter((m) => m.kind === k).length}/${byRef.filter((m) => m.kind === k).length}`).join(', ');
    console.log(`plugin reference mutants: ${rejected.length}/${byRef.length} rejected (${((rejected.length / byRef.length) * 100).toFixed(2)}%): ${kinds}`);
    expect(byRef.length).toBeGreaterThan(200);
    expect(byRef.length / mutants.length).toBeGreaterThanOrEqual(0.99);
    expect(byRef.filter((m) => validateCommandLine(m.line).valid).map((m) => `${m.kind}: ${m.line}`)).toEqual([]);
    // The typos come with a did-you-mean fix.
    const typos = rejected.filter((m) => m.kind.endsWith('typo'));
    const fixed = typos.filter((m) => validateCommandLine(m.line).diagnostics.some((d) => d.suggestion));
    console.log(`typo mutants with a did-you-mean fix: ${fixed.length}/${typos.length}`);
    expect(fixed.length / typos.length).toBeGreaterThanOrEqual(0.99);
  });
});
