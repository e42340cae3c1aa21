/**
 * Words for the task search: the same steps on the index side and the query side, so
 * that wording differences do not lose the command.
 *
 * - NFKC and lower case; Hangul and Latin runs split apart (`nginx` and the particle after it).
 * - Korean: particles (josa) and common verb endings are stripped (src/lib/i18n/stem.ts, with
 *   examples); contracted verb forms that no rule recovers are members of a synonym group instead.
 *   The cases are in tests/unit/search-text.test.ts.
 * - English: a small suffix stemmer (`containers` -> `container`, `running` -> `run`).
 * - Synonyms: every word of a group stands for the group's key (its first word), on both sides,
 *   so the Korean words for stop, halt and turn off and `stop` meet; the word itself is kept on the index side
 *   so that prefix search still finds it while a person is typing.
 */

import lexicon from '../../../content/search/lexicon.json';
import { stemWord } from '../i18n/stem.ts';

export { stemEnglish, stemKorean, stemWord } from '../i18n/stem.ts';

/**
 * The word tables live in content/search/lexicon.json (data, not code): stop words (words that
 * carry no task: question words, "how to", "docker" itself), compared after stemming; synonym
 * groups, whose first word is the group's key, written as people type them and stemmed when the
 * table is built, so the rules above apply to them too; spacing rewrites; comparison words.
 */
const STOP_RAW: readonly string[] = lexicon.stopWords;
const SYNONYM_GROUPS: readonly (readonly string[])[] = lexicon.synonyms;
/** Phrases written apart that mean one word (`log in`, spacing variants of Korean compounds), as `[pattern, replacement]`. */
const REWRITES: ReadonlyArray<[RegExp, string]> = lexicon.rewrites.map(([pattern, to]) => [new RegExp(pattern!, 'g'), to!]);
/** Words that ask for a comparison ("X vs Y"): stemmed like the query. */
export const COMPARISON_WORDS: readonly string[] = lexicon.comparisons;
const SELECTORS = new Set<string>(lexicon.selectors);

/** Does the query pick one of many (`a specific platform`, or Korean "with a specific Dockerfile")? That is an option's value. */
export function asksSelection(query: string): boolean {
  return words(query).some((w) => SELECTORS.has(w));
}

const CONCEPT_WORDS = new Set(lexicon.concepts.words);
const CONCEPT_PHRASES: readonly string[] = lexicon.concepts.phrases;
const CONCEPT_ENDINGS: readonly string[] = lexicon.concepts.endings;

/** Does the query ask what something is, why, or when to use it (a question the guides answer)? */
/** Phrases that put a task in the image being built (`in the image`, or Korean "into the image"), as normalized text. */
const IMAGE_PLACE: readonly string[] = lexicon.imagePlace;

/** Does the query put its task in the image (`user in the image`, or Korean "set a port in the image")? A Dockerfile instruction does that. */
export function saysInImage(query: string): boolean {
  const text = ` ${normalizeText(query)} `;
  return IMAGE_PLACE.some((p) => text.includes(` ${p} `));
}

export function asksConcept(query: string): boolean {
  const text = normalizeText(query);
  if (CONCEPT_PHRASES.some((p) => ` ${text} `.includes(` ${p} `))) return true;
  // A word asking (`why`, or Korean "concept"), or a Korean word ending in a topic-asking ending ("what's a container").
  return words(query).some((w) => CONCEPT_WORDS.has(w) || CONCEPT_WORDS.has(stemWord(w)) || (w.length >= 3 && CONCEPT_ENDINGS.some((e) => w.endsWith(e))));
}

export interface TermTables {
  stop: Set<string>;
  synonyms: Map<string, string>;
}

let tables: TermTables | null = null;
function termTables(): TermTables {
  if (tables) return tables;
  const stop = new Set(STOP_RAW.map((w) => stemWord(w.normalize('NFKC'))));
  const synonyms = new Map<string, string>();
  for (const group of SYNONYM_GROUPS) {
    const key = group[0]!;
    for (const member of group) {
      const stem = stemWord(member.normalize('NFKC').toLowerCase());
      if (!synonyms.has(stem)) synonyms.set(stem, key);
      if (!synonyms.has(member)) synonyms.set(member, key);
    }
  }
  tables = { stop, synonyms };
  return tables;
}

/** The longest query the search takes (the search page, the header's quick search and the engine). */
export const MAX_QUERY_LENGTH = 200;

/** Invisible and bidirectional-control characters: they hide or reorder what is shown. */
const INVISIBLE_G = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
/** A UTF-16 surrogate without its other half (one lone code unit, so linear). */
const LONE_SURROGATE_G = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Control characters (C0, DEL, C1) other than the whitespace the split handles. */
const CONTROL_G = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

export interface CleanQuery {
  /** What is searched and shown: at most MAX_QUERY_LENGTH characters, no invisible or bidi controls. */
  text: string;
  /** The query was longer than MAX_QUERY_LENGTH and was cut. */
  tooLong: boolean;
  /** Length of the query as given (characters). */
  length: number;
}

/**
 * A query as typed or taken from `?q=` made safe to search and to show: cut to MAX_QUERY_LENGTH
 * first (so nothing after it costs anything), lone surrogates replaced, invisible and bidi
 * controls removed, NFKC (full-width `ｌｏｇｓ` -> `logs`), whitespace runs made one space.
 */
export function cleanQuery(raw: string): CleanQuery {
  const length = raw.length;
  // Cut generously before the work, then exactly after it (removal and NFKC change the length).
  let text = raw.length > MAX_QUERY_LENGTH * 2 ? raw.slice(0, MAX_QUERY_LENGTH * 2) : raw;
  text = text.replace(LONE_SURROGATE_G, '\ufffd').replace(INVISIBLE_G, '').replace(CONTROL_G, ' ').normalize('NFKC');
  text = text.replace(/\s+/g, ' ').trim();
  const tooLong = length > MAX_QUERY_LENGTH && (text.length > MAX_QUERY_LENGTH || raw.length > MAX_QUERY_LENGTH * 2);
  if (text.length > MAX_QUERY_LENGTH) text = text.slice(0, MAX_QUERY_LENGTH).replace(LONE_SURROGATE_G, '').trim();
  return { text, tooLong, length };
}

/**
 * NFKC, lower case, whitespace runs as one space, and Hangul/Latin runs apart. Every pattern here
 * is linear: whitespace is collapsed first, so no two neighbouring `\s*` can trade a long run.
 */
export function normalizeText(text: string): string {
  let t = text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');
  // Phrases written apart that mean one word.
  for (const [re, to] of REWRITES) t = t.replace(re, to);
  return t
    .replace(/([a-z0-9])([\uac00-\ud7a3])/g, '$1 $2')
    .replace(/([\uac00-\ud7a3])([a-z0-9])/g, '$1 $2');
}

/** Raw words of a text: letters and digits (a flag's dashes are dropped: `--rm` -> `rm`). */
export function words(text: string): string[] {
  return normalizeText(text)
    .split(/[^\p{L}\p{N}_]+/u)
    .filter(Boolean);
}

/** The synonym key of a stemmed word, when it belongs to a group. */
export function synonymOf(stem: string): string | undefined {
  return termTables().synonyms.get(stem);
}

/** Index side: every word's stem, and its synonym key when it has one. Stop words are dropped. */
export function indexTerms(text: string): string[] {
  const { stop } = termTables();
  const out: string[] = [];
  for (const w of words(text)) {
    const stem = stemWord(w);
    if (stop.has(stem) || stop.has(w)) continue;
    if (stem.length === 1 && /[\uac00-\ud7a3]/.test(stem) && !synonymOf(stem)) continue;
    out.push(stem);
    const key = synonymOf(stem);
    if (key && key !== stem) out.push(key);
  }
  return out;
}

export interface QueryTerm {
  /** What is looked up: a synonym key, or the word's stem. */
  term: string;
  /** True when `term` is a synonym key (matched exactly, not as a prefix). */
  synonym: boolean;
  /** The word as typed. */
  raw: string;
}

/** Query side: one term per word (its synonym key or its stem); stop words dropped, duplicates merged. */
export function queryTerms(query: string): QueryTerm[] {
  const { stop } = termTables();
  const out: QueryTerm[] = [];
  const seen = new Set<string>();
  for (const w of words(query)) {
    const stem = stemWord(w);
    if (stop.has(stem) || stop.has(w)) continue;
    const key = synonymOf(stem) ?? synonymOf(w);
    const term = key ?? stem;
    if (seen.has(term)) continue;
    if (!key && stem.length === 1 && /[\uac00-\ud7a3]/.test(stem)) continue;
    seen.add(term);
    out.push({ term, synonym: Boolean(key), raw: w });
  }
  return out;
}
