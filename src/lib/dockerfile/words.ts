// Words for the Dockerfile rules, from the one shell-word splitter (src/lib/shell/tokenize.ts) in
// the mode each text needs, and the Dockerfile's did-you-mean settings.
import { closestWord } from '../text/closest.ts';
import { editDistance } from '../text/edit-distance.ts';
import { tokenize, type ShellCommand, type ShellWord } from '../shell/tokenize.ts';

export type { ShellCommand, ShellWord };

/** An instruction's arguments split into words as BuildKit splits them (FROM, COPY, ADD, ENV, LABEL). */
export function instructionWords(args: string, escape = '\\'): ShellWord[] {
  return tokenize(args, { mode: 'words', escape, maxErrors: 0 }).commands[0]?.words ?? [];
}

/**
 * The simple commands of a shell-form RUN, CMD or ENTRYPOINT as sh reads them (split at `&&`,
 * `||`, `;`, `|`, `&`; redirections and comments left out); the commands inside a `$(...)` are
 * not the instruction's own.
 */
export function shellCommands(text: string): ShellCommand[] {
  return tokenize(text, { maxErrors: 0 }).commands.filter((c) => !c.nested);
}

/** The shared helper (src/lib/text/edit-distance.ts), re-exported for the Dockerfile rules' callers. */
export { editDistance };

/**
 * The closest candidate within `maxDistance` edits (case-insensitive), or undefined: the one
 * did-you-mean rule (src/lib/text/closest.ts) with the Dockerfile's settings. Words of up to five
 * letters get one edit at most. (Callers check that the word is not itself valid first: `apk` is
 * one edit from `apt`.)
 */
export function didYouMean(word: string, candidates: readonly string[], maxDistance = 2): string | undefined {
  return closestWord(word, candidates, { shortWord: 5, maxDistance, ignoreCase: true });
}
