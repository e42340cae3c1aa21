/**
 * The Docker CLI spec the site and the validator use, loaded from src/generated/cli-spec.json
 * (written by `npm run gen:spec` from the committed help snapshots), with lookups.
 *
 * A plain JSON import, so the same module works under Vite/Astro, tsx and in the browser. The file
 * is checked against CliSpecSchema when it is generated and by tests/unit/cli-spec-golden.test.ts,
 * so it is only typed here, not parsed again on every load.
 */
import specJson from '../../generated/cli-spec.json';
import type { CliSpec, CommandSpec } from './schema.ts';

export type { CliSpec, CommandSpec, OptionSpec, UsageArg, UsageForm, SubcommandRef } from './schema.ts';

export const cliSpec: CliSpec = specJson as unknown as CliSpec;

const bySlug = new Map<string, CommandSpec>([[cliSpec.root.slug, cliSpec.root], ...cliSpec.commands.map((c) => [c.slug, c] as const)]);

// Every form a command answers to (`ps`, `container ls`, `container list`, ...) -> the command.
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

/** Every command except the root, sorted by slug. */
export function listCommands(): readonly CommandSpec[] {
  return cliSpec.commands;
}
