// The set of command lines the judge compares: the project's own examples (the content registry's
// one list, the same the build checks), the corpus (tests/fixtures/command/corpus.txt) and seeded
// mutants drawn from a fixed list only (the corpus and tests/fixtures/command/mutant-seeds.txt), so
// adding content adds exactly its own lines to judge and never changes the mutants.
// For each line it derives what the real shell would run: the docker invocations' argument lists,
// or a fixed verdict when the shell itself fails (unbalanced quote) or the program is not docker.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { collectExamples } from '../../src/lib/content/registry.ts';
import { readContentFiles } from '../../src/lib/content/files.ts';
import { capturedSpec } from '../../src/lib/cli-spec/index.ts';
import { validateCommandLine } from '../../src/lib/command/index.ts';
import { readCommandLines } from '../../src/lib/command/read-command-lines.ts';
import { commandPrefixLength } from '../../src/lib/command/parse.ts';
import { tokenize } from '../../src/lib/shell/tokenize.ts';
import { generateMutants } from './mutants.ts';
import { judgeByReference, type ReferenceVerdict } from './reference-judge.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
export const MUTANT_COUNT = 2400;

export interface JudgedLine {
  set: 'examples' | 'corpus' | 'mutants';
  line: string;
  /** Where it came from (file:line) for examples and corpus lines. */
  origin: string;
}

/** The project's examples: every shell example the site shows. */
export function exampleLines(): JudgedLine[] {
  return collectExamples(readContentFiles(ROOT))
    .filter((e) => e.kind === 'shell')
    .map((e): JudgedLine => ({ set: 'examples', line: e.code, origin: `${e.file}:${e.line}` }));
}

function fileLines(file: string, set: JudgedLine['set']): JudgedLine[] {
  return readCommandLines(readFileSync(`${ROOT}/${file}`, 'utf8')).map((e): JudgedLine => ({ set, line: e.text, origin: `${file}:${e.line}` }));
}

export function buildJudgeSet(): JudgedLine[] {
  const corpus = fileLines('tests/fixtures/command/corpus.txt', 'corpus');
  const seeds = fileLines('tests/fixtures/command/mutant-seeds.txt', 'corpus').map((x) => x.line);
  const mutants = generateMutants(capturedSpec, [...seeds, ...corpus.map((x) => x.line)], MUTANT_COUNT).map((line, i): JudgedLine => ({ set: 'mutants', line, origin: `mutant #${i + 1}` }));
  // Judged like the corpus, but no mutant seeds: adding a line there leaves the mutants as they are.
  const clientVerdicts = fileLines('tests/fixtures/command/client-verdicts.txt', 'corpus');
  return [...exampleLines(), ...corpus, ...clientVerdicts, ...mutants];
}

/**
 * One docker run. `noTty`: the same arguments with `--tty=false` placed after the command's
 * flags. With stdin closed, `run -t`/`exec -t` stop at "the input device is not a TTY" before
 * their later checks (the image reference, ...); the judge then asks again without the TTY to
 * see the rest. The position comes from the validator's parse, and only matters for that rerun.
 */
export interface PlannedRun {
  args: string[];
  noTty: string[] | null;
  /**
   * The plugin reference's verdict when the run is a plugin's (`docker compose ...`, `docker
   * buildx ...`, `docker build` with a BuildKit-only flag): the binary here has no plugins, so the
   * reference judges it instead. Null: the docker binary judges.
   */
  reference: ReferenceVerdict | null;
}

/** The name the report gives the binary judge. */
export const BINARY_JUDGE = 'docker 28.2.2 binary';

/** What to run for a line: docker argument lists, or a verdict the shell decides on its own. */
export type JudgePlan = { fixed: 'error'; reason: string } | { fixed: null; runs: PlannedRun[] };

export function planFor(line: string): JudgePlan {
  // Blank the prompt instead of cutting it, so offsets match the validator's.
  const stripped = line.replace(/^\s*[$#]\s+/, (m) => ' '.repeat(m.length));
  const tok = tokenize(stripped);
  if (tok.errors.length > 0) return { fixed: 'error', reason: `sh: syntax error (${tok.errors[0]!.code})` };
  const invocations = validateCommandLine(line).invocations;
  const runs: PlannedRun[] = [];
  for (const cmd of tok.commands) {
    let words = cmd.words;
    // `A=1`, `sudo`, `env`, `time`, `exec`, `nohup` run the docker command after them (the parse's rule).
    words = words.slice(commandPrefixLength(words));
    if (words.length === 0) continue;
    const program = words[0]!.value;
    if (program !== 'docker') {
      // What the validator calls a typo of docker is "command not found" for the shell.
      const v = validateCommandLine(words.map((w) => w.value).join(' '));
      if (v.diagnostics.some((d) => d.code === 'unknown-program')) return { fixed: 'error', reason: `sh: ${program}: command not found` };
      continue;
    }
    // A substitution's output is unknown here; stand in one plain word for each dynamic word.
    const args = words.slice(1).map((w) => (w.dynamic ? w.value.replace(/\$\([^)]*\)|`[^`]*`|\$\{?[A-Za-z_][A-Za-z0-9_]*\}?/g, 'x') : w.value));
    const inv = invocations.find((v) => v.start === cmd.start || (v.start <= words[0]!.start && v.end >= words[0]!.end));
    const first = inv?.args[0];
    const at = first ? words.findIndex((w) => w.start === first.start) - 1 : -1;
    const noTty = at >= 0 && /^container (run|exec|create)$/.test(inv?.command ?? '') ? [...args.slice(0, at), '--tty=false', ...args.slice(at)] : null;
    runs.push({ args, noTty, reference: judgeByReference(args) });
  }
  return { fixed: null, runs };
}

export const argsKey = (args: string[]) => JSON.stringify(args);
