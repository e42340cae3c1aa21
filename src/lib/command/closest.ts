import { closestWord } from '../text/closest.ts';

/**
 * The candidate closest to `word`, when it is close enough to be what was meant: the one
 * did-you-mean rule (src/lib/text/closest.ts) with docker's settings, case-sensitive, at most 2
 * edits and 1 for words of 4 letters or fewer, so `ls` does not turn into `rm`
 * (`restart-always` -> `restart`). Ties keep the first candidate.
 */
export function closest(word: string, candidates: Iterable<string>): string | null {
  return closestWord(word, candidates, { shortWord: 4 }) ?? null;
}
