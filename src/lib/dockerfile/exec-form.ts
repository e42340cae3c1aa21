/**
 * The exec form (`CMD ["nginx", "-g", "daemon off;"]`) must be a JSON array of strings. When the
 * text starts with `[` but is not valid JSON, the builder does not stop: it silently runs the whole
 * text as a shell command (`/bin/sh -c '["-d", "10]'`), which then fails when the container starts,
 * far from the typo. This module finds what is wrong and rebuilds the array the learner meant.
 * https://docs.docker.com/reference/dockerfile/#shell-and-exec-form
 */

export type ExecFormIssueKind =
  | 'missing-comma'
  | 'single-quotes'
  | 'unterminated-string'
  | 'unquoted-item'
  | 'extra-comma'
  | 'missing-bracket'
  | 'trailing-text'
  | 'not-strings';

export interface ExecFormIssue {
  kind: ExecFormIssueKind;
  /** Offset in the analysed text where the problem is. */
  offset: number;
}

export type ExecFormResult =
  | { kind: 'shell' }
  | { kind: 'exec'; items: string[] }
  | { kind: 'broken'; issues: ExecFormIssue[]; items: string[]; repaired: string | undefined };

/** `["a", "b"]` with the spacing the Docker docs use. */
export function formatExecForm(items: readonly string[]): string {
  return `[${items.map((item) => JSON.stringify(item)).join(', ')}]`;
}

/**
 * A shell command may itself start with `[`: `RUN [ -f /etc/os-release ] && ...` is the `test`
 * command. The builder tries JSON, fails, and runs it in the shell, which is what the writer
 * wanted. We treat `[` followed by a space and then anything but a quote as that case.
 */
function looksLikeTestCommand(text: string): boolean {
  return /^\[\s+[^\s"']/.test(text);
}

export function analyzeExecForm(text: string): ExecFormResult {
  const trimmed = text.trim();
  if (!trimmed.startsWith('[') || looksLikeTestCommand(trimmed)) return { kind: 'shell' };
  const lead = text.indexOf('[');
  try {
    const parsed: unknown = JSON.parse(trimmed);
    if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')) {
      return { kind: 'exec', items: parsed as string[] };
    }
    // The builder rejects a JSON array of non-strings outright ("not a string array").
    // Numbers and booleans have an obvious string form; nested arrays and objects do not, so they
    // get no suggestion (`["a", ["b", ["c"]]]` is not `["a", "b,c"]`).
    const scalar = Array.isArray(parsed) && parsed.every((item) => item === null || typeof item !== 'object');
    const items = Array.isArray(parsed) ? parsed.map((item) => (typeof item === 'object' && item !== null ? JSON.stringify(item) : String(item))) : [];
    return { kind: 'broken', issues: [{ kind: 'not-strings', offset: lead }], items, repaired: scalar ? formatExecForm(items) : undefined };
  } catch {
    return scanLeniently(text, lead);
  }
}

/** Reads a broken array the way a person would, noting each departure from JSON. */
function scanLeniently(text: string, open: number): ExecFormResult {
  const issues: ExecFormIssue[] = [];
  const items: string[] = [];
  const n = text.length;
  let i = open + 1;
  let lastWasItem = false;
  let closed = false;
  let lastComma = -1;
  while (i < n) {
    const c = text[i] ?? '';
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === ']') {
      if (!lastWasItem && lastComma !== -1) issues.push({ kind: 'extra-comma', offset: lastComma });
      closed = true;
      i++;
      break;
    }
    if (c === ',') {
      if (!lastWasItem) issues.push({ kind: 'extra-comma', offset: i });
      lastWasItem = false;
      lastComma = i;
      i++;
      continue;
    }
    if (lastWasItem) issues.push({ kind: 'missing-comma', offset: i });
    if (c === '"' || c === "'") {
      if (c === "'") issues.push({ kind: 'single-quotes', offset: i });
      let j = i + 1;
      // Slices between escapes, joined once (one character at a time built a chain of a million
      // strings for a 1 MB item).
      const parts: string[] = [];
      let run = j;
      while (j < n && text[j] !== c) {
        if (text[j] === '\\' && j + 1 < n) {
          const next = text[j + 1] ?? '';
          if (j > run) parts.push(text.slice(run, j));
          parts.push(next === 'n' ? '\n' : next === 't' ? '\t' : next);
          j += 2;
          run = j;
        } else {
          j++;
        }
      }
      if (j > run) parts.push(text.slice(run, Math.min(j, n)));
      const value = parts.join('');
      if (j >= n) {
        issues.push({ kind: 'unterminated-string', offset: i });
        // The classic slip is `"10]`: the closing quote is missing, so the bracket was swallowed.
        const body = value.trimEnd();
        if (body.endsWith(']')) {
          items.push(body.slice(0, -1));
          closed = true;
        } else {
          items.push(value);
        }
        i = n;
        break;
      }
      items.push(value);
      lastWasItem = true;
      i = j + 1;
      continue;
    }
    let j = i;
    while (j < n && !/[\s,\]]/.test(text[j] ?? '')) j++;
    issues.push({ kind: 'unquoted-item', offset: i });
    items.push(text.slice(i, j));
    lastWasItem = true;
    i = j;
  }
  if (!closed) issues.push({ kind: 'missing-bracket', offset: n });
  else {
    while (i < n && /\s/.test(text[i] ?? '')) i++;
    if (i < n) issues.push({ kind: 'trailing-text', offset: i });
  }
  const trailing = issues.some((issue) => issue.kind === 'trailing-text');
  // After trailing text we cannot know what was meant, so no repair is offered.
  return { kind: 'broken', issues, items, repaired: trailing ? undefined : formatExecForm(items) };
}
