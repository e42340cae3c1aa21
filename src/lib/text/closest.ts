// The one did-you-mean rule, for docker commands, flags and values and for Dockerfile
// instructions, flags and the commands in RUN: the candidate fewest edits away (edit-distance.ts),
// within a limit that is one edit for short words (two edits turn almost any short word into
// another); ties keep the first candidate. The two sides differ only in their settings: what a
// short word is, and whether case counts (docker's flags are case-sensitive, Dockerfile keywords
// are not).
import { editDistance } from './edit-distance.ts';

export interface ClosestRule {
  /** Words of up to this many characters get one edit at most. */
  shortWord: number;
  /** The most edits for longer words (2 unless given). */
  maxDistance?: number;
  /** Compare without case (the candidate is returned as written). */
  ignoreCase?: boolean;
}

export function closestWord(word: string, candidates: Iterable<string>, rule: ClosestRule): string | undefined {
  const maxDistance = rule.maxDistance ?? 2;
  const limit = word.length <= rule.shortWord ? Math.min(1, maxDistance) : maxDistance;
  const w = rule.ignoreCase ? word.toLowerCase() : word;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(w, rule.ignoreCase ? candidate.toLowerCase() : candidate, limit);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}
