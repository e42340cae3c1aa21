// The explain page's breakdown of a checked line: every token from the parse API
// (command/parse.ts), labelled and linked. Hrefs come from routes.ts; option descriptions come from
// the spec the validator context was built from, which the page fills with its language's texts
// (spec-slices.ts), so this module needs no catalog of its own and runs in the browser.
import type { Diagnostic } from '../command/diagnostic.ts';
import type { Message } from '../i18n/messages.ts';
import type { ParsedFlag, ParsedInvocation, ValidationResult } from '../command/invocation.ts';
import { messages } from '../command/messages.ts';
import type { Locale } from '../i18n/locales.ts';
import { commandHref } from '../routes.ts';
import { joinContinuations } from '../shell/continuation.ts';

export const VALUE_STATES = ['ok', 'error', 'warning', 'dynamic'] as const;
export type ValueState = (typeof VALUE_STATES)[number];

/** One labelled token of a docker command. */
export interface ExplainPart {
  kind: 'command' | 'flag' | 'unknown-flag' | 'argument' | 'container-command';
  /** The text as written (`-d`, `--name`, `nginx`, `run`). */
  text: string;
  start: number;
  end: number;
  /** Where it is documented: the command page, or the option's row (global options on the root page). */
  href?: string;
  /** Commands: `docker container run`; flags: `--detach`. */
  label?: string;
  /** Commands: the form typed when it is an alias (`docker run`). */
  alias?: string;
  /** Flags: the value as given, its span and what the checks said of it. */
  value?: string;
  valueState?: ValueState;
  /** A global option (before the command words; documented on the root page). */
  global?: boolean;
  /** Flags: the description; `descriptionEn` when it is the help's English on a Korean page. */
  description?: string;
  descriptionEn?: boolean;
  /** Arguments: the usage line's name (`IMAGE`, `COMMAND`, `ARG`). */
  name?: string;
}

/** A remark on the line that is not a diagnostic (the CLI accepts it). */
export interface ExplainNote {
  code: string;
  start: number;
  end: number;
  message: Message;
  /** The line rewritten as the note suggests. */
  suggestion?: string;
}

/** One simple command of the line (`a && b | c` has three). */
export interface ExplainSegment {
  kind: 'docker' | 'other';
  start: number;
  end: number;
  /** Its text as one line, for its heading: continuations joined (the one display rule), trimmed. */
  text: string;
  /** The operator that joins it to the previous one (`&&`, `|`, `;`), if any. */
  joiner: string | null;
  parts: ExplainPart[];
  notes: ExplainNote[];
}

/** Whether an option's description is English on this page (spec-slices.ts `english`). */
export type IsEnglish = (slug: string, long: string) => boolean;

/**
 * For each position of the line, how many positions before it an error (or a warning) covers:
 * a flag's value is then judged in constant time (a line with 30k flags stays linear).
 */
function coverage(length: number, diagnostics: Diagnostic[]): { error: Int32Array; warning: Int32Array } {
  const make = (sev: Diagnostic['severity']) => {
    const diff = new Int32Array(length + 2);
    for (const d of diagnostics) {
      if (d.severity !== sev || d.code === 'not-docker') continue;
      const s = Math.max(0, Math.min(d.start, length));
      const e = Math.max(s + 1, Math.min(d.end, length + 1));
      diff[s]! += 1;
      diff[e]! -= 1;
    }
    const prefix = new Int32Array(length + 2);
    let depth = 0;
    for (let i = 0; i <= length; i++) {
      depth += diff[i]!;
      prefix[i + 1] = prefix[i]! + (depth > 0 ? 1 : 0);
    }
    return prefix;
  };
  return { error: make('error'), warning: make('warning') };
}

function valueState(f: ParsedFlag, cov: ReturnType<typeof coverage>): ValueState {
  if (f.valueWord.dynamic) return 'dynamic';
  const s = f.valueStart;
  const e = Math.max(f.valueEnd, f.valueStart + 1);
  const hit = (p: Int32Array) => p[Math.min(e, p.length - 1)]! - p[Math.min(s, p.length - 1)]! > 0;
  return hit(cov.error) ? 'error' : hit(cov.warning) ? 'warning' : 'ok';
}

function flagPart(f: ParsedFlag, inv: ParsedInvocation, cov: ReturnType<typeof coverage>, lang: Locale, isEnglish: IsEnglish): ExplainPart {
  const owner = f.level.spec;
  const option = owner?.options.find((o) => o.long === f.flag.long);
  const global = f.level.canonical === '' && inv.node !== f.level;
  const part: ExplainPart = { kind: 'flag', text: f.written, start: f.word.start, end: f.valueWord.end, label: `--${f.flag.long}`, global: f.level.canonical === '' && (global || inv.kind === 'group') };
  // Only options the help lists have a row (hidden ones such as `--net` do not).
  if (owner && option) {
    part.href = commandHref(lang, owner.slug, f.flag.long);
    part.description = option.description;
    part.descriptionEn = lang !== 'en' && isEnglish(owner.slug, f.flag.long);
  }
  if (f.flag.valueType !== null) {
    part.value = f.value;
    part.valueState = valueState(f, cov);
  }
  return part;
}

/** The line with the word moved before the image (`docker run -d nginx`). */
function moveBefore(line: string, word: { start: number; end: number }, before: number): string {
  const text = line.slice(word.start, word.end);
  let end = word.end;
  while (end < line.length && (line[end] === ' ' || line[end] === '\t')) end++;
  const without = line.slice(0, word.start) + line.slice(end);
  // `(?<![ \t])`: the trailing run is tried once, from its start (`[ \t]+$` alone is quadratic).
  return `${without.slice(0, before)}${text} ${without.slice(before)}`.replace(/(?<![ \t])[ \t]+$/, '');
}

/**
 * Breaks a validated line into its commands and each command into labelled parts, in order:
 * the command words (linked, with the alias typed), each flag (linked to its row, its description
 * and whether its value passed), each argument named from the usage line, the container's own
 * command; commands that are not docker are marked as not checked.
 */
export function explainLine(result: ValidationResult, lang: Locale, isEnglish: IsEnglish): ExplainSegment[] {
  const line = result.input;
  const segments: ExplainSegment[] = [];
  const cov = coverage(line.length, result.diagnostics);
  const byStart = new Map(result.invocations.map((inv) => [inv.start, inv] as const));
  const ranges = [
    ...result.invocations.map((inv) => ({ start: inv.start, end: inv.end, inv })),
    ...result.unchecked.map((u) => ({ start: u.start, end: u.end, inv: null })),
  ].sort((a, b) => a.start - b.start);
  let prevEnd = -1;
  for (const r of ranges) {
    // The operator between two commands, on one line (`&& \` then a line break shows as `&&`).
    const joiner = prevEnd < 0 ? null : joinContinuations(line.slice(prevEnd, r.start)).trim() || null;
    const text = joinContinuations(line.slice(r.start, r.end)).trim();
    prevEnd = Math.max(prevEnd, r.end);
    const inv = r.inv ?? byStart.get(r.start) ?? null;
    if (!inv) {
      segments.push({ kind: 'other', start: r.start, end: r.end, text, joiner, parts: [], notes: [] });
      continue;
    }
    const parts: ExplainPart[] = [];
    const notes: ExplainNote[] = [];
    const spec = inv.node?.spec ?? null;
    if (inv.pathWords.length > 0 || inv.kind === 'group') {
      const first = inv.pathWords[0];
      const last = inv.pathWords[inv.pathWords.length - 1];
      const canonical = inv.command === null ? null : ['docker', ...(inv.command ? [inv.command] : [])].join(' ');
      const typed = inv.typed;
      if (first && last) {
        parts.push({
          kind: 'command',
          text: line.slice(first.start, last.end),
          start: first.start,
          end: last.end,
          ...(spec && inv.command !== null ? { href: commandHref(lang, spec.slug), label: canonical ?? typed } : {}),
          ...(canonical !== null && canonical !== typed && inv.kind !== 'help' ? { alias: typed } : {}),
        });
      }
    }
    for (const f of inv.flags) parts.push(flagPart(f, inv, cov, lang, isEnglish));
    for (const u of inv.unknownFlags) {
      parts.push({ kind: 'unknown-flag', text: u.word.value, start: u.word.start, end: (u.valueWord ?? u.word).end, ...(u.valueWord ? { value: u.valueWord.value, valueState: 'error' as const } : {}) });
    }
    const named = new Set(inv.positionals.map((p) => p.word));
    for (const p of inv.positionals) {
      parts.push({ kind: p.role === 'container-command' ? 'container-command' : 'argument', text: p.word.value, start: p.word.start, end: p.word.end, ...(p.name ? { name: p.name } : {}) });
    }
    // Arguments of a group or an unresolved command (`docker netowrk inspect web`).
    const absorbed = new Set(inv.unknownFlags.map((u) => u.valueWord));
    for (const a of inv.args) if (!named.has(a) && !absorbed.has(a)) parts.push({ kind: 'argument', text: a.value, start: a.start, end: a.end });
    // `docker run nginx -d`: the CLI passes `-d` on to the container; say so.
    const cc = inv.containerCommand;
    const node = inv.node;
    if (cc && node && cc.words[0]!.value.startsWith('-')) {
      const image = inv.positionals.find((p) => p.role === 'argument' && p.name !== null && p.word.end <= cc.start);
      for (const w of cc.words) {
        const v = w.value;
        if (!v.startsWith('-') || v === '-' || v === '--') continue;
        const name = v.startsWith('--') ? v.slice(2).split('=')[0]! : '';
        const flag = v.startsWith('--') ? node.flagsByLong.get(name) : [...v.slice(1)].every((c) => node.flagsByShort.has(c)) ? node.flagsByShort.get(v[1]!) : undefined;
        if (!flag) continue;
        notes.push({ code: 'flag-after-image', start: w.start, end: w.end, message: messages.flagAfterImage(v, flag.long), ...(image ? { suggestion: moveBefore(line, w, image.word.start) } : {}) });
        break;
      }
    }
    parts.sort((a, b) => a.start - b.start);
    segments.push({ kind: 'docker', start: r.start, end: r.end, text, joiner, parts, notes });
  }
  return segments;
}
