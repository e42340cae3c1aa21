// Judging a command line for one Docker release, on release facts handed in (so the
// browser can use a compact copy: gate.ts builds one from the full history). The validator accepts every flag the
// spec knows (the 28.2.2 help plus the 29.7.2 reference's additions); this gate runs after it and
// asks the release history (src/generated/release-history.json) whether the chosen release's
// reference lists each command and flag. A flag newer than the release is an error ("needs 28.1
// or newer"); one the release no longer documents is an error too, or a warning where the old form
// is known to be still accepted (replacements.ts), each with the fix.
import { compareLines } from '../cli-spec/release-history.ts';
import type { Diagnostic } from '../command/diagnostic.ts';
import { msg, type Message } from '../i18n/messages.ts';
import type { ParsedFlag, ValidationResult } from '../command/invocation.ts';
import { commandSlug } from '../routes.ts';
import { REPLACEMENTS, replacementFor } from './replacements.ts';
import { josa } from '../i18n/ko.ts';

/** The old flag a newer one replaced (`container-stop`, `timeout` -> `time`), or null. */
function replacedBy(slug: string, long: string): string | null {
  for (const [key, r] of Object.entries(REPLACEMENTS)) if (r.flag === long && key.startsWith(`${slug} --`)) return key.slice(slug.length + 3);
  return null;
}

/** When a command or flag is listed: first release line (absent = the oldest or earlier), first no longer, gaps. */
export interface Span {
  since?: string;
  removed?: string;
  gaps?: string[];
}

/** What the gate needs to know of docker/cli's release history. */
export interface ReleaseFacts {
  /** Release lines, oldest first. */
  lines: readonly string[];
  command(slug: string): Span | undefined;
  flag(slug: string, long: string): Span | undefined;
}

/** The facts in the compact form a page inlines: only commands and flags with a since, removed or gap. */
export interface CompactFacts {
  lines: string[];
  c: Record<string, { s?: string; r?: string; g?: string[]; f?: Record<string, { s?: string; r?: string; g?: string[] }> }>;
}

/** Facts from the compact form (the browser's copy). */
export function factsFromCompact(x: CompactFacts): ReleaseFacts {
  const span = (h: { s?: string; r?: string; g?: string[] } | undefined): Span | undefined => (h ? { ...(h.s ? { since: h.s } : {}), ...(h.r ? { removed: h.r } : {}), ...(h.g ? { gaps: h.g } : {}) } : undefined);
  return { lines: x.lines, command: (slug) => span(x.c[slug]), flag: (slug, long) => span(x.c[slug]?.f?.[long]) };
}

/** Whether the release's reference lists it. */
export function listedAt(facts: ReleaseFacts, h: Span, line: string): boolean {
  if (compareLines(line, h.since ?? (facts.lines[0] as string)) < 0) return false;
  if (h.removed && compareLines(line, h.removed) >= 0) return false;
  return !(h.gaps ?? []).includes(line);
}

export class ReleaseArgError extends Error {}

/**
 * A release as a user writes it (`27.5`, `27.5.1`, `v29.7`) -> its release line, or an error that
 * names the range the history covers.
 */
export function parseReleaseWith(facts: ReleaseFacts, text: string): string {
  const DOCKER_RELEASE_LINES = facts.lines;
  const OLDEST_DOCKER_LINE = facts.lines[0] as string;
  const NEWEST_DOCKER_LINE = facts.lines[facts.lines.length - 1] as string;
  const m = /^v?(\d{1,3})\.(\d{1,3})(?:\.\d{1,4})?$/.exec(text.trim());
  const range = `${OLDEST_DOCKER_LINE} … ${NEWEST_DOCKER_LINE}`;
  if (!m) throw new ReleaseArgError(`--docker-version needs a release as MAJOR.MINOR (e.g. ${NEWEST_DOCKER_LINE}), got ${JSON.stringify(text)}; the history covers ${range}`);
  const line = `${Number(m[1])}.${Number(m[2])}`;
  if (compareLines(line, OLDEST_DOCKER_LINE) < 0 || compareLines(line, NEWEST_DOCKER_LINE) > 0) throw new ReleaseArgError(`Docker ${line} is outside the release history (${range}); pick a release in that range`);
  if (!DOCKER_RELEASE_LINES.includes(line)) throw new ReleaseArgError(`Docker ${line} is not a release line (the history has ${DOCKER_RELEASE_LINES.join(', ')})`);
  return line;
}

const code = (s: string) => `\`${s}\``;

/** The line without the flag (and its value word), for the fix. */
function withoutFlag(input: string, f: ParsedFlag): string {
  const end = Math.max(f.word.end, f.valueWord.end);
  let start = f.word.start;
  let stop = end;
  if (input[stop] === ' ') stop++;
  else if (input[start - 1] === ' ') start--;
  return input.slice(0, start) + input.slice(stop);
}

function replaceFlag(input: string, f: ParsedFlag, to: string): string {
  const end = Math.max(f.word.end, f.valueWord.end);
  return input.slice(0, f.word.start) + to + input.slice(end);
}

/** What replaces an old flag occurrence in the line, or null to drop it. */
function replacementText(input: string, slug: string, f: ParsedFlag, newFlag: string): string | null {
  if (slug === 'container-commit' && f.flag.long === 'pause') {
    // `--pause=false` -> `--no-pause`; `--pause` / `--pause=true` pauses, which is the default.
    return /^(false|0|f|F|FALSE|False)$/.test(f.value) ? `--${newFlag}` : null;
  }
  if (f.flag.valueType === null) return `--${newFlag}`;
  const valueText = input.slice(f.valueStart, f.valueWord.end);
  return f.valueWord.start === f.word.start ? `--${newFlag}=${valueText}` : `--${newFlag} ${valueText}`;
}

function flagDiagnostic(facts: ReleaseFacts, input: string, slug: string, f: ParsedFlag, release: string): Diagnostic | null {
  const h = facts.flag(slug, f.flag.long);
  if (!h || listedAt(facts, h, release)) return null;
  const name = `--${f.flag.long}`;
  const span = { start: f.word.start, end: Math.max(f.word.end, f.valueWord.end) };
  if (h.since && compareLines(release, h.since) < 0) {
    // The flag it replaced, when that one is what this release documents (`--timeout` -> `--time` before 28.0).
    const old = replacedBy(slug, f.flag.long);
    const oldListed = old !== null && listedAt(facts, facts.flag(slug, old) ?? {}, release);
    const message: Message = oldListed && f.flag.long === 'no-pause'
      ? msg('release.needs-docker-newer-write', { name: code(name), since: h.since, release, value: code('--pause=false') })
      : oldListed
      ? msg('release.needs-docker-newer-calls', { name: code(name), since: h.since, release, value: code(`--${old}`) })
      : msg('release.needs-docker-newer-reference-does', { name: code(name), since: h.since, release });
    const suggestion = !oldListed ? withoutFlag(input, f) : f.flag.long === 'no-pause' ? replaceFlag(input, f, '--pause=false') : replaceFlag(input, f, replacementText(input, slug, f, old as string) as string);
    return { severity: 'error', code: 'flag-newer-than-release', message, ...span, suggestion };
  }
  const removed = h.removed ?? release;
  const r = replacementFor(slug, f.flag.long);
  const newFlag = r?.flag;
  const lead: Message = newFlag
    ? msg('release.was-replaced-by-docker-reference', { name: code(name), value: code(`--${newFlag}`), removed, release })
    : msg('release.was-removed-from-reference-docker', { name: code(name), removed, release });
  const message: Message = r ? msg('release.flagRemoved.advice', { lead, advice: r.advice }) : lead;
  let suggestion: string;
  if (newFlag) {
    const to = replacementText(input, slug, f, newFlag);
    suggestion = to === null ? withoutFlag(input, f) : replaceFlag(input, f, to);
  } else suggestion = withoutFlag(input, f);
  return { severity: r?.stillAccepted ? 'warning' : 'error', code: newFlag ? 'flag-replaced-in-release' : 'flag-removed-in-release', message, ...span, suggestion };
}

/**
 * The validator's result judged for Docker `release` (a line of the history, `27.5`): the
 * result's own diagnostics plus one per command or flag the release's reference does not list.
 * Plugin commands (buildx, compose) are versioned apart and pass unchanged.
 */
export function judgeWithFacts(facts: ReleaseFacts, result: ValidationResult, release: string): ValidationResult {
  if (!result.checked) return result;
  const extra: Diagnostic[] = [];
  for (const inv of result.invocations) {
    if (inv.command !== null && (inv.kind === 'command' || inv.kind === 'group')) {
      const slug = commandSlug(inv.command === '' ? [] : inv.command.split(' '));
      const ch = facts.command(slug);
      if (ch && !listedAt(facts, ch, release) && inv.pathWords.length > 0) {
        const first = inv.pathWords[0]!;
        const last = inv.pathWords[inv.pathWords.length - 1]!;
        const cmd = `docker ${inv.command}`;
        const r = replacementFor(slug);
        const newer = ch.since && compareLines(release, ch.since) < 0;
        const message: Message = newer
          ? msg('release.needs-docker-newer-reference-does-2', { cmd: code(cmd), since: ch.since ?? '', release })
          : r ? msg('release.commandRemoved.advice', { removed: msg('release.commandRemoved', { cmd: code(cmd), removed: ch.removed ?? '', release }), advice: r.advice }) : msg('release.commandRemoved', { cmd: code(cmd), removed: ch.removed ?? '', release });
        extra.push({ severity: 'error', code: newer ? 'command-newer-than-release' : 'command-removed-in-release', message, start: first.start, end: last.end });
      }
    }
    for (const f of inv.flags) {
      const slug = commandSlug(f.level.canonical === '' ? [] : f.level.canonical.split(' '));
      const d = flagDiagnostic(facts, result.input, slug, f, release);
      if (d) extra.push(d);
    }
  }
  if (extra.length === 0) return result;
  const diagnostics = [...result.diagnostics, ...extra].sort((a, b) => a.start - b.start || a.end - b.end);
  const fixes = extra.filter((d) => d.suggestion !== undefined);
  // The corrected line: the release's fix when it is the only one (fixes of several spans would need merging).
  const fixed = result.fixed ?? (fixes.length === 1 && result.diagnostics.every((d) => d.suggestion === undefined) ? fixes[0]!.suggestion : undefined);
  return { ...result, diagnostics, valid: result.checked && !diagnostics.some((d) => d.severity === 'error'), ...(fixed !== undefined ? { fixed } : {}) };
}
