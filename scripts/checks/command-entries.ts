import { readdirSync, readFileSync } from 'node:fs';
import { checkEntryAgainstSpec } from '../../src/lib/catalog/check-entry.ts';
import { lineOfPath, parseYamlEntry } from '../../src/lib/catalog/parse-yaml-entry.ts';
import { CommandEntrySchema } from '../../src/lib/catalog/schema.ts';
import { getCommandBySlug, listCommands, pluginServing } from '../../src/lib/cli-spec/index.ts';
import type { ContentProblem } from './types.ts';

/** content/commands/*.yaml: valid against the schema, named after a command, options that exist. */
export function checkCommandEntries(root: string): ContentProblem[] {
  const dir = `${root}/content/commands`;
  const slugs = listCommands().map((c) => c.slug);
  const problems: ContentProblem[] = [];
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  } catch {
    return [];
  }
  for (const name of files.sort()) {
    const file = `content/commands/${name}`;
    const text = readFileSync(`${root}/${file}`, 'utf8');
    const parsed = parseYamlEntry(text, CommandEntrySchema);
    if (!parsed.ok) {
      for (const p of parsed.problems) problems.push({ file, line: p.line, column: p.column, severity: 'error', message: p.message });
      continue;
    }
    const slug = name.replace(/\.yaml$/, '');
    for (const p of checkEntryAgainstSpec(slug, parsed.value, getCommandBySlug, slugs, (spec) => pluginServing(spec)?.options.map((o) => o.long) ?? [])) {
      problems.push({ file, line: lineOfPath(text, p.path), severity: 'error', message: p.message });
    }
  }
  return problems;
}
