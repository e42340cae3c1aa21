// Stemming for the search and the list filters: Korean particles, the plural
// 들 and verb endings; a small English suffix stemmer. Kept apart from text.ts (synonyms, stop
// words) so the home page's filter can use it without the search's tables.

const PARTICLES = [
  '으로부터', '에서부터', '에게서', '으로서', '으로써', '에서는', '에서도', '에서의', '에서', '에게', '으로', '한테', '까지', '부터',
  '처럼', '보다', '이랑', '에는', '에도', '으로는', '로는', '이나', '를', '을', '이', '가', '은', '는', '의', '에', '로', '와', '과', '도', '만', '랑',
].sort((a, b) => b.length - a.length);

/** Particles that are never the end of a noun, so they may leave a single syllable (`셸로` stays `셸로`, but `셸에서` -> `셸`). */
const SAFE_PARTICLES = new Set(['으로부터', '에서부터', '에게서', '에서는', '에서도', '에서의', '에서', '에게', '한테', '까지', '부터', '처럼', '를', '을']);

/** Verb endings, longest first; each may leave a single syllable. */
const ENDINGS = [
  '하고싶어요', '하고싶다', '하려고', '하려면', '하는법', '하는데', '합니다', '하세요', '하나요', '할까요', '해줘요', '해주세요', '해주는', '해줘', '하기', '하는', '하고', '해요', '해서', '하면', '한다', '할때',
  '되나요', '됩니다', '되는', '되면', '되기', '되어', '된', '됨', '돼', '시키기', '시키는', '시킵니다', '시켜',
  '으려면', '려면', '는법', '습니다', '으세요', '세요', '나요', '어요', '아요', '는데', '하', '할', '한', '해', '기', '는', '고',
  // Asking (-어줘, -아줘), purpose and manner (-하게, -되게, -게).
  '어줘', '아줘', '어주세요', '아주세요', '어서', '아서', '하게', '되게', '게',
].sort((a, b) => b.length - a.length);

/** Words that only look conjugated (`크기` is a noun, not `크` + `기`). */
const KEEP = new Set(['크기', '경고', '필요', '사용', '용기', '이미지', '로그인', '최고', '하위', '해시', '시키', '가기', '쓰기', '읽기', '바인드', '마운트', '호스트', '모드', '노드', '빌드', '코드', '가이드', '하드', '제한', '권한', '무한', '기한', '이해', '참고']);

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
  if (w.length >= 3 && w.endsWith('들') && !KEEP.has(w)) w = w.slice(0, -1);
  for (let round = 0; round < 2 && !KEEP.has(w); round++) {
    // X + ㅂ니다 (`봅니다`, `만듭니다`, `붙입니다`): the ㅂ sits in the syllable before 니다.
    if (w.endsWith('니다') && !w.endsWith('습니다') && w.length >= 3) {
      const base = dropFinalB(w.slice(0, -2));
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

/** English suffixes: plural, -ing, -ed (a few irregulars by hand). */
const IRREGULAR: Record<string, string> = { ran: 'run', running: 'running', built: 'build', got: 'get', stopped: 'stop', stopping: 'stop', images: 'image', containers: 'container', logged: 'log', logging: 'log', logs: 'log', does: 'do', doing: 'do', shown: 'show' };

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

