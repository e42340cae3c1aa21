/**
 * Matching for the instruction table's type-to-filter box (runs in the browser; no DOM here).
 * Every word of the query must appear somewhere in the row's text, case-insensitively, so
 * a Korean word of its summary finds COPY.
 */
export function normalizeForFilter(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function matchesFilter(rowText: string, query: string): boolean {
  const haystack = normalizeForFilter(rowText);
  return normalizeForFilter(query)
    .split(' ')
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
