import type { CommandSpec } from '../cli-spec/schema';
import type { CommandEntry } from './schema';

export interface EntryProblem {
  /** Key path in the YAML file, for locating the line. */
  path: Array<string | number>;
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
  /** Options the page also lists: BuildKit's on `image build` (cli-spec `pluginServing`). */
  extraOptions: (spec: CommandSpec) => readonly string[] = () => [],
): EntryProblem[] {
  const spec = lookup(slug);
  if (!spec) {
    const near = allSlugs.filter((s) => s.endsWith(`-${slug}`) || s.split('-').pop() === slug.split('-').pop()).slice(0, 3);
    return [
      {
        path: [],
        message: `"${slug}" is not a canonical docker command slug; name the file after the first form on the help's Aliases: line (plugin commands: the reference's command path, buildx-build, compose-up)${near.length ? ` (did you mean ${near.map((s) => `${s}.yaml`).join(' or ')}?)` : ''}`,
      },
    ];
  }
  const known = new Set([...spec.options.map((o) => o.long), ...extraOptions(spec)]);
  const cmd = `docker ${spec.canonicalPath.join(' ')}`;
  const problems: EntryProblem[] = Object.keys(entry.options)
    .filter((name) => !known.has(name))
    .map((name) => ({
      path: ['options', name],
      message: `${cmd} has no option --${name}; remove it or use one of the flags its --help lists`,
    }));
  (entry.common ?? []).forEach((name, i) => {
    if (!known.has(name)) problems.push({ path: ['common', i], message: `common flag "${name}" is not an option of ${cmd}; write a long name without dashes that its --help lists (e.g. "detach")` });
  });
  const slugSet = new Set(allSlugs);
  entry.related.forEach((rel, i) => {
    if (!slugSet.has(rel) && rel !== slug) problems.push({ path: ['related', i], message: `related command "${rel}" is not a command slug; use the canonical slug such as "container-start"` });
  });
  if (entry.description && !spec.longDescription) {
    problems.push({ path: ['description'], message: `${cmd} --help prints no long description; remove "description"` });
  }
  return problems;
}
