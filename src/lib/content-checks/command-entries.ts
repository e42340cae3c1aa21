import { checkEntryAgainstSpec } from '../catalog/check-entry.ts';
import { lineOfPath } from '../catalog/parse-yaml-entry.ts';
import { getCommandBySlug, listCommands, pluginServing } from '../cli-spec/index.ts';
import type { Registry } from '../content/registry.ts';
import type { ContentProblem } from '../content/problem.ts';

/** content/commands/*.yaml: valid against the schema, named after a command, options that exist. */
export function checkCommandEntries(reg: Registry): ContentProblem[] {
  const slugs = listCommands().map((c) => c.slug);
  const problems: ContentProblem[] = [...reg.commandProblems];
  for (const [slug, entry] of reg.commands) {
    for (const p of checkEntryAgainstSpec(slug, entry.value, getCommandBySlug, slugs, (spec) => pluginServing(spec)?.options.map((o) => o.long) ?? [])) {
      problems.push({ file: entry.file, line: lineOfPath(reg.yaml(entry.file)!, p.path), severity: 'error', message: p.message });
    }
  }
  // In file order, as each file's schema problems and spec problems were reported before.
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
