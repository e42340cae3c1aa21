import korean from '../../../content/search/korean.json';

/**
 * Pagefind has no Korean stemming: "container" with its object particle does not match
 * "container". Searchers type whole phrases (Korean for "view container logs in real time"), so we
 * strip the common particles (josa, content/search/korean.json) from the end of each Korean word
 * before searching. Only endings after at least two syllables are removed, so one-syllable nouns
 * that merely look like a particle stay whole.
 */
const PARTICLES = [...korean.pagefindParticles].sort((a, b) => b.length - a.length);

const HANGUL = /^[\uac00-\ud7a3]+$/;

export function stripKoreanParticle(word: string): string {
  if (!HANGUL.test(word)) return word;
  for (const p of PARTICLES) {
    if (word.length - p.length >= 2 && word.endsWith(p)) return word.slice(0, -p.length);
  }
  return word;
}

/** The query Pagefind should see: trimmed, single-spaced, Korean particles removed. */
export function normalizeSearchQuery(query: string): string {
  return query
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map(stripKoreanParticle)
    .join(' ');
}
