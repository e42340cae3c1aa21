// The search index as the site builds it (src/pages/[lang]/search-index.json.ts), made from the
// content files on the Node side, for tests that check ranking on the real catalog. It mirrors the
// page: the same builder and inputs, read through the content registry instead of Vite.
import { fileURLToPath } from 'node:url';
import { CheatsheetSchema } from '../../src/lib/catalog/cheatsheet';
import { parseYamlEntry } from '../../src/lib/catalog/parse-yaml-entry';
import { CommandEntrySchema, type CommandEntry } from '../../src/lib/catalog/schema';
import { findCommand, listCommands } from '../../src/lib/cli-spec/index';
import { registryOf } from '../../src/lib/content/registry';
import { readContentFiles } from '../../src/lib/content/files';
import { guideSections, guideUsage } from '../../src/lib/content/guides';
import { dockerfileCatalogFrom } from '../../src/lib/dockerfile/catalog';
import { CHAPTERS } from '../../src/lib/routes';
import { buildSearchIndex, type SearchIndexData } from '../../src/lib/search/build-index';
import { FLAG_ANSWERS_FILE, readFlagAnswers } from '../../src/lib/search/flag-answers';

const root = fileURLToPath(new URL('../..', import.meta.url));

export function siteIndex(lang: 'ko' | 'en'): SearchIndexData {
  const files = readContentFiles(root);
  const entries = new Map<string, CommandEntry>();
  for (const f of files) {
    const m = /^content\/commands\/([^/]+)\.yaml$/.exec(f.path);
    if (!m) continue;
    const r = parseYamlEntry(f.text, CommandEntrySchema);
    if (r.ok) entries.set(m[1]!, r.value);
  }
  const examples = registryOf(files).examples;
  const runs = new Map<string, number>();
  for (const ex of examples) {
    if (ex.kind !== 'shell' || ex.mistake || ex.file === FLAG_ANSWERS_FILE) continue;
    const slug = findCommand(ex.code.trim().split(/\s+/)).command.slug;
    runs.set(slug, (runs.get(slug) ?? 0) + 1);
  }
  const usage = guideUsage(examples, registryOf(files).verdict);
  const sheet = parseYamlEntry(files.find((f) => f.path === 'content/cheatsheet.yaml')!.text, CheatsheetSchema);
  const onSheet = new Set(sheet.ok ? sheet.value.chapters.flatMap((c) => c.commands) : []);
  const answers = readFlagAnswers(files.find((f) => f.path === FLAG_ANSWERS_FILE)!.text, listCommands());
  if (!answers.ok) throw new Error(answers.problems[0]?.message);
  return buildSearchIndex({
    lang,
    commands: listCommands(),
    entry: (slug) => entries.get(slug),
    usage: (slug) => ({ guides: (usage.get(slug) ?? []).filter((u) => u.lang === lang).length, cheatsheet: onSheet.has(slug), examples: runs.get(slug) ?? 0 }),
    guides: CHAPTERS.flatMap((chapter) => {
      const f = files.find((x) => x.path === `content/guides/${lang}/${chapter}.mdx`);
      if (!f) return [];
      const title = /^title:\s*(.+)$/m.exec(f.text)?.[1]?.replace(/^["']|["']$/g, '') ?? chapter;
      return [{ chapter, title, sections: guideSections(f.path, f.text) }];
    }),
    instructions: dockerfileCatalogFrom(files).instructions.map(({ value: i }) => ({
      instruction: i.instruction,
      summary: i.summary[lang],
      more: [...i.examples.map((e) => e.caption[lang]), ...i.pitfalls.map((p) => p.title[lang])],
    })),
    flagAnswers: answers.answers,
  });
}
