import { z } from 'zod';
import { localizedOf, localizedText, localizedTextWithDefault } from '../i18n/localized-schema.ts';

/**
 * Catalog entry for one canonical Docker command: `content/commands/<slug>.yaml`, where `slug` is
 * the canonical command path joined with `-` (DESIGN.md, "URLs"). The English text of a command
 * and its options comes from the CLI spec; this file adds what the help output lacks: Korean
 * texts, the tasks people search by, copy-ready examples, the flags people use most, related
 * commands and pitfalls.
 */

/** A text in every language. Korean first; English where the help's own English is not enough. */
const TextSchema = localizedText();

/** Every language but English, which may be left out to show the help's own English (summaries, option rows). */
const TextOverHelpSchema = localizedTextWithDefault('en');

/** A copy-ready example: one command line that runs as written and does what its title says. */
export const CatalogExampleSchema = z
  .object({
    /** The command, exactly as a reader copies it (no prompt, no placeholder). */
    cmd: z.string().trim().min(1, 'write the command line (cmd)'),
    /** What it does, as a short task-like title. */
    title: TextSchema,
    /** One or two sentences on what to notice. */
    note: TextSchema.optional(),
    /** What it prints, abbreviated where long (shown as output, never copied). */
    output: z.string().optional(),
  })
  .strict();
export type CatalogExample = z.infer<typeof CatalogExampleSchema>;

/** A common mistake shown on purpose (`data-mistake`) beside its fix. */
export const CatalogMistakeSchema = z
  .object({
    cmd: z.string().trim().min(1),
    /** Marks the line for the content check: it must draw a diagnostic. */
    mistake: z.literal(true),
    /** The corrected command line (validated like every example). */
    fix: z.string().trim().min(1),
    /** What is wrong and why the fix works. */
    note: TextSchema,
  })
  .strict();
export type CatalogMistake = z.infer<typeof CatalogMistakeSchema>;

export const CommandEntrySchema = z
  .object({
    /** The summary; `en` defaults to the help text's own first line. */
    summary: TextOverHelpSchema,
    /** How people ask for this command, several wordings per language (search and the home sheet). */
    tasks: localizedOf(() => z.array(z.string().trim().min(1)).min(1)).optional(),
    /** The flags people use most, in order: long names without dashes (`detach`, `publish`). */
    common: z.array(z.string().min(1)).optional(),
    examples: z.array(CatalogExampleSchema).default([]),
    mistakes: z.array(CatalogMistakeSchema).default([]),
    /** Related commands by slug (`container-start`). */
    related: z.array(z.string().min(1)).default([]),
    /** Pitfalls and comparisons (stop vs kill, -p vs -P ...). */
    notes: z.array(z.object({ title: TextSchema, body: TextSchema }).strict()).default([]),
    /** Option descriptions in Korean, keyed by long flag name without dashes (`restart`). */
    options: z.record(z.string(), TextOverHelpSchema).default({}),
    /** Korean text of the help's long description, where the help has one. */
    description: TextOverHelpSchema.optional(),
  })
  .strict();
export type CommandEntry = z.infer<typeof CommandEntrySchema>;
