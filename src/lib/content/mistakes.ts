// A guide shows a mistake only inside its mistake block ("no seed mistake appears anywhere
// in a guide outside a data-mistake block"). A reader who copies from the prose, a table or a
// clean example must never get the wrong form, so the content check looks, in each guide, for
//   - each command line of a ```sh mistake block, written out anywhere else in the file;
//   - each wrong word the validator finds in it: an unknown command, flag, program or filter key,
//     a typographic dash (`netowrk`, `--restart-always`, `dockwer`, `start`, `—format`), and the
//     wrong path, registry, file name or port order it warns about (`/user`, `nginx.config`, `80:8080`).
// For a ```dockerfile mistake block: each of its lines that no clean Dockerfile of the guide has,
// and each misspelt word the Dockerfile check finds (`deamon`, `gpt-get`).
// Pure: works on the content registry (its files, examples and verdicts).
import type { ContentExample } from './examples.ts';
import type { ContentProblem } from './problem.ts';
import type { Registry } from './registry.ts';
import type { ExampleVerdict } from './verdicts.ts';

/**
 * Diagnostic codes whose span is a wrong word or value that never belongs in correct text: the
 * misspellings the CLI rejects, and the wrong paths, names and port orders it accepts (warnings).
 */
const TYPO_CODES = new Set(['unknown-command', 'unknown-flag', 'unknown-program', 'unknown-filter-key', 'typographic-dash', 'usr-typo', 'registry-typo', 'conf-typo', 'reversed-port']);

/** Dockerfile check codes whose word at the reported column is a misspelling. */
const DOCKERFILE_TYPO_CODES = new Set(['common-misspelling', 'likely-typo']);

/** The file with the code of its mistake examples blanked out, line numbers kept (positions from the registry). */
function outsideMistakes(text: string, mistakes: readonly ContentExample[]): string {
  const lines = text.split('\n');
  for (const ex of mistakes) {
    const count = ex.code.split('\n').length;
    for (let i = ex.line - 1; i < ex.line - 1 + count && i < lines.length; i++) lines[i] = '';
  }
  return lines.join('\n');
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\w-]/.test(c);

/** Where `needle` occurs in `hay` as itself: not inside a longer word, and, for a whole command, not continued by more arguments. */
function occurrences(hay: string, needle: string, wholeCommand: boolean): number[] {
  const out: number[] = [];
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) {
    const before = hay[at - 1];
    const after = hay.slice(at + needle.length, at + needle.length + 2);
    if (isWordChar(needle[0]) && isWordChar(before)) continue;
    if (isWordChar(needle.at(-1)) && isWordChar(after[0])) continue;
    // `docker container exec -i -t web` inside the fix `docker container exec -i -t web bash`.
    if (wholeCommand && /^[ \t][^\s`\]|)]/.test(after)) continue;
    out.push(at);
  }
  return out;
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

interface Needle {
  text: string;
  /** A whole command or Dockerfile line: not counted where more arguments follow (the fix may extend it). */
  whole: boolean;
}

/** What a shell mistake block must not leave outside it: its lines and its misspelt words. */
function shellNeedles(ex: ContentExample, verdict: ExampleVerdict): Needle[] {
  const needles: Needle[] = [{ text: ex.code.trim(), whole: true }];
  const diagnostics = verdict.kind === 'shell' ? verdict.validation.diagnostics : [];
  // After a misspelt command every later flag is "unknown" too (`docker inspcet --type volume`): only the command is the mistake.
  const badCommand = diagnostics.some((d) => d.code === 'unknown-command' || d.code === 'unknown-program');
  for (const d of diagnostics) {
    const word = ex.code.slice(d.start, d.end).trim();
    if (TYPO_CODES.has(d.code) && word.length >= 3 && !(badCommand && d.code === 'unknown-flag')) needles.push({ text: word, whole: false });
  }
  return needles;
}

/** What a Dockerfile mistake block must not leave outside it: lines no clean Dockerfile of the guide has, and misspelt words. */
function dockerfileNeedles(ex: ContentExample, verdict: ExampleVerdict, cleanLines: ReadonlySet<string>): Needle[] {
  const lines = ex.code.split('\n').map((l) => l.trim());
  const needles: Needle[] = lines.filter((l) => l !== '' && !l.startsWith('#') && !cleanLines.has(l)).map((text) => ({ text, whole: true }));
  for (const p of verdict.kind === 'dockerfile' ? verdict.findings : []) {
    if (!DOCKERFILE_TYPO_CODES.has(p.code)) continue;
    const word = /^[\w.-]+/.exec((ex.code.split('\n')[p.line - 1] ?? '').slice(p.column - 1))?.[0] ?? '';
    if (word.length >= 3) needles.push({ text: word, whole: false });
  }
  return needles;
}

/** Mistakes from a guide's mistake blocks written anywhere else in that guide. */
export function checkMistakesContained(reg: Pick<Registry, 'files' | 'examples' | 'verdict'>): ContentProblem[] {
  const { files, examples } = reg;
  const problems: ContentProblem[] = [];
  for (const f of files) {
    if (!/^content\/guides\/[^/]+\/[^/]+\.mdx?$/.test(f.path)) continue;
    const mine = examples.filter((e) => e.file === f.path);
    const mistakes = mine.filter((e) => e.mistake);
    if (mistakes.length === 0) continue;
    const cleanDockerfileLines = new Set(mine.filter((e) => e.kind === 'dockerfile' && !e.mistake).flatMap((e) => e.code.split('\n').map((l) => l.trim())));
    const rest = outsideMistakes(f.text, mistakes);
    const seen = new Set<string>();
    for (const ex of mistakes) {
      const needles = ex.kind === 'dockerfile' ? dockerfileNeedles(ex, reg.verdict(ex), cleanDockerfileLines) : shellNeedles(ex, reg.verdict(ex));
      for (const { text, whole } of needles) {
        if (seen.has(text)) continue;
        seen.add(text);
        const lines = new Set(occurrences(rest, text, whole).map((at) => lineAt(rest, at)));
        for (const line of lines) {
          problems.push({
            file: f.path,
            line,
            severity: 'error',
            message: `the mistake "${text}" (shown in the mistake block at line ${ex.line}) is written here, outside a mistake block; describe it without writing it out, so no reader copies it`,
          });
        }
      }
    }
  }
  return problems;
}
