// Build-time loader for content/commands/*.yaml (Vite side). The parsing and checks live in
// src/lib/catalog; `npm run check:content` reports problems with file and line before a build, so
// here an invalid file only needs to stop the build with the same message.
import { CommandEntrySchema, type CommandEntry } from '../lib/catalog/schema';
import { parseYamlEntry } from '../lib/catalog/parse-yaml-entry';

const files = import.meta.glob('../../content/commands/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

const entries = new Map<string, CommandEntry>();
for (const [path, text] of Object.entries(files)) {
  const slug = path.replace(/^.*\//, '').replace(/\.yaml$/, '');
  const parsed = parseYamlEntry(text, CommandEntrySchema);
  if (!parsed.ok) {
    const first = parsed.problems[0];
    throw new Error(`content/commands/${slug}.yaml:${first?.line}: ${first?.message} (run npm run check:content for all problems)`);
  }
  entries.set(slug, parsed.value);
}

/** The catalog entry of a command (Korean texts, later tasks and examples), if it has one. */
export function getCommandEntry(slug: string): CommandEntry | undefined {
  return entries.get(slug);
}
