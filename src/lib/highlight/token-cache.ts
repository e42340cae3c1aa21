// Highlighting a code block is mostly Shiki's tokenizing, and the site highlights the same code
// many times (each example on its Korean and English page, the cheat sheet on the home page and
// the printable sheet, a guide's commands in both languages). Tokens depend only on the code and
// its language (the themes are the site's two, always), so the first highlight of a code keeps
// its tokens (frozen) and every later one reuses them: its `preprocess` hands Shiki a one-space
// text to tokenize instead, and its `tokens` hook puts the kept tokens back, before any other hook
// sees them. What Shiki builds from the tokens (the HTML, every transformer's work) is done each time,
// so the output is the same as without the cache (compare-dist checks a whole build).

import type { ShikiTransformer, ThemedToken } from 'shiki';

const kept = new Map<string, ThemedToken[][]>();

/**
 * The kept tokens are handed to every later highlight of the same code as they are, not copied:
 * frozen, so a transformer that tried to change them would stop the build (ES modules are strict)
 * instead of changing every other block with the same code.
 */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
const stats = { hits: 0, misses: 0 };

/** A Shiki transformer that tokenizes `code` in `lang` once per process; put it first in the list. */
export function tokenCache(code: string, lang: string): ShikiTransformer {
  const key = `${lang}\u0000${code}`;
  const hit = kept.get(key);
  if (hit) stats.hits++;
  else stats.misses++;
  return {
    name: 'dockref:token-cache',
    preprocess(input) {
      return hit ? ' ' : input;
    },
    tokens(tokens) {
      if (hit) return hit;
      kept.set(key, deepFreeze(tokens));
      return tokens;
    },
  };
}

/** How often the cache answered (for tests and the bench). */
export function tokenCacheStats(): { hits: number; misses: number } {
  return { ...stats };
}
