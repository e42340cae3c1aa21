/**
 * The committed release history (src/generated/release-history.json, written by
 * `npm run gen:history` from the upstream reference bundles) and what it says about one release:
 * which commands and flags its reference lists, with their types and defaults.
 */
import historyJson from '../../generated/release-history.json';
import { compareLines, listedIn, newestLine, type CommandHistory, type FlagHistory, type Project, type ProjectHistory, type ReleaseHistory } from './release-history.ts';

export type { CommandHistory, FlagHistory, Project, ProjectHistory, ReleaseHistory } from './release-history.ts';
export { compareLines, listedIn, newestLine } from './release-history.ts';

export const releaseHistory: ReleaseHistory = historyJson as unknown as ReleaseHistory;

/** The project whose reference describes a command slug (`buildx-…`, `compose-…`, else docker). */
export function projectOfSlug(slug: string): Project {
  if (slug === 'buildx' || slug.startsWith('buildx-')) return 'buildx';
  if (slug === 'compose' || slug.startsWith('compose-')) return 'compose';
  return 'docker';
}

export function commandHistory(slug: string): CommandHistory | undefined {
  return releaseHistory[projectOfSlug(slug)].commands[slug];
}

export function flagHistory(slug: string, long: string): FlagHistory | undefined {
  return commandHistory(slug)?.flags[long];
}

/** Release lines of docker/cli's history, oldest first: `23.0` … `29.7`. */
export const DOCKER_RELEASE_LINES: readonly string[] = releaseHistory.docker.releases.map((r) => r.line);
export const NEWEST_DOCKER_LINE: string = newestLine(releaseHistory.docker);
export const OLDEST_DOCKER_LINE: string = DOCKER_RELEASE_LINES[0] as string;

/** The tag (`v29.7.2`) each project's newest release line was read from. */
export const NEWEST_TAGS: Readonly<Record<Project, string>> = {
  docker: releaseHistory.docker.releases.at(-1)!.tag,
  buildx: releaseHistory.buildx.releases.at(-1)!.tag,
  compose: releaseHistory.compose.releases.at(-1)!.tag,
};

/** A flag's type, shorthand and default in release `line` (the history's changes applied in order). */
export function flagAt(h: FlagHistory, line: string): { type: string; short: string | null; default: string } {
  const out = { type: h.type, short: h.short, default: h.default };
  for (const c of h.changes ?? []) {
    if (compareLines(c.in, line) > 0) break;
    if (c.type !== undefined) out.type = c.type;
    if (c.short !== undefined) out.short = c.short;
    if (c.default !== undefined) out.default = c.default;
  }
  return out;
}

/** Every command of a project's reference at `line`, by slug, with the flags it lists then. */
export function referenceAt(project: Project, line: string): Map<string, Map<string, { type: string; short: string | null; default: string }>> {
  const p: ProjectHistory = releaseHistory[project];
  const out = new Map<string, Map<string, { type: string; short: string | null; default: string }>>();
  for (const [slug, c] of Object.entries(p.commands)) {
    if (!listedIn(c, line, p)) continue;
    const flags = new Map<string, { type: string; short: string | null; default: string }>();
    for (const [long, f] of Object.entries(c.flags)) if (listedIn(f, line, p)) flags.set(long, flagAt(f, line));
    out.set(slug, flags);
  }
  return out;
}
