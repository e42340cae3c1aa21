// Placeholders in documentation commands: `<image>`, `<container name>`, `...`. They are not
// mistakes of the writer, so `dockref check` reports them as information and checks the rest of
// the line with each placeholder replaced by a neutral word of the same length (spans stay put);
// a diagnostic that touches a placeholder is dropped. One pass, linear in the line.

export interface Span {
  start: number;
  end: number;
}

/** Characters a `<placeholder>` may hold between its angle brackets. */
const INNER = /[\w.:/@ -]/;
/** The longest `<placeholder>` looked for (keeps the scan linear). */
const MAX_INNER = 40;

const isSpace = (c: string | undefined) => c === undefined || c === ' ' || c === '\t' || c === '\n';

/** The placeholder spans outside quotes, in order. */
export function findPlaceholders(text: string): Span[] {
  const out: Span[] = [];
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quote) {
      if (c === quote) quote = '';
      else if (c === '\\' && quote === '"') i++;
      continue;
    }
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === "'" || c === '"') {
      quote = c;
      continue;
    }
    if (c === '<' && text[i - 1] !== '<' && /[A-Za-z]/.test(text[i + 1] ?? '')) {
      let j = i + 1;
      while (j < text.length && j - i <= MAX_INNER && INNER.test(text[j] as string)) j++;
      if (text[j] === '>' && text[j - 1] !== ' ') {
        out.push({ start: i, end: j + 1 });
        i = j;
      }
      continue;
    }
    if ((c === '.' && text.startsWith('...', i)) || c === '…') {
      const end = c === '…' ? i + 1 : i + 3;
      if (isSpace(text[i - 1]) && (isSpace(text[end]) || text[end] === '\\')) {
        out.push({ start: i, end });
        i = end - 1;
      }
    }
  }
  return out;
}

/** The text with each placeholder replaced by `x`s of the same length. */
export function fillPlaceholders(text: string, spans: readonly Span[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const s of spans) {
    parts.push(text.slice(at, s.start), 'x'.repeat(s.end - s.start));
    at = s.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
