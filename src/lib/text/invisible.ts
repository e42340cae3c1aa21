/**
 * Characters that hide or reorder what a reader sees: zero-width characters, bidirectional
 * controls, the soft hyphen, the line and paragraph separators (U+2028, U+2029: an editor may
 * break the line there while the shell and the builder do not) and the Unicode tag characters
 * (U+E0000–U+E007F, invisible letters that can smuggle text). Shared by both checkers so they flag
 * the same set. A byte order mark is included; callers decide whether a leading one is allowed.
 */
export const INVISIBLE_SOURCE = '[\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff\\u{e0000}-\\u{e007f}]';

/** Every invisible character of a text (global, Unicode mode: a tag character is one match of two code units). */
export const INVISIBLE_G = new RegExp(INVISIBLE_SOURCE, 'gu');

const NAMES: Record<string, string> = {
  '\u2028': 'line separator',
  '\u2029': 'paragraph separator',
};

/** A name for an invisible character that has no entry in a caller's table (`tag character A`). */
export function invisibleName(ch: string): string {
  const cp = ch.codePointAt(0) as number;
  if (cp >= 0xe0020 && cp <= 0xe007e) return `tag character ${String.fromCharCode(cp - 0xe0000)}`;
  if (cp >= 0xe0000 && cp <= 0xe007f) return 'tag character';
  return NAMES[ch] ?? '';
}
