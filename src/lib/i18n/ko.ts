// Korean language rules that are code: particles after code, names and numbers: `FROM을`, `ubuntu는`, `28.2.2로`, `apt-get으로`.
//
// es-hangul's josa picks the particle from the last syllable's final consonant, but it reads only
// Hangul (and the capital letters L, M, N): after `10`, `npm` or `apt-get` it falls back to the
// form for a vowel ending. Here the last word is read the way a Korean reader says it (digits as
// Sino-Korean numbers, letters as English sounds or, for a vowel-less run like `CMD`, letter by
// letter); a Hangul stand-in with the same final sound is handed to es-hangul, which then chooses.
import { josa as esJosa } from 'es-hangul';

type JosaPair = Parameters<typeof esJosa>[1];

/** How a word ends when read aloud: no final consonant, final ㄹ, or another final consonant. */
export type Ending = 'vowel' | 'rieul' | 'consonant';

const STAND_IN: Record<Ending, string> = { vowel: '가', rieul: '갈', consonant: '각' };

/** 0 영, 1 일, 2 이, 3 삼, 4 사, 5 오, 6 육, 7 칠, 8 팔, 9 구. */
const DIGIT: Ending[] = ['consonant', 'rieul', 'vowel', 'consonant', 'vowel', 'vowel', 'consonant', 'rieul', 'rieul', 'vowel'];
/** A number ending in zeros is read by its last place: 십 (10), 백 (100), 천 (1000), 만 (10000). */
const PLACE: Ending[] = ['consonant', 'consonant', 'consonant', 'consonant'];

/** Letter names for a vowel-less run such as `CMD` or `npm`: 엘, 엠, 엔 and 알 end in a consonant. */
function letterName(c: string): Ending {
  if (c === 'l' || c === 'r') return 'rieul';
  if (c === 'm' || c === 'n') return 'consonant';
  return 'vowel';
}

const VOWELS = 'aeiou';
const isVowel = (c: string | undefined) => c !== undefined && VOWELS.includes(c);

function latinEnding(word: string): Ending {
  const w = word.toLowerCase();
  if (!/[aeiouy]/.test(w)) return letterName(w[w.length - 1] as string);
  const last = w[w.length - 1] as string;
  const before = w[w.length - 2];
  const beforeThat = w[w.length - 3];
  if (last === 'l') return 'rieul'; // label, shell, tool
  if (last === 'e' && before === 'l' && !isVowel(beforeThat)) return 'rieul'; // table 테이블, bundle 번들
  if (last === 'm' || last === 'n') return 'consonant'; // from, run, yum
  if (last === 'g') return before === 'n' ? 'consonant' : 'vowel'; // string; tag 태그, log 로그
  if (last === 'p') return isVowel(before) || before === 'p' ? 'consonant' : 'vowel'; // stop, app, sleep; help 헬프
  if (last === 'k') return isVowel(before) ? 'consonant' : 'vowel'; // book, look; disk 디스크, check 체크
  if (last === 'c') return isVowel(before) ? 'consonant' : 'vowel'; // exec, spec; sync 싱크
  // One short vowel before t is said with a final ㅅ (get 겟, set 셋, commit 커밋); two vowels or a
  // consonant before it add a vowel (root 루트, wait 웨이트, apt 앱트, port 포트).
  if (last === 't') return isVowel(before) && !isVowel(beforeThat) ? 'consonant' : 'vowel';
  return 'vowel'; // a, e (node 노드), o, u, y, r (user 유저), s, x, d, b, f, h, w, z …
}

function digitsEnding(digits: string): Ending {
  // Trailing zeros counted by hand: `/0+$/` retries at every zero of a long run (quadratic).
  let cut = digits.length;
  while (cut > 0 && digits[cut - 1] === '0') cut--;
  const stripped = digits.slice(0, cut);
  if (stripped === '') return 'consonant'; // 영
  const zeros = digits.length - stripped.length;
  if (zeros > 0) return PLACE[Math.min(zeros, PLACE.length) - 1] as Ending;
  return DIGIT[Number(stripped[stripped.length - 1])] as Ending;
}

/** The ending of the last readable word in `text`, ignoring closing quotes, backticks and brackets. */
export function ending(text: string): Ending {
  // Scanned from the end by hand: one pass, no regex over user text.
  let end = text.length;
  while (end > 0 && !/[\p{L}\p{N}]/u.test(text[end - 1] as string)) end--;
  if (end === 0) return 'vowel';
  const last = text[end - 1] as string;
  if (/[가-힣]/.test(last)) {
    return esJosa(last, '을/를').endsWith('을') ? (esJosa(last, '으로/로').endsWith('으로') ? 'consonant' : 'rieul') : 'vowel';
  }
  let start = end;
  if (/[0-9]/.test(last)) {
    while (start > 0 && /[0-9]/.test(text[start - 1] as string)) start--;
    return digitsEnding(text.slice(start, end));
  }
  while (start > 0 && /[A-Za-z]/.test(text[start - 1] as string)) start--;
  if (start === end) return 'vowel';
  return latinEnding(text.slice(start, end));
}

/** `text` followed by the right form of `pair`: josa('FROM', '을/를') === 'FROM을'. */
export function josa(text: string, pair: JosaPair): string {
  const standIn = STAND_IN[ending(text)];
  return text + esJosa(standIn, pair).slice(standIn.length);
}

/** Only the particle: `${code}${particle(code, '으로/로')}`. */
export function particle(text: string, pair: JosaPair): string {
  return josa(text, pair).slice(text.length);
}

/** How a Korean sentence in the polite register ends before its full stop (a tooltip keeps the first sentence). */
export const KO_SENTENCE_END = '니다';
