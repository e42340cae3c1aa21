import type { Locale } from '../i18n/locales.ts';
import type { ValidationResult } from './validate.ts';
import { msg, say } from '../i18n/messages.ts';
import { joinContinuations } from '../shell/continuation.ts';

/** Display columns of a character: Hangul, CJK and full-width forms take two. */
function charWidth(c: number): number {
  return (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
}

/** Control characters (C0, DEL, C1), lone carriage returns and bidi controls: never printed raw. */
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]|\r(?!\n)/g;

/**
 * Text safe for a terminal or a CI log: ESC, lone CR, other control characters and bidi controls
 * shown as `\x1b`, `\r`, `\u202e` (they could rewrite lines or reverse the message).
 */
export function escapeForTerminal(s: string): string {
  return s.replace(UNSAFE, (c) => {
    if (c === '\r') return '\\r';
    const n = c.charCodeAt(0);
    return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
  });
}

/**
 * One character as echoed: escaped like escapeForTerminal, a tab as spaces up to the next stop of
 * 8, so the caret line below lines up; returns the text and its display width.
 */
function shown(ch: string, column: number): [string, number] {
  if (ch === '\t') {
    const n = 8 - (column % 8);
    return [' '.repeat(n), n];
  }
  const e = escapeForTerminal(ch);
  if (e !== ch) return [e, e.length];
  return [ch, charWidth(ch.codePointAt(0) as number)];
}

/** Characters of context shown on each side of a span (the echo is bounded). */
const CONTEXT = 60;
/** The longest span underlined in full. */
const MAX_SPAN = 120;

/**
 * The physical line around `[start, end)`: at most CONTEXT characters each side, `…` where cut,
 * and the caret line under the span.
 */
function excerpt(input: string, start: number, end: number): [string, string] {
  const lineStart = input.lastIndexOf('\n', start - 1) + 1;
  const nl = input.indexOf('\n', start);
  const lineEnd = nl < 0 ? input.length : nl;
  const spanEnd = Math.min(Math.max(end, start), lineEnd, start + MAX_SPAN);
  const from = Math.max(lineStart, start - CONTEXT);
  const to = Math.min(lineEnd, spanEnd + CONTEXT);
  let text = from > lineStart ? '…' : '';
  let col = text.length;
  let pad = 0;
  let len = 0;
  for (let i = from; i < to; ) {
    const cp = input.codePointAt(i) as number;
    const ch = String.fromCodePoint(cp);
    const [out, w] = shown(ch, col);
    if (i < start) pad += w;
    else if (i < spanEnd) len += w;
    text += out;
    col += w;
    i += ch.length;
  }
  if (to < lineEnd) text += '…';
  return [text, `${' '.repeat(pad + (from > lineStart ? 1 : 0))}${'^'.repeat(Math.max(1, len))}${end > spanEnd && spanEnd < lineEnd ? '…' : ''}`];
}

const LABEL_KEYS = ['ok', 'bad', 'error', 'warning', 'fix', 'unchecked', 'notChecked'] as const;

/** The verdict's words in one language (content/messages, `verdict.*`). */
function labels(lang: Locale): Record<(typeof LABEL_KEYS)[number], string> {
  return Object.fromEntries(LABEL_KEYS.map((k) => [k, say(msg(`verdict.${k}`), lang)])) as Record<(typeof LABEL_KEYS)[number], string>;
}

/** The head line's echo of the input: continuations joined, escaped, at most this long. */
const MAX_HEAD = 200;

/**
 * The text-mode verdict for one command line: a status line, then each diagnostic with a window of
 * the line it points into and the span underlined with carets, then the corrected command once.
 * Output grows with the number of diagnostics, not with the line's length times it.
 */
export function renderVerdict(r: ValidationResult, lang: Locale, where: string | null): string {
  const L = labels(lang);
  const joined = joinContinuations(r.input);
  const echo = escapeForTerminal(joined.length > MAX_HEAD ? `${joined.slice(0, MAX_HEAD)}…` : joined);
  const status = r.valid ? `✓ ${L.ok}` : r.checked ? `✗ ${L.bad}` : `✗ ${L.notChecked}`;
  const out = [`${status}${where ? ` ${where}` : ''}: ${echo}`];
  for (const d of r.diagnostics) {
    out.push(`  ${d.severity === 'error' ? L.error : L.warning}[${d.code}]: ${escapeForTerminal(say(d.message, lang))}`);
    const [text, carets] = excerpt(r.input, d.start, d.end);
    out.push(`    ${text}`, `    ${carets}`);
  }
  if (r.fixed !== undefined) out.push(`  ${L.fix}: ${escapeForTerminal(r.fixed)}`);
  for (const u of r.unchecked) {
    const t = u.text.trim();
    out.push(`  ${L.unchecked}: ${escapeForTerminal(t.length > MAX_HEAD ? `${t.slice(0, MAX_HEAD)}…` : t)}`);
  }
  return out.join('\n');
}
