import type { UsageArg, UsageForm } from './schema.ts';

/** Thrown when a usage line does not follow the grammar the Docker CLI uses; names the column. */
export class UsageParseError extends Error {
  constructor(
    readonly usage: string,
    /** 0-based column in the usage line. */
    readonly column: number,
    message: string,
  ) {
    super(`usage ${JSON.stringify(usage)}, column ${column + 1}: ${message}`);
  }
}

const COMMAND_WORD = /^[a-z][a-z0-9-]*$/;

/**
 * Parses one usage form as printed after `Usage:` (`docker container run [OPTIONS] IMAGE [COMMAND] [ARG...]`).
 *
 * The grammar, as the Docker CLI writes it:
 * - `docker` then the command words (lower case);
 * - `[OPTIONS]` or `OPTIONS` marks that flags are accepted;
 * - each other whitespace-separated element is a positional argument. Brackets that wrap the
 *   whole element make it optional (`[COMMAND]`); brackets inside a word do not (`SOURCE_IMAGE[:TAG]`,
 *   `NAME[:TAG|@DIGEST]`). A trailing `...` makes it repeatable (`[ARG...]`);
 * - `|` at bracket depth 0 separates alternatives, with or without spaces around it
 *   (`PATH | URL | -`, `DEST_PATH|-`, `(worker|manager)`).
 */
export function parseUsage(line: string): UsageForm {
  const text = line.trim();
  const elements = splitElements(text);
  if (elements[0]?.text !== 'docker') throw new UsageParseError(text, 0, 'a usage form must start with "docker"');
  let k = 1;
  const path: string[] = [];
  for (; k < elements.length && COMMAND_WORD.test(elements[k]?.text ?? ''); k++) path.push(elements[k]?.text ?? '');
  let acceptsOptions = false;
  const args: UsageArg[] = [];
  for (; k < elements.length; k++) {
    const el = elements[k];
    if (!el) continue;
    if (el.text === '[OPTIONS]' || el.text === 'OPTIONS') {
      acceptsOptions = true;
      continue;
    }
    args.push(toArg(text, el));
  }
  const minArgs = args.filter((a) => !a.optional).length;
  const maxArgs = args.some((a) => a.repeated) ? null : args.length;
  return { text, path: ['docker', ...path], acceptsOptions, args, minArgs, maxArgs };
}

interface Element {
  text: string;
  column: number;
}

/** Splits at whitespace outside brackets, and glues `A | B` (spaced alternatives) into one element. */
function splitElements(text: string): Element[] {
  const raw: Element[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (ch === undefined || (/\s/.test(ch) && depth === 0)) {
      if (start >= 0) raw.push({ text: text.slice(start, i), column: start });
      start = -1;
      continue;
    }
    if (start < 0) start = i;
    if (ch === '[' || ch === '(') depth++;
    if (ch === ']' || ch === ')') {
      depth--;
      if (depth < 0) throw new UsageParseError(text, i, `unbalanced "${ch}"; the usage grammar needs matching brackets`);
    }
  }
  if (depth !== 0) throw new UsageParseError(text, text.length, 'a bracket is not closed');
  const out: Element[] = [];
  for (let i = 0; i < raw.length; i++) {
    const el = raw[i];
    if (!el) continue;
    if (el.text === '|') {
      const prev = out.pop();
      const next = raw[i + 1];
      if (!prev || !next) throw new UsageParseError(text, el.column, '"|" needs an alternative on each side');
      out.push({ text: text.slice(prev.column, next.column + next.text.length), column: prev.column });
      i++;
      continue;
    }
    out.push(el);
  }
  return out;
}

function toArg(usage: string, el: Element): UsageArg {
  let body = el.text;
  let optional = false;
  if (body.startsWith('[') && matchingClose(body, 0) === body.length - 1) {
    optional = true;
    body = body.slice(1, -1);
  }
  let repeated = false;
  if (body.endsWith('...')) {
    repeated = true;
    body = body.slice(0, -3);
  }
  if (body === '') throw new UsageParseError(usage, el.column, `empty argument ${JSON.stringify(el.text)}`);
  // `(worker|manager)`: the parentheses only group the alternatives.
  const inner = body.startsWith('(') && matchingClose(body, 0) === body.length - 1 ? body.slice(1, -1) : body;
  const alternatives = splitTopLevel(inner, '|').map((a) => a.trim());
  if (alternatives.some((a) => a === '')) throw new UsageParseError(usage, el.column, `an alternative in ${JSON.stringify(el.text)} is empty`);
  return { text: body, alternatives, optional, repeated };
}

/** Index of the bracket closing the one at `open`, or -1. */
function matchingClose(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const ch = s[i];
    if (ch === '[' || ch === '(') depth++;
    else if (ch === ']' || ch === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function splitTopLevel(s: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '[' || ch === '(') depth++;
    else if (ch === ']' || ch === ')') depth--;
    else if (ch === sep && depth === 0) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}
