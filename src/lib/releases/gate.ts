// Judging a command line for one Docker release, with the full release history
// (src/generated/release-history.json): check-commands, check:content and the judge use this; the
// browser uses gate-core.ts with the compact facts `compactReleaseFacts()` gives.
import { commandHistory, DOCKER_RELEASE_LINES, flagHistory, NEWEST_DOCKER_LINE, OLDEST_DOCKER_LINE, releaseHistory } from '../cli-spec/history.ts';
import type { ValidationResult } from '../command/invocation.ts';
import { commandSlug } from '../routes.ts';
import { judgeWithFacts, parseReleaseWith, type CompactFacts, type ReleaseFacts, type Span } from './gate-core.ts';

export { DOCKER_RELEASE_LINES, NEWEST_DOCKER_LINE, OLDEST_DOCKER_LINE };
export { factsFromCompact, ReleaseArgError, type CompactFacts, type ReleaseFacts } from './gate-core.ts';

/** docker/cli's history as the gate reads it. */
export const dockerFacts: ReleaseFacts = {
  lines: DOCKER_RELEASE_LINES,
  command: (slug) => (projectIsDocker(slug) ? commandHistory(slug) : undefined),
  flag: (slug, long) => (projectIsDocker(slug) ? flagHistory(slug, long) : undefined),
};
/** Plugin commands (buildx, compose) are versioned apart from Docker and pass the gate unchanged. */
const projectIsDocker = (slug: string) => !/^(buildx|compose)(-|$)/.test(slug);

/** A release as a user writes it (`27.5`, `27.5.1`) -> its line; an error naming the range otherwise. */
export const parseRelease = (text: string): string => parseReleaseWith(dockerFacts, text);

/** The validator's result judged for Docker `release` (see gate-core.ts). */
export const judgeForRelease = (result: ValidationResult, release: string): ValidationResult => judgeWithFacts(dockerFacts, result, release);

/** The compact facts for the browser: only commands and flags with a since, removed or gap. */
export function compactReleaseFacts(): CompactFacts {
  const c: CompactFacts['c'] = {};
  const short = (h: Span) => ({ ...(h.since ? { s: h.since } : {}), ...(h.removed ? { r: h.removed } : {}), ...(h.gaps ? { g: h.gaps } : {}) });
  for (const [slug, h] of Object.entries(releaseHistory.docker.commands)) {
    const f: Record<string, { s?: string; r?: string; g?: string[] }> = {};
    for (const [long, fh] of Object.entries(h.flags)) if (fh.since || fh.removed || fh.gaps) f[long] = short(fh);
    const own = short(h);
    if (Object.keys(own).length || Object.keys(f).length) c[slug] = { ...own, ...(Object.keys(f).length ? { f } : {}) };
  }
  return { lines: [...DOCKER_RELEASE_LINES], c };
}

/**
 * The release an example on the site is judged for: the newest, except on the page of a command
 * the newest release no longer documents (`docker trust sign`), whose examples show its last release.
 */
export function judgeForSite(result: ValidationResult): ValidationResult {
  const newest = judgeForRelease(result, NEWEST_DOCKER_LINE);
  if (!newest.diagnostics.some((d) => d.code === 'command-removed-in-release')) return newest;
  const slug = result.command ? commandSlug(result.command.split(' ')) : '';
  const removed = commandHistory(slug)?.removed;
  if (!removed) return newest;
  const i = DOCKER_RELEASE_LINES.indexOf(removed);
  return i > 0 ? judgeForRelease(result, DOCKER_RELEASE_LINES[i - 1] as string) : newest;
}
