import { optionRowId } from '../routes.ts';
import type { CommandSpec, OptionSpec } from '../cli-spec/schema';
import type { Locale } from '../i18n/locales';
import type { Localized, Shown } from '../i18n/localized.ts';
import type { CommandEntry } from './schema';
import { commandMarks, flagMarks, type ReleaseMarks } from '../releases/marks.ts';

/** The Docker CLI's help and references are in English: the text shown where a language has none. */
const HELP_LANG: Locale = 'en';

export interface OptionRow {
  /** Element id: `flag-{long-name}` (DESIGN.md, "Contracts"). */
  id: string;
  /** `--restart`, `-d, --detach`. */
  flag: string;
  long: string;
  short: string | null;
  /** Value type as printed, or null for a boolean flag. */
  valueType: string | null;
  default: string | null;
  description: Shown;
  markers: Array<'windowsOnly' | 'experimental' | 'deprecated'>;
  /** Release marks from the release history: `data-since` / `data-removed` on the row. */
  release: ReleaseMarks;
}


/** `docker container run`, or `docker` for the root command. */
export function displayPath(path: readonly string[]): string {
  return ['docker', ...path].join(' ');
}

/** The description in the page's language where a translation exists, else the help's English. */
function localize(english: string, text: Partial<Localized> | undefined, lang: Locale): Shown {
  const own = text?.[lang];
  return own ? { text: own, lang } : { text: english, lang: HELP_LANG };
}

export function commandSummary(spec: CommandSpec, entry: CommandEntry | undefined, lang: Locale): Shown {
  return localize(spec.summary, entry?.summary, lang);
}

/**
 * One row per option the help lists, in the help's order. Only `container run` and `create`
 * list `--help` (their `-h` is `--hostname`); `helpDescription` is the page language's text for
 * that row, which catalog entries need not repeat.
 */
export function optionRows(
  spec: CommandSpec,
  entry: CommandEntry | undefined,
  lang: Locale,
  helpDescription?: Shown,
  opts: { idPrefix?: string; fallback?: CommandEntry | undefined } = {},
): OptionRow[] {
  // Hidden flags (a plugin reference marks them) are accepted by the validator, never shown; flags
  // the newest reference no longer lists are shown in the page's removed table (releases/marks.ts).
  // (A removed command's page keeps its flags in its one table, as its last release had them.)
  const commandGone = commandMarks(spec.slug).removed !== undefined;
  return spec.options.filter((o) => !o.hidden && (commandGone || flagMarks(spec.slug, o.long).removed === undefined)).map((o: OptionSpec) => ({
    id: `${opts.idPrefix ?? ''}${optionRowId(o.long)}`,
    flag: o.short ? `-${o.short}, --${o.long}` : `--${o.long}`,
    long: o.long,
    short: o.short,
    valueType: o.valueType,
    default: o.default,
    description:
      o.long === 'help' && helpDescription && !entry?.options.help
        ? helpDescription
        : localize(o.description, entry?.options[o.long] ?? opts.fallback?.options[o.long], lang),
    markers: [
      ...(o.windowsOnly ? (['windowsOnly'] as const) : []),
      ...(o.experimental ? (['experimental'] as const) : []),
      ...(o.deprecated ? (['deprecated'] as const) : []),
    ],
    release: flagMarks(spec.slug, o.long),
  }));
}

/** The command groups of the guides' chapters, listed first on the commands index. */
export const FIRST_GROUPS = ['container', 'image', 'network', 'volume', 'system'];

export interface CommandGroup {
  /** The top-level group's slug (`container`), or null for commands outside any group. */
  group: string | null;
  commands: CommandSpec[];
}

/**
 * Groups commands for the index page by their first path word when that word is itself a group
 * (`container`, `image`, ...), keeping the group command first; the rest (`version`, `search`,
 * `login`, ...) form one group at the end. The guides' groups come first (FIRST_GROUPS), the rest by name; commands by path.
 */
export function groupCommands(commands: readonly CommandSpec[]): CommandGroup[] {
  const groupNames = new Set(commands.filter((c) => c.isGroup && c.canonicalPath.length === 1).map((c) => c.slug));
  const groups = new Map<string | null, CommandSpec[]>();
  for (const c of commands) {
    const head = c.canonicalPath[0] ?? '';
    const key = groupNames.has(head) ? head : null;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const byPath = (a: CommandSpec, b: CommandSpec) =>
    a.canonicalPath.length - b.canonicalPath.length || a.slug.localeCompare(b.slug);
  // The groups a learner meets first, in the order the guides take them; the rest by name.
  const rank = (g: string | null) => {
    const i = FIRST_GROUPS.indexOf(String(g));
    return i < 0 ? FIRST_GROUPS.length : i;
  };
  const named = [...groups.entries()]
    .filter(([k]) => k !== null)
    .sort(([a], [b]) => rank(a) - rank(b) || String(a).localeCompare(String(b)))
    .map(([group, cs]) => ({ group, commands: [...cs].sort(byPath) }));
  const rest = groups.get(null);
  return rest ? [...named, { group: null, commands: [...rest].sort(byPath) }] : named;
}

/** Alias forms other than the canonical one, written out: `docker ps`, `docker container list`. */
export function aliasForms(spec: CommandSpec): string[] {
  const canonical = spec.canonicalPath.join(' ');
  return spec.aliases.filter((a) => a.join(' ') !== canonical).map(displayPath);
}

/** The phrase naming where a command's facts come from: `docker 28.2.2 --help`, `buildx v0.24.0 reference`. */
export function sourceName(spec: CommandSpec, dockerVersion: string): { kind: 'help' | 'reference'; plugin: string; version: string; file: string } {
  const src = spec.source;
  if (!src || src.kind === 'help') return { kind: 'help', plugin: 'docker', version: src?.version ?? dockerVersion, file: src?.file ?? '' };
  return { kind: 'reference', plugin: src.kind === 'buildx-reference' ? 'buildx' : 'compose', version: src.version, file: src.file };
}

/**
 * A reference file as readers know it: the upstream project, its tag and the file's path there
 * (`docker/buildx v0.36.1, docs/reference/buildx_build.md`), not where this repository keeps its
 * copy (content/plugin-reference/, content/cli-reference/; their SOURCE.md files name the tags).
 */
export function upstreamFile(repoPath: string): string {
  const parts = repoPath.split('/');
  const [root, kind, folder, ...rest] = parts;
  const file = rest.join('/');
  const m = root === 'content' && folder ? /^(buildx|compose|docker)-v?(\d[\w.-]*)$/.exec(folder) : null;
  if (!m) return repoPath;
  const [, project, version] = m as unknown as [string, string, string];
  if (kind === 'plugin-reference' && project !== 'docker') return `docker/${project} v${version}, docs/reference/${file}`;
  if (kind === 'cli-reference' && project === 'docker') return `docker/cli v${version}, docs/reference/commandline/${file}`;
  return repoPath;
}
