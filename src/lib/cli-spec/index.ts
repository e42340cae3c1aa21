/**
 * The Docker CLI spec the site and the validator use: the captured `docker --help` texts
 * (src/generated/cli-spec.json) joined with the buildx and compose plugins' references
 * (src/generated/plugin-spec.json), both written by `npm run gen:spec`. Each command
 * says where its facts come from in `source`.
 *
 * Plain JSON imports, so the same module works under Vite/Astro, tsx and in the browser. The files
 * are checked against their schemas when generated and by tests/unit/cli-spec-golden.test.ts and
 * plugin-spec-golden.test.ts, so they are only typed here, not parsed again on every load.
 */
import specJson from '../../generated/cli-spec.json';
import pluginJson from '../../generated/plugin-spec.json';
import additionsJson from '../../generated/newest-additions.json';
import type { CliSpec, CommandSpec, NewestAdditions, OptionSpec, PluginSpec, PluginSpecs } from './schema.ts';

export type { CliSpec, CommandSpec, CommandSource, OptionSpec, PluginSpec, UsageArg, UsageForm, SubcommandRef } from './schema.ts';

/** Only what the docker binary printed (the judge's and the drift check's view). */
export const capturedSpec: CliSpec = specJson as unknown as CliSpec;

/** Flags the newest references (docker 29.7.2, buildx 0.36.1, compose 5.5.0) add to the base spec. */
export const newestAdditions: NewestAdditions = additionsJson as unknown as NewestAdditions;

/**
 * A command with the newest references' extra flags merged in, in name order. A shorthand the
 * newer flag took over (`-T`: compose's `--no-TTY` became `--no-tty`) moves to the newer flag.
 */
function withAdditions(spec: CommandSpec): CommandSpec {
  const extra = newestAdditions.options[spec.slug];
  if (!extra) return spec;
  const taken = new Set(extra.map((o) => o.short).filter(Boolean));
  const options: OptionSpec[] = spec.options.map((o) => (o.short && taken.has(o.short) ? { ...o, short: null } : o));
  for (const o of extra) {
    const at = options.findIndex((b) => b.long > o.long);
    options.splice(at < 0 ? options.length : at, 0, o);
  }
  return { ...spec, options };
}

/** The plugins as their references describe them, with the newest references' flags added. */
export const pluginSpecs: readonly PluginSpec[] = (pluginJson as unknown as PluginSpecs).plugins.map((p) => ({ ...p, root: withAdditions(p.root), commands: p.commands.map(withAdditions) }));

const newestCaptured: CliSpec = { ...capturedSpec, root: withAdditions(capturedSpec.root), commands: capturedSpec.commands.map(withAdditions) };

const bySlugOrder = (a: CommandSpec, b: CommandSpec) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

/**
 * The whole CLI as a user with the plugins installed has it: the captured commands, and each
 * plugin's commands under `docker <plugin>`, listed on the root like the CLI lists its plugins;
 * every flag any release from 23.0 … 29.7 documents that the base lists, plus the newest
 * references' additions (`reference` names their file). Which release has which flag is the
 * release history's to say (history.ts; the validator's release gate, src/lib/releases/).
 */
export const cliSpec: CliSpec = {
  version: capturedSpec.version,
  root: {
    ...newestCaptured.root,
    subcommands: [...capturedSpec.root.subcommands, ...pluginSpecs.map((p) => ({ name: p.name, summary: p.root.summary, section: 'Plugins' }))],
  },
  commands: [...newestCaptured.commands, ...pluginSpecs.flatMap((p) => [p.root, ...p.commands])].sort(bySlugOrder),
};

const bySlug = new Map<string, CommandSpec>([[cliSpec.root.slug, cliSpec.root], ...cliSpec.commands.map((c) => [c.slug, c] as const)]);

// Every form a command answers to (`ps`, `container ls`, `container list`, ...) -> the command.
// A plugin command's `serves` forms (`build` for `buildx build`) stay with the captured command.
const byPath = new Map<string, CommandSpec>([['', cliSpec.root]]);
for (const c of cliSpec.commands) {
  byPath.set(c.path.join(' '), c);
  byPath.set(c.canonicalPath.join(' '), c);
  for (const a of c.aliases) byPath.set(a.join(' '), c);
}

/** The command whose page slug is `slug` (`container-run`); `docker` is the root. */
export function getCommandBySlug(slug: string): CommandSpec | undefined {
  return bySlug.get(slug);
}

/**
 * The command named by exactly these words, in any alias form: `['ps']`, `['container', 'ps']`
 * and `['container', 'ls']` all give `container ls`. A leading `docker` is ignored; `[]` is the root.
 */
export function getCommandByPath(words: readonly string[]): CommandSpec | undefined {
  const w = words[0] === 'docker' ? words.slice(1) : words;
  return byPath.get(w.join(' '));
}

/**
 * The longest command path at the start of `words` (after an optional `docker`), and how many
 * words it used: `['run', '-d', 'nginx']` gives `container run` and 1. Stops at the first word
 * that is not a command word, so flags and arguments are never taken for subcommands.
 */
export function findCommand(words: readonly string[]): { command: CommandSpec; consumed: number } {
  const skip = words[0] === 'docker' ? 1 : 0;
  let best: { command: CommandSpec; consumed: number } = { command: cliSpec.root, consumed: skip };
  for (let n = 1; skip + n <= words.length; n++) {
    const found = byPath.get(words.slice(skip, skip + n).join(' '));
    if (!found) break;
    best = { command: found, consumed: skip + n };
  }
  return best;
}

/** Every command except the root, sorted by slug, hidden ones included (the validator's view). */
export function listCommands(): readonly CommandSpec[] {
  return cliSpec.commands;
}

/** The commands that get a page: every command except the root and the hidden ones. */
export function listPagedCommands(): readonly CommandSpec[] {
  return cliSpec.commands.filter((c) => !c.hidden);
}

/** The plugin command that runs when a user types this captured command with the plugin installed (`image build` -> `buildx build`). */
export function pluginServing(spec: CommandSpec): CommandSpec | undefined {
  const key = spec.canonicalPath.join(' ');
  for (const p of pluginSpecs) for (const c of p.commands) if (c.serves?.some((f) => f.join(' ') === key)) return c;
  return undefined;
}

/** The plugin a command belongs to, or undefined for a captured command. */
export function pluginOf(spec: CommandSpec): PluginSpec | undefined {
  return pluginSpecs.find((p) => spec.source?.kind === p.kind);
}
