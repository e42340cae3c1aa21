import korean from '../../../content/search/korean.json';

/**
 * Pagefind has no Korean stemming: `컨테이너를` does not match `컨테이너`. Searchers type whole
 * phrases ("컨테이너 로그를 실시간으로 보기"), so we strip the common particles (josa) from the end of
 * each Korean word before searching. Only endings after at least two syllables are removed, so
 * short nouns that merely end like a particle (`도`, `가`) stay whole.
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
