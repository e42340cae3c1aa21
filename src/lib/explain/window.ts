// The part of a command line the explain page draws under a diagnostic: the span and a little
// context around it on its own physical line, never the whole line. Each of up to 200 diagnostics
// drew its whole line, so a 60k-character paste blocked the page for 11 s.

export interface SpanWindow {
  /** Text before the span (on the span's physical line), at most `context` characters. */
  before: string;
  /** The span itself, cut to `maxMark` characters. */
  mark: string;
  /** Text after the span, at most `context` characters. */
  after: string;
  /** Text was left out before `before`, inside `mark`, after `after`: draw an ellipsis there. */
  cutBefore: boolean;
  cutMark: boolean;
  cutAfter: boolean;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Moves a cut off the middle of a surrogate pair (towards `dir`). */
function clean(s: string, at: number, dir: -1 | 1): number {
  if (at > 0 && at < s.length && isHigh(s.charCodeAt(at - 1)) && isLow(s.charCodeAt(at))) return at + dir;
  return at;
}

/**
 * The window around `[start, end)` of `line`: the physical line is found by looking at most
 * `context` characters each way, so the cost does not depend on the line's length.
 */
export function spanWindow(line: string, start: number, end: number, context = 40, maxMark = 120): SpanWindow {
  /** The first line break in `[from, to)`, or -1 (bounded: never past `to`). */
  const breakIn = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (line.charCodeAt(i) === 10) return i;
    return -1;
  };
  /** The last line break in `[from, to)`, or -1. */
  const lastBreakIn = (from: number, to: number) => {
    for (let i = to - 1; i >= from; i--) if (line.charCodeAt(i) === 10) return i;
    return -1;
  };
  const s = Math.max(0, Math.min(start, line.length));
  let e = Math.max(s, Math.min(Math.max(end, start + 1), line.length));
  let markEnd = Math.min(e, s + maxMark);
  // A span that runs onto the next physical line is drawn up to the line break.
  const nlIn = breakIn(s, markEnd);
  if (nlIn >= 0) e = markEnd = nlIn;
  const cutMark = markEnd < e;
  if (cutMark) markEnd = clean(line, markEnd, -1);
  // Context: up to `context` characters, stopping at a line break.
  let from = clean(line, Math.max(0, s - context), 1);
  const nlBefore = lastBreakIn(from, s);
  if (nlBefore >= 0) from = nlBefore + 1;
  let to = clean(line, Math.min(line.length, e + context), -1);
  const nlAfter = breakIn(e, to);
  if (nlAfter >= 0) to = nlAfter;
  return {
    before: line.slice(from, s),
    mark: line.slice(s, markEnd),
    after: line.slice(e, to),
    cutBefore: from > 0 && line[from - 1] !== '\n',
    cutMark,
    cutAfter: to < line.length && line[to] !== '\n',
  };
}
