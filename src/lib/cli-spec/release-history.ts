// The release history of the Docker CLI, buildx and compose references: per command
// and per flag, the first release line whose reference lists it, the first that no longer does,
// and every change of its type or default, each fact with its source (tag and file). Built by
// scripts/gen-history.ts from the upstream history bundles into src/generated/release-history.json;
// this module holds the pure computation (tested with fixtures) and the reading helpers.

export type Project = 'docker' | 'buildx' | 'compose';

/** What one release's reference says about one flag. */
export interface FlagFact {
  short: string | null;
  /** The type word as printed (`bool` for a boolean flag). */
  type: string;
  /** The default as printed ('' when none). */
  default: string;
  /** The page's generator did not print this flag's default (23.0-24.0 left boolean flags' type and default cells empty). */
  defaultUnknown?: boolean;
}

/** What one release's reference says about one command. */
export interface CommandFact {
  /** The page's file, relative to the project's reference folder. */
  file: string;
  path: string[];
  flags: Map<string, FlagFact>;
}

/** One release: its line (`28.1`), its tag (`v28.1.1`) and its commands by slug. */
export interface ReleaseSnapshot {
  line: string;
  tag: string;
  commands: Map<string, CommandFact>;
}

/** `tag:file`, the source of a fact. */
export type Source = string;

export interface FlagChange {
  /** The release line the change appears in. */
  in: string;
  type?: string;
  default?: string;
  short?: string | null;
  src: Source;
}

export interface FlagHistory {
  /** First release line listing it; absent when the first release of the history does. */
  since?: string;
  sinceSrc?: Source;
  /** First release line after the last one listing it; absent when the newest release lists it. */
  removed?: string;
  removedSrc?: Source;
  /** Type, shorthand and default in the first release listing it. */
  type: string;
  short: string | null;
  default: string;
  /** Release lines between since and removed whose reference does not list it (rare). */
  gaps?: string[];
  changes?: FlagChange[];
}

export interface CommandHistory {
  path: string[];
  since?: string;
  sinceSrc?: Source;
  removed?: string;
  removedSrc?: Source;
  gaps?: string[];
  flags: Record<string, FlagHistory>;
}

export interface ProjectHistory {
  /** Folder of the reference pages inside each tag. */
  folder: string;
  /** Release lines oldest first, with the tag each was read from. */
  releases: Array<{ line: string; tag: string }>;
  commands: Record<string, CommandHistory>;
}

export interface ReleaseHistory {
  $generated: string;
  docker: ProjectHistory;
  buildx: ProjectHistory;
  compose: ProjectHistory;
}

/** `v29.7.2` -> `29.7`; `v0.36.1` -> `0.36`. */
export function releaseLine(tag: string): string {
  const m = /^v?(\d+)\.(\d+)(?:\.\d+)?/.exec(tag);
  if (!m) throw new Error(`"${tag}" is not a release tag (vMAJOR.MINOR.PATCH)`);
  return `${m[1]}.${m[2]}`;
}

/** Orders release lines numerically: 9.0 < 23.0 < 28.10. */
export function compareLines(a: string, b: string): number {
  const [a1, a2] = a.split('.').map(Number) as [number, number];
  const [b1, b2] = b.split('.').map(Number) as [number, number];
  return a1 - b1 || a2 - b2;
}

const src = (r: ReleaseSnapshot, file: string): Source => `${r.tag}:${file}`;

/** Presence of something over the releases -> since, removed and gaps, with their sources. */
function span(releases: ReleaseSnapshot[], present: boolean[], fileAt: (i: number) => string) {
  const first = present.indexOf(true);
  const last = present.lastIndexOf(true);
  const out: { since?: string; sinceSrc?: Source; removed?: string; removedSrc?: Source; gaps?: string[] } = {};
  if (first > 0) {
    out.since = releases[first]!.line;
    out.sinceSrc = src(releases[first]!, fileAt(first));
  }
  if (last < releases.length - 1) {
    out.removed = releases[last + 1]!.line;
    out.removedSrc = src(releases[last + 1]!, fileAt(last + 1));
  }
  const gaps: string[] = [];
  for (let i = first; i <= last; i++) if (!present[i]) gaps.push(releases[i]!.line);
  if (gaps.length) out.gaps = gaps;
  return out;
}

/**
 * The history of one project from its releases (oldest first). A removal's source is the command's
 * page in the first release without the flag, or, when the whole page is gone, the folder
 * (`v29.0.4:` + the last file name it had).
 */
export function buildProjectHistory(folder: string, releases: ReleaseSnapshot[]): ProjectHistory {
  const slugs = new Set<string>();
  for (const r of releases) for (const s of r.commands.keys()) slugs.add(s);
  const commands: Record<string, CommandHistory> = {};
  for (const slug of [...slugs].sort()) {
    const facts = releases.map((r) => r.commands.get(slug));
    const lastKnown = (i: number): CommandFact => {
      for (let k = i; k >= 0; k--) if (facts[k]) return facts[k] as CommandFact;
      return facts.find(Boolean) as CommandFact;
    };
    const fileAt = (i: number) => (facts[i] ? facts[i]!.file : `${lastKnown(i).file} (absent)`);
    const cmd: CommandHistory = { path: lastKnown(releases.length - 1).path, ...span(releases, facts.map(Boolean), fileAt), flags: {} };
    const longs = new Set<string>();
    for (const f of facts) if (f) for (const l of f.flags.keys()) longs.add(l);
    for (const long of [...longs].sort()) {
      const per = facts.map((f) => f?.flags.get(long));
      const first = per.findIndex(Boolean);
      const f0 = per[first] as FlagFact;
      // Where the oldest pages did not print a default, the first page that does gives it.
      const firstDefault = per.find((f) => f && !f.defaultUnknown)?.default ?? f0.default;
      const h: FlagHistory = { ...span(releases, per.map(Boolean), fileAt), type: f0.type, short: f0.short, default: firstDefault };
      const changes: FlagChange[] = [];
      let prev = f0;
      for (let i = first + 1; i < per.length; i++) {
        const cur = per[i];
        if (!cur) continue;
        const c: FlagChange = { in: releases[i]!.line, src: src(releases[i]!, fileAt(i)) };
        if (cur.type !== prev.type) c.type = cur.type;
        if (!prev.defaultUnknown && !cur.defaultUnknown && cur.default !== prev.default) c.default = cur.default;
        if (cur.short !== prev.short) c.short = cur.short;
        if ('type' in c || 'default' in c || 'short' in c) changes.push(c);
        prev = cur.defaultUnknown ? { ...cur, default: prev.defaultUnknown ? firstDefault : prev.default, defaultUnknown: false } : cur;
      }
      if (changes.length) h.changes = changes;
      cmd.flags[long] = h;
    }
    commands[slug] = cmd;
  }
  return { folder, releases: releases.map((r) => ({ line: r.line, tag: r.tag })), commands };
}

/** The newest release line of a project's history. */
export function newestLine(p: ProjectHistory): string {
  return p.releases[p.releases.length - 1]!.line;
}

/** Whether a flag (or command) with this history is listed by the reference of `line`. */
export function listedIn(h: { since?: string; removed?: string; gaps?: string[] }, line: string, p: ProjectHistory): boolean {
  const oldest = p.releases[0]!.line;
  if (compareLines(line, h.since ?? oldest) < 0) return false;
  if (h.removed && compareLines(line, h.removed) >= 0) return false;
  return !(h.gaps ?? []).includes(line);
}
