import type { CommandSpec } from '../cli-spec/schema';
import type { CommandEntry } from './schema';

export interface EntryProblem {
  /** Key path in the YAML file, for locating the line. */
  path: string[];
  message: string;
}

/**
 * Checks a catalog entry against the CLI spec: the file must be named after a canonical command
 * and may only describe options that `docker <cmd> --help` lists. Stale texts are how a
 * reference drifts from the CLI, so both are errors.
 */
export function checkEntryAgainstSpec(
  slug: string,
  entry: CommandEntry,
  lookup: (slug: string) => CommandSpec | undefined,
  allSlugs: readonly string[],
): EntryProblem[] {
  const spec = lookup(slug);
  if (!spec) {
    const near = allSlugs.filter((s) => s.endsWith(`-${slug}`) || s.split('-').pop() === slug.split('-').pop()).slice(0, 3);
    return [
      {
        path: [],
        message: `"${slug}" is not a canonical docker command slug; name the file after the first form on the help's Aliases: line${near.length ? ` (did you mean ${near.map((s) => `${s}.yaml`).join(' or ')}?)` : ''}`,
      },
    ];
  }
  const known = new Set(spec.options.map((o) => o.long));
  return Object.keys(entry.options)
    .filter((name) => !known.has(name))
    .map((name) => ({
      path: ['options', name],
      message: `docker ${spec.canonicalPath.join(' ')} has no option --${name}; remove it or use one of the flags its --help lists`,
    }));
}
