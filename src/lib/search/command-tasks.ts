// Extra task phrases for commands, for the search only: content/search/command-tasks.yaml gives a
// command more ways people ask for it (in each language) than its catalog entry shows on the site.
// This module reads and checks the file (the content check, the pages and the search evaluator
// share it); the index builder adds the phrases to the command's tasks.
import { z } from 'zod';
import { localizedOf } from '../i18n/localized-schema.ts';
import { lineOfPath, parseYamlEntry, parseYaml, type ParsedYaml } from '../catalog/parse-yaml-entry.ts';
import type { CommandSpec } from '../cli-spec/schema.ts';
import { INSTRUCTIONS } from '../dockerfile/instructions.ts';
import { LOCALES } from '../i18n/locales.ts';

export const COMMAND_TASKS_FILE = 'content/search/command-tasks.yaml';

const Phrases = z.array(z.string().trim().min(2, 'a task phrase needs at least two characters')).min(1, 'give at least one task phrase');

export const CommandTasksSchema = z
  .object({
    /** Command slug -> task phrases per language. */
    commands: z.record(z.string(), localizedOf(() => Phrases)),
    /** Dockerfile instruction (`EXPOSE`) -> task phrases per language. */
    instructions: z.record(z.string(), localizedOf(() => Phrases)).optional(),
  })
  .strict();
export type CommandTasks = z.infer<typeof CommandTasksSchema>['commands'];
export type InstructionTasks = NonNullable<z.infer<typeof CommandTasksSchema>['instructions']>;

export type CommandTasksResult = { ok: true; tasks: CommandTasks; instructions: InstructionTasks } | { ok: false; problems: Array<{ line: number; column?: number; message: string }> };

/** Reads the file and checks that every command exists in the CLI spec and every instruction in INSTRUCTIONS. */
export function readCommandTasks(source: string | ParsedYaml, commands: readonly CommandSpec[]): CommandTasksResult {
  // Parsed once: the line numbers below come from this parse.
  const text = typeof source === 'string' ? parseYaml(source) : source;
  const parsed = parseYamlEntry(text, CommandTasksSchema);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const slugs = new Set(commands.map((c) => c.slug));
  const problems = Object.keys(parsed.value.commands)
    .filter((slug) => !slugs.has(slug))
    .map((slug) => ({ line: lineOfPath(text, ['commands', slug]), message: `${['commands', slug].join('.')}: no command "${slug}" in the CLI spec (use a slug such as container-run)` }));
  const known = new Set<string>(INSTRUCTIONS);
  for (const name of Object.keys(parsed.value.instructions ?? {})) {
    if (!known.has(name)) problems.push({ line: lineOfPath(text, ['instructions', name]), message: `instructions.${name}: no Dockerfile instruction "${name}" (use its name in capitals, such as EXPOSE)` });
  }
  // The same phrase twice in one entry only makes the index bigger.
  for (const key of ['commands', 'instructions'] as const) {
    for (const [name, phrases] of Object.entries(parsed.value[key] ?? {})) {
      for (const lang of LOCALES) {
        const seen = new Set<string>();
        phrases[lang].forEach((phrase, i) => {
          const norm = phrase.toLowerCase().replace(/\s+/g, ' ');
          if (seen.has(norm)) problems.push({ line: lineOfPath(text, [key, name, lang, i]), message: `${key}.${name}.${lang}.${i}: "${phrase}" is given twice; keep one` });
          seen.add(norm);
        });
      }
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, tasks: parsed.value.commands, instructions: parsed.value.instructions ?? {} };
}

/**
 * The instructions with a page (content/dockerfile/) that have no task phrases: the content check
 * names them, so a new instruction page is found by the search's task phrases too.
 */
export function instructionsWithoutTasks(instructions: InstructionTasks, pages: readonly string[]): string[] {
  return pages.filter((name) => !(name in instructions));
}
