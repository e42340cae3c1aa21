// Release marks for command pages (DESIGN.md "Contracts"): an option row carries
// `data-since` (first release line whose reference lists the flag; absent = the oldest release of
// the history or earlier) and `data-removed` (first release line whose reference no longer lists
// it), read from the committed release history. Flags that are gone get rows in a separate
// "removed" table whose ids end in `flag-{long}` (`removed-flag-kernel-memory`).
import { commandHistory, projectOfSlug, releaseHistory, type Project } from '../cli-spec/history.ts';
import type { OptionSpec } from '../cli-spec/schema.ts';
import { replacementFor } from './replacements.ts';
import { msg, say } from '../i18n/messages.ts';
import type { Locale } from '../i18n/locales.ts';

export interface ReleaseMarks {
  project: Project;
  since?: string;
  removed?: string;
}

/** The marks of one flag of a command page (`container-run`, `use-api-socket`). */
export function flagMarks(slug: string, long: string): ReleaseMarks {
  const project = projectOfSlug(slug);
  const h = commandHistory(slug)?.flags[long];
  return { project, ...(h?.since ? { since: h.since } : {}), ...(h?.removed ? { removed: h.removed } : {}) };
}

/** The marks of a command (`trust-sign`: removed in 29.0). */
export function commandMarks(slug: string): ReleaseMarks {
  const project = projectOfSlug(slug);
  const h = commandHistory(slug);
  return { project, ...(h?.since ? { since: h.since } : {}), ...(h?.removed ? { removed: h.removed } : {}) };
}

/** The id of a removed flag's row: `removed-flag-kernel-memory`. */
export const removedRowId = (long: string): string => `removed-flag-${long}`;

/** Whether a flag of this command is gone from the newest reference (its row sits in the removed table). */
export function isRemovedFlag(slug: string, long: string): boolean {
  return flagMarks(slug, long).removed !== undefined;
}

/** The short visible mark: `since 28.1` (release.mark.since), `since buildx 0.31` for a plugin's flag. */
export function sinceLabel(m: ReleaseMarks, lang: Locale): string | null {
  if (!m.since) return null;
  const name = m.project === 'docker' ? m.since : `${m.project} ${m.since}`;
  return say(msg('release.mark.since', { name }), lang);
}

/** Worded to stay true: a reference says what a release documents, not what it still accepts. */
export function removedLabel(m: ReleaseMarks, lang: Locale): string | null {
  if (!m.removed) return null;
  const name = m.project === 'docker' ? m.removed : `${m.project} ${m.removed}`;
  return say(msg('release.mark.removed', { name }), lang);
}

export interface RemovedFlagRow {
  id: string;
  long: string;
  short: string | null;
  /** The type word the last release listing it printed (`bool` for a boolean). */
  type: string;
  marks: ReleaseMarks;
  /** What replaces it, when known (a flag name without dashes), and the advice in the page's language. */
  replacement?: string;
  advice?: string;
  /** The description the spec still has for it (the 28.2.2 help), when it has one. */
  option?: OptionSpec;
}

/**
 * Every flag of the command that a release since the oldest of the history listed and the newest
 * no longer does, in name order: the spec's own (from the 28.2.2 help) and those gone before it.
 */
export function removedFlagRows(slug: string, options: readonly OptionSpec[], lang: Locale): RemovedFlagRow[] {
  const h = commandHistory(slug);
  // A removed command's page keeps all its flags in its option table (with their marks).
  if (!h || h.removed) return [];
  const project = projectOfSlug(slug);
  const rows: RemovedFlagRow[] = [];
  for (const [long, f] of Object.entries(h.flags)) {
    if (!f.removed) continue;
    const last = [...(f.changes ?? [])].reverse();
    const type = last.find((c) => c.type !== undefined)?.type ?? f.type;
    const short = last.find((c) => c.short !== undefined)?.short ?? f.short;
    const r = replacementFor(slug, long);
    rows.push({
      id: removedRowId(long),
      long,
      short: short ?? null,
      type,
      marks: { project, ...(f.since ? { since: f.since } : {}), removed: f.removed },
      ...(r?.flag ? { replacement: r.flag } : {}),
      ...(r ? { advice: say(r.advice, lang) } : {}),
      ...(options.find((o) => o.long === long) ? { option: options.find((o) => o.long === long) } : {}),
    });
  }
  return rows.sort((a, b) => (a.long < b.long ? -1 : 1));
}

/** The releases the site documents, newest of each project: `Docker 29.7.2 · buildx 0.36.1 · compose 5.5.0`. */
export function documentedReleases(): { docker: string; buildx: string; compose: string } {
  const v = (p: Project) => releaseHistory[p].releases.at(-1)!.tag.replace(/^v/, '');
  return { docker: v('docker'), buildx: v('buildx'), compose: v('compose') };
}
