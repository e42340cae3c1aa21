// The list filters' matching (the home cheat sheet and the commands index): a typed
// word matches a word of a row at its start, never inside it, and a word that is itself a word of
// the list must match a whole word (after particles and endings are taken off): Korean "log" finds
// "log" alone, with a particle or with the plural ending, and not "login", "logout" or "program",
// which hold the same syllables. While a word is still being typed (the first syllables of Korean
// "container" are no word of the list), it matches the words it begins. The Korean cases are in
// tests/unit/filter-match.test.ts. Rows whose task says
// the query best come first.
import { stemWord } from '../i18n/stem.ts';

export interface FilterRow {
  /** Words of the whole row (task, command, search terms). */
  words: Set<string>;
  /** Their stems. */
  stems: Set<string>;
  /** Stems of the row's task alone (empty when the row has no task). */
  taskStems: Set<string>;
  /** The task, normalized, for exact matches. */
  task: string;
}

const SPLIT = /[^\p{L}\p{N}]+/u;

export function filterNormalize(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      // `log in` is one word (login), as in the search (text.ts): `logs` must not find it.
      .replace(/\b(log|sign) (in|out)\b/g, '$1$2')
      .trim()
  );
}

export function filterWords(text: string): string[] {
  return filterNormalize(text).split(SPLIT).filter(Boolean);
}

export function filterRow(text: string, task = ''): FilterRow {
  const words = filterWords(`${text} ${task}`);
  return {
    words: new Set(words),
    stems: new Set(words.map(stemWord)),
    taskStems: new Set(filterWords(task).map(stemWord)),
    task: filterWords(task).join(' '),
  };
}

/** Every stem of every row: the words a query word must match whole. */
export function filterVocabulary(rows: Iterable<FilterRow>): Set<string> {
  const out = new Set<string>();
  for (const r of rows) for (const s of r.stems) out.add(s);
  return out;
}

/**
 * How well a row answers the query: 0 when some query word matches none of its words; more for
 * whole-word matches, matches in the task, and a task that is the query or starts with it.
 */
export function filterScore(row: FilterRow, query: string, vocabulary: Set<string>): number {
  const qs = filterWords(query).slice(0, 20);
  if (qs.length === 0) return 1;
  let score = 0;
  for (const q of qs) {
    const stem = stemWord(q);
    if (row.words.has(q) || row.stems.has(stem)) {
      score += row.taskStems.has(stem) ? 3 : 2;
    } else if (!vocabulary.has(stem) && !vocabulary.has(q) && [...row.words].some((w) => w.startsWith(q))) {
      score += 1;
    } else {
      return 0;
    }
  }
  const joined = qs.join(' ');
  if (row.task && row.task === joined) score += 10;
  else if (row.task && row.task.startsWith(joined)) score += 5;
  return score;
}
