// Stemming for the search and the list filters: Korean particles, the plural
// 들 and verb endings; a small English suffix stemmer. Language rules that are code, so they live
// under src/lib/i18n/ (their word forms are data: content/search/korean.json). Kept apart from the
// search's text.ts (synonyms, stop words) so the home page's filter can use it without the
// search's tables, and from ko.ts (particles after code in messages) so neither bundles the other.

import korean from '../../../content/search/korean.json';

// The word forms are data (content/search/korean.json); longest first, so a longer ending wins.
const longestFirst = (xs: readonly string[]) => [...xs].sort((a, b) => b.length - a.length);

/** Particles (josa) taken off the end of a word. */
const PARTICLES = longestFirst(korean.particles);

/** Particles that are never the end of a noun, so they may leave a single syllable. */
const SAFE_PARTICLES = new Set(korean.safeParticles);

/** Verb endings, longest first; each may leave a single syllable. */
const ENDINGS = longestFirst(korean.endings);

/** Words that only look conjugated (a noun ending like a verb ending). */
const KEEP = new Set(korean.keep);

/** The plural suffix, and the formal ending that follows a final ㅂ (and its form after a consonant, which keeps it). */
const PLURAL = korean.plural;
const FORMAL = korean.formalEnding;
const FORMAL_S = korean.formalEndingS;

const HANGUL_WORD = /^[\uac00-\ud7a3]+$/;
const HANGUL_BASE = 0xac00;

/** Removes the final consonant (batchim) ㅂ from the last syllable: `봅` -> `보`, `붙입` -> `붙이`. */
function dropFinalB(word: string): string | null {
  const code = word.charCodeAt(word.length - 1) - HANGUL_BASE;
  if (code < 0 || code > 11171 || code % 28 !== 17) return null;
  return word.slice(0, -1) + String.fromCharCode(HANGUL_BASE + code - 17);
}

/** A Korean word without its particle and verb ending. Words of other scripts come back unchanged. */
export function stemKorean(word: string): string {
  if (!HANGUL_WORD.test(word) || KEEP.has(word)) return word;
  let w = word;
  for (const p of PARTICLES) {
    if (w.endsWith(p) && w.length - p.length >= (SAFE_PARTICLES.has(p) ? 1 : 2)) {
      w = w.slice(0, -p.length);
      break;
    }
  }
  // Plural 들 (`컨테이너들`, `로그들을`): after the particle, before any verb ending.
  if (w.length >= 3 && w.endsWith(PLURAL) && !KEEP.has(w)) w = w.slice(0, -PLURAL.length);
  for (let round = 0; round < 2 && !KEEP.has(w); round++) {
    // X + ㅂ니다 (`봅니다`, `만듭니다`, `붙입니다`): the ㅂ sits in the syllable before 니다.
    if (w.endsWith(FORMAL) && !w.endsWith(FORMAL_S) && w.length >= 3) {
      const base = dropFinalB(w.slice(0, -FORMAL.length));
      if (base) {
        w = base;
        continue;
      }
    }
    const ending = ENDINGS.find((e) => w.endsWith(e) && w.length > e.length);
    if (!ending) break;
    w = w.slice(0, -ending.length);
  }
  return w;
}

/** Connective endings after a contracted verb (`붙여서`, `바꿔요`). */
const CONNECTIVES: readonly string[] = korean.connectives;

/** Vowel indices of Hangul syllables: a contracted vowel and the one of the verb's base form. */
const DECONTRACT: Record<number, number> = { 6: 20, 14: 13, 9: 8, 4: 18, 1: 0, 10: 11 };
const FINAL_N = 4;
const FINAL_L = 8;

/**
 * Base forms a conjugated Korean verb may come from, for words the index does not know: without a
 * connective ending, without the adnominal final ㄴ/ㄹ (`기다린` -> `기다리`), with a contracted
 * vowel undone (`붙여` -> `붙이`, `바꿔` -> `바꾸`, `꺼` -> `끄`). Whether a form is a word is for the
 * caller to decide (against the index's vocabulary): these rules alone would also change nouns.
 */
export function verbBaseForms(word: string): string[] {
  if (!HANGUL_WORD.test(word)) return [];
  const stems = [word, ...CONNECTIVES.filter((c) => word.endsWith(c) && word.length > c.length).map((c) => word.slice(0, -c.length))];
  const out: string[] = [];
  for (const w of stems) {
    const code = w.charCodeAt(w.length - 1) - HANGUL_BASE;
    const final = code % 28;
    const vowel = Math.floor(code / 28) % 21;
    const head = w.slice(0, -1);
    if (final === FINAL_N || final === FINAL_L) out.push(head + String.fromCharCode(HANGUL_BASE + code - final));
    const base = DECONTRACT[vowel];
    if (final === 0 && base !== undefined) out.push(head + String.fromCharCode(HANGUL_BASE + code + (base - vowel) * 28));
    if (w !== word) out.push(w);
  }
  return out.filter((f) => f !== word && f.length > 0);
}

/** English suffixes: plural, -ing, -ed (a few irregulars by hand). */
const IRREGULAR: Record<string, string> = { ran: 'run', running: 'running', built: 'build', got: 'get', stopped: 'stopped', exited: 'exited', stopping: 'stop', images: 'image', containers: 'container', logged: 'log', logging: 'log', logs: 'log', does: 'do', doing: 'do', shown: 'show' };

export function stemEnglish(word: string): string {
  if (!/^[a-z]+$/.test(word) || word.length <= 3) return word;
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ing') && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length > 4) w = undouble(w.slice(0, -2));
  else if (w.endsWith('es') && /(sh|ch|x|ss)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  return /([bdgmnprt])\1$/.test(w) ? w.slice(0, -1) : w;
}

/** One word as both sides see it (before synonyms). */
export function stemWord(word: string): string {
  return HANGUL_WORD.test(word) ? stemKorean(word) : stemEnglish(word);
}

