import { editDistance } from '../text/edit-distance.ts';

/**
 * The candidate closest to `word`, when it is close enough to be what was meant: at most 2 edits
 * (1 for words of 4 letters or fewer, so `ls` does not turn into `rm`), or `word` being a
 * candidate with a typo'd separator (`restart-always` -> `restart`). Ties keep the first candidate.
 */
export function closest(word: string, candidates: Iterable<string>): string | null {
  const limit = word.length <= 4 ? 1 : 2;
  let best: string | null = null;
  let bestD = Infinity;
  for (const c of candidates) {
    if (Math.abs(c.length - word.length) > limit) continue;
    const d = editDistance(word, c, limit);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return bestD <= limit ? best : null;
}
