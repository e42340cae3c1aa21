// The fenced code blocks of a Markdown or MDX text, found line by line with CommonMark's rules
// for what can hold a fence: block quotes (`>`), list items (their content indentation), HTML
// blocks (a fence inside `<!-- … -->` or `<pre>` is not a fence; MDX has no HTML blocks) and
// indented code (four spaces: never a fence). A fence opens with three or more backticks or
// tildes indented at most three spaces (backtick fences take no backtick in the info string),
// closes with at least as many of the same character and nothing else, and otherwise runs to the
// end of its container. One pass, constant work per character, and only the blocks are kept:
// memory stays a small multiple of the fenced text (a full Markdown parse holds a token tree of
// about fifteen times the input). tests/unit/check-fences.test.ts compares it with markdown-it.

export interface Fence {
  /** The info string, trimmed. */
  info: string;
  /** 0-based index of the opening fence's line. */
  openLine: number;
  /** The content lines: text without container markers and fence indentation, and where it starts. */
  lines: Array<{ text: string; index: number; column: number }>;
}

type Container = { kind: 'quote' } | { kind: 'item'; indent: number };

interface Open {
  char: string;
  length: number;
  indent: number;
  depth: number;
  fence: Fence;
}

/** Block-level HTML tags (CommonMark's type 6 list). */
const BLOCK_TAGS = new Set('address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul'.split(' '));
const HTML_1 = /^<(?:pre|script|style|textarea)(?:\s|>|$)/i;
const HTML_1_END = /<\/(?:pre|script|style|textarea)>/i;
const HTML_6 = /^<\/?([A-Za-z][A-Za-z0-9-]*)(?:\s|\/?>|$)/;
const HTML_7 = /^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)\s*$/;
const THEMATIC = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const LIST_MARKER = /^(?:[-+*]|(\d{1,9})[.)])(?=[ \t]|$)/;

/** Columns of leading whitespace from `pos` (tabs to the next multiple of 4), and where it ends. */
function indentAt(s: string, pos: number, col: number): { width: number; end: number } {
  let c = col;
  let i = pos;
  for (; i < s.length; i++) {
    if (s[i] === ' ') c++;
    else if (s[i] === '\t') c += 4 - (c % 4);
    else break;
  }
  return { width: c - col, end: i };
}

/**
 * Skips up to `max` columns of leading whitespace; returns the new position and column. A tab
 * only partly skipped stays at `pos` (`partial`): the columns left of it count from `col`, as
 * CommonMark's virtual spaces do.
 */
function skipColumns(s: string, pos: number, col: number, max: number): { pos: number; col: number; partial: boolean } {
  let c = col;
  let i = pos;
  while (i < s.length && c - col < max) {
    if (s[i] === ' ') c++;
    else if (s[i] === '\t') {
      const w = 4 - (c % 4);
      if (c - col + w > max) return { pos: i, col: col + max, partial: true };
      c += w;
    } else break;
    i++;
  }
  return { pos: i, col: c, partial: false };
}

/** The end condition of the HTML block `rest` starts, if it starts one (type 7 cannot interrupt a paragraph). */
function htmlEnd(rest: string, paragraph: boolean): 'blank' | RegExp | null {
  if (HTML_1.test(rest)) return HTML_1_END;
  if (rest.startsWith('<!--')) return /-->/;
  if (rest.startsWith('<?')) return /\?>/;
  if (rest.startsWith('<![CDATA[')) return /\]\]>/;
  if (/^<![A-Za-z]/.test(rest)) return />/;
  if (BLOCK_TAGS.has((HTML_6.exec(rest)?.[1] ?? '').toLowerCase())) return 'blank';
  if (!paragraph && HTML_7.test(rest)) return 'blank';
  return null;
}

/** `rest` is a closing fence: at least `length` of `char`, then only spaces and tabs. */
function closes(rest: string, char: string, length: number): boolean {
  let i = 0;
  while (rest[i] === char) i++;
  if (i < length) return false;
  for (; i < rest.length; i++) if (rest[i] !== ' ' && rest[i] !== '\t') return false;
  return true;
}

/** The line (from `pos`) starts a block that interrupts a paragraph: then it is no lazy continuation. */
function startsBlock(raw: string, pos: number, col: number, mdx: boolean): boolean {
  const ind = indentAt(raw, pos, col);
  if (ind.width > 3) return false;
  const rest = raw.slice(ind.end);
  if (/^(?:>|~{3,}|#{1,6}(?:[ \t]|$))/.test(rest) || /^`{3,}[^`]*$/.test(rest) || THEMATIC.test(rest.trimEnd())) return true;
  if (!mdx && rest.startsWith('<') && htmlEnd(rest, true) !== null) return true;
  const m = LIST_MARKER.exec(rest);
  return m !== null && /\S/.test(rest.slice(m[0].length)) && (m[1] === undefined || m[1] === '1');
}

/** Every fenced code block of `text`, in order. `mdx`: no HTML blocks (MDX reads JSX instead). */
export function* findFences(text: string, mdx = false): Generator<Fence> {
  const containers: Container[] = [];
  let open: Open | null = null;
  // An HTML block: its end condition, and the container depth it lives at.
  let html: { end: 'blank' | RegExp; depth: number } | null = null;
  let paragraph = false;
  let lineStart = 0;
  for (let index = 0; lineStart < text.length; index++) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const raw = text.charCodeAt(lineEnd - 1) === 13 ? text.slice(lineStart, lineEnd - 1) : text.slice(lineStart, lineEnd);
    const last = lineEnd >= text.length;
    lineStart = lineEnd + 1;

    // 1. The open containers this line continues.
    let pos = 0;
    let col = 0;
    let partialAt = -1;
    let matched = 0;
    const blank = /^[ \t]*$/.test(raw);
    for (; matched < containers.length; matched++) {
      const c = containers[matched] as Container;
      if (c.kind === 'quote') {
        const ind = indentAt(raw, pos, col);
        if (ind.width > 3 || raw[ind.end] !== '>') break;
        pos = ind.end + 1;
        col += ind.width + 1;
        if (raw[pos] === ' ' || raw[pos] === '\t') {
          const s = skipColumns(raw, pos, col, 1);
          pos = s.pos;
          col = s.col;
          if (s.partial) partialAt = s.pos;
        }
      } else {
        if (blank) continue;
        const ind = indentAt(raw, pos, col);
        if (ind.width < c.indent) break;
        const s = skipColumns(raw, pos, col, c.indent);
        pos = s.pos;
        col = s.col;
        if (s.partial) partialAt = s.pos;
      }
    }

    // 2. Inside a fence: its end, the end of its container, or a content line.
    if (open) {
      if (matched < open.depth) {
        yield open.fence;
        open = null;
        containers.length = matched;
      } else {
        const ind = indentAt(raw, pos, col);
        const rest = raw.slice(ind.end);
        if (ind.width <= 3 && closes(rest, open.char, open.length)) {
          yield open.fence;
          open = null;
          paragraph = false;
        } else {
          const s = skipColumns(raw, pos, col, open.indent);
          // A tab only partly inside the indentation leaves its other columns as spaces.
          const partial = s.partial || (raw[s.pos] === '\t' && partialAt === s.pos);
          open.fence.lines.push({ text: partial ? ' '.repeat(4 - (s.col % 4)) + raw.slice(s.pos + 1) : raw.slice(s.pos), index, column: s.pos });
        }
        if (last) break;
        continue;
      }
    }

    // 3. Outside a fence: containers not continued close (lazy paragraph lines aside).
    if (matched < containers.length) {
      if (paragraph && !blank && !startsBlock(raw, pos, col, mdx)) {
        // A lazy continuation line of a paragraph keeps every container open.
        if (last) break;
        continue;
      }
      containers.length = matched;
      if (html && html.depth > matched) html = null;
    }
    if (html) {
      if (html.end === 'blank' ? blank : html.end.test(raw.slice(pos))) html = null;
      paragraph = false;
      if (last) break;
      continue;
    }
    if (blank) {
      paragraph = false;
      if (last) break;
      continue;
    }

    // 4. New containers: block quotes and list items, as many as the line opens.
    for (;;) {
      const ind = indentAt(raw, pos, col);
      if (ind.width > 3) break;
      const at = ind.end;
      if (raw[at] === '>') {
        containers.push({ kind: 'quote' });
        pos = at + 1;
        col += ind.width + 1;
        if (raw[pos] === ' ' || raw[pos] === '\t') {
          const s = skipColumns(raw, pos, col, 1);
          pos = s.pos;
          col = s.col;
          if (s.partial) partialAt = s.pos;
        }
        paragraph = false;
        continue;
      }
      const rest = raw.slice(at);
      if (THEMATIC.test(rest.trimEnd())) break;
      const m = LIST_MARKER.exec(rest);
      if (!m) break;
      const after = indentAt(raw, at + m[0].length, col + ind.width + m[0].length);
      const emptyItem = after.end >= raw.length;
      // An item interrupts a paragraph only if it has content and, when ordered, starts at 1.
      if (paragraph && (emptyItem || (m[1] !== undefined && m[1] !== '1'))) break;
      const spaces = emptyItem || after.width > 4 ? 1 : after.width;
      containers.push({ kind: 'item', indent: ind.width + m[0].length + spaces });
      const s = skipColumns(raw, at + m[0].length, col + ind.width + m[0].length, spaces);
      pos = s.pos;
      col = s.col;
      if (s.partial) partialAt = s.pos;
      paragraph = false;
      if (emptyItem) break;
    }

    // 5. A fence, an HTML block, indented code, or text.
    const ind = indentAt(raw, pos, col);
    const rest = raw.slice(ind.end);
    if (ind.width <= 3) {
      // A run of three or more backticks or tildes, then the info string (no regex: linear).
      const char = rest[0];
      let run = 0;
      while (run < rest.length && rest[run] === char) run++;
      const info = rest.slice(run);
      if ((char === '`' || char === '~') && run >= 3 && !(char === '`' && info.includes('`'))) {
        open = { char, length: run, indent: ind.width, depth: containers.length, fence: { info: info.trim(), openLine: index, lines: [] } };
        paragraph = false;
        if (last) break;
        continue;
      }
      if (!mdx && rest.startsWith('<')) {
        const end = htmlEnd(rest, paragraph);
        if (end) {
          // Types 1-5 may end on their first line.
          html = end !== 'blank' && end.test(rest.slice(1)) ? null : { end, depth: containers.length };
          paragraph = false;
          if (last) break;
          continue;
        }
      }
      paragraph = !/^#{1,6}(?:[ \t]|$)/.test(rest) && !THEMATIC.test(rest.trimEnd());
    } else if (!paragraph) {
      // Indented code: its lines are never fences.
    }
    if (last) break;
  }
  if (open) yield open.fence;
}
