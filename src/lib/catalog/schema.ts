import { z } from 'zod';

/**
 * Catalog entry for one canonical Docker command: `content/commands/<slug>.yaml`, where `slug` is
 * the canonical command path joined with `-` (DESIGN.md, "URLs"). The English text of a command
 * and its options comes from the CLI spec; this file adds what the help output lacks: the Korean
 * summary, Korean option descriptions and (with the catalog work) tasks and examples.
 */
export const LocalizedTextSchema = z.object({
  ko: z.string().min(1),
  en: z.string().min(1).optional(),
});

export const CommandEntrySchema = z
  .object({
    /** Korean summary of the command (the English one is the help text's own). */
    summary: z.object({ ko: z.string().min(1), en: z.string().min(1).optional() }),
    /** Option descriptions in Korean, keyed by long flag name without dashes (`restart`). */
    options: z.record(z.string(), LocalizedTextSchema).default({}),
  })
  .strict();
export type CommandEntry = z.infer<typeof CommandEntrySchema>;
