import { z } from 'zod';

/**
 * The typed spec of the Docker CLI, parsed from the committed `--help` snapshots
 * (content/cli-help/docker-<version>/). These zod schemas are the single source of the types
 * (`z.infer`); the site, the validator and the scripts all consume them.
 */

/** One option (flag) as `docker <cmd> --help` lists it. */
export const OptionSpecSchema = z.object({
  /** Long name without dashes: `restart`. */
  long: z.string().min(1),
  /** One-letter shorthand without the dash (`d` for `-d`), or null. */
  short: z.string().length(1).nullable(),
  /** The value type word exactly as printed (`string`, `list`, `map`, `int`, `uint16`, `duration`, `bytes`, ...); null for a boolean flag. */
  valueType: z.string().nullable(),
  /** The text inside the trailing `(default ...)` exactly as printed (`"no"`, `0`, `[]`, `map[]`, `true`); null when none is printed. */
  default: z.string().nullable(),
  /** The full description with wrapped lines joined (embedded lists keep their line breaks), without the `(default ...)` clause. */
  description: z.string(),
  /** Marked `(Windows only)` in the help text. */
  windowsOnly: z.boolean(),
  /** Marked experimental in the help text. */
  experimental: z.boolean(),
  /** Marked deprecated in the help text. */
  deprecated: z.boolean(),
  /** Hidden from `--help` (a plugin reference lists it as hidden): accepted, never shown on a page. Optional: absent means false. */
  hidden: z.boolean().optional(),
  /** Added from a newer release's reference (`content/cli-reference/docker-29.7.2/container_commit.md`): the captured help does not list it. Absent for the base spec's own options. */
  reference: z.string().optional(),
});
export type OptionSpec = z.infer<typeof OptionSpecSchema>;

/** One positional element of a usage line: `IMAGE`, `[COMMAND]`, `[ARG...]`, `PATH | URL | -`. */
export const UsageArgSchema = z.object({
  /** The element as printed, without the outer `[ ]` and `...`: `CONTAINER:SRC_PATH`, `REPOSITORY[:TAG]`. */
  text: z.string(),
  /** Its alternatives: `['PATH', 'URL', '-']`; a single-item list when there are none. */
  alternatives: z.array(z.string()).min(1),
  /** Written in square brackets as a whole word: `[COMMAND]`. */
  optional: z.boolean(),
  /** Followed by `...`: `[ARG...]`, `CONTAINER [CONTAINER...]` (the repetition is its own element). */
  repeated: z.boolean(),
});
export type UsageArg = z.infer<typeof UsageArgSchema>;

/** One usage form; `docker container cp` has two. */
export const UsageFormSchema = z.object({
  /** The usage line as printed, after `Usage:`. */
  text: z.string(),
  /** The command path words as written in the form: `['docker', 'container', 'run']`. */
  path: z.array(z.string()),
  /** `[OPTIONS]` (or `OPTIONS`) appears in the form. */
  acceptsOptions: z.boolean(),
  args: z.array(UsageArgSchema),
  /** Fewest and most positional arguments the form allows; `max` null when unbounded. */
  minArgs: z.number().int().nonnegative(),
  maxArgs: z.number().int().nonnegative().nullable(),
});
export type UsageForm = z.infer<typeof UsageFormSchema>;

export const SubcommandRefSchema = z.object({
  name: z.string(),
  summary: z.string(),
  /** Section heading it was listed under (`Commands`, `Management Commands`, ...). */
  section: z.string(),
});
export type SubcommandRef = z.infer<typeof SubcommandRefSchema>;

/** Where a command's facts come from: the captured `--help`, or a plugin's own reference. */
export const CommandSourceSchema = z.object({
  kind: z.enum(['help', 'buildx-reference', 'compose-reference']),
  /** `28.2.2` for the captured help, `0.24.0` for buildx, `2.36.2` for compose. */
  version: z.string(),
  /** The file the facts were read from, relative to the repository root. */
  file: z.string(),
  /** What the parser had to supply because the file does not say it (English, one sentence each). */
  notes: z.array(z.string()).optional(),
});
export type CommandSource = z.infer<typeof CommandSourceSchema>;

export const CommandSpecSchema = z.object({
  /** Path as captured, without `docker`: `['container', 'run']`. Empty for the root command. */
  path: z.array(z.string()),
  /** Canonical path: first form on the `Aliases:` line, else the usage path (DESIGN.md, "URLs"). */
  canonicalPath: z.array(z.string()),
  /** The page slug (routes.ts `commandSlug`): `container-run`; `docker` for the root. */
  slug: z.string(),
  /** Every form on the `Aliases:` line, without `docker`: `[['container','ls'], ['container','list'], ['container','ps'], ['ps']]`. */
  aliases: z.array(z.array(z.string())),
  /** The one-line description under the usage. */
  summary: z.string(),
  /** Further description paragraphs, as printed; null when none. */
  longDescription: z.string().nullable(),
  usage: z.array(UsageFormSchema).min(1),
  /** True for a command that only groups others (`docker network`). */
  isGroup: z.boolean(),
  subcommands: z.array(SubcommandRefSchema),
  options: z.array(OptionSpecSchema),
  /** Examples text when the help prints an `Examples:` section; null otherwise. */
  examples: z.string().nullable(),
  /** The help prints an `EXPERIMENTAL:` notice for the whole command (`docker manifest ...`). Optional: added by the parser, absent means false. */
  experimental: z.boolean().optional(),
  /** Hidden from its parent's help (compose `alpha`): accepted by the validator, no page. Optional: absent means false. */
  hidden: z.boolean().optional(),
  /** Where the facts come from; set by gen-spec (the help parser itself does not know its file). */
  source: CommandSourceSchema.optional(),
  /**
   * Docker commands outside the plugin that run this plugin command once the plugin is installed:
   * `buildx build` serves `['build']`, `['builder','build']`, `['image','build']` (its Aliases line).
   */
  serves: z.array(z.array(z.string())).optional(),
});
export type CommandSpec = z.infer<typeof CommandSpecSchema>;

export const CliSpecSchema = z.object({
  /** Docker CLI version the snapshots came from: `28.2.2`. */
  version: z.string(),
  /** The root command (`docker`), whose options are the global options. */
  root: CommandSpecSchema,
  /** Every command except the root, one per canonical path, sorted by slug. */
  commands: z.array(CommandSpecSchema),
});
export type CliSpec = z.infer<typeof CliSpecSchema>;

/** One plugin's commands as its reference describes them (src/generated/plugin-spec.json). */
export const PluginSpecSchema = z.object({
  /** The command word after `docker`: `buildx`, `compose`. */
  name: z.string(),
  kind: z.enum(['buildx-reference', 'compose-reference']),
  version: z.string(),
  /** The plugin's own top command (`docker buildx`), whose options come before its subcommands. */
  root: CommandSpecSchema,
  /** Every other command of the plugin, sorted by slug. */
  commands: z.array(CommandSpecSchema),
});
export type PluginSpec = z.infer<typeof PluginSpecSchema>;

export const PluginSpecsSchema = z.object({ plugins: z.array(PluginSpecSchema) });
export type PluginSpecs = z.infer<typeof PluginSpecsSchema>;

/** Flags the newest references list that the base spec lacks, per command slug (src/generated/newest-additions.json). */
export const NewestAdditionsSchema = z.object({
  releases: z.object({ docker: z.string(), buildx: z.string(), compose: z.string() }),
  options: z.record(z.string(), z.array(OptionSpecSchema)),
  /** Commands of the newest references that the spec has no command for (not documented yet). */
  commandsWithoutPage: z.array(z.string()),
});
export type NewestAdditions = z.infer<typeof NewestAdditionsSchema>;
