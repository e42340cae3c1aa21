// zod schemas for the validator's data files in content/validator/: the facts measured
// from the docker binary, the validator's own lists, and the probe's record of the value errors
// it saw. The validator reads the JSON with plain imports (no zod in the browser bundle); these
// schemas check the files in the content check and in the unit tests, and a test pins that what
// they accept is what the validator's types describe.
import { z } from 'zod';
import { localizedOf } from '../i18n/localized-schema.ts';

const TextSchema = localizedOf(() => z.string().min(1));

export const CommandFactsSchema = z
  .object({
    interspersed: z.boolean(),
    minArgs: z.number().int().nonnegative(),
    maxArgs: z.number().int().nonnegative().nullable(),
    measured: z.boolean(),
    noValueFlags: z.array(z.string()).optional(),
    hiddenFlags: z
      .array(z.object({ long: z.string().min(1), short: z.string().length(1).nullable().optional(), valueType: z.string().nullable(), deprecated: z.boolean().optional() }).strict())
      .optional(),
    checkedValues: z.record(z.string(), z.string()).optional(),
    checkedLastValue: z.array(z.string()).optional(),
    emptyArgRejected: z.boolean().optional(),
    emptyRejected: z.array(z.string()).optional(),
  })
  .strict();

export const CliFactsSchema = z
  .object({
    generatedBy: z.string().min(1),
    dockerVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
    commands: z.record(z.string(), CommandFactsSchema),
  })
  .strict();

export const ValidatorDataSchema = z
  .object({
    $comment: z.string().optional(),
    logLevels: z.array(z.string().min(1)).min(1),
    enums: z.array(
      z
        .object({
          $source: z.string().optional(),
          commands: z.array(z.string().min(1)).min(1),
          flags: z.array(z.string().min(1)).min(1),
          values: z.array(z.string().min(1)).min(1),
          match: z.enum(['value', 'prefix', 'key']),
          openEnded: z.boolean().optional(),
        })
        .passthrough(),
    ),
    flagConfusions: z.record(z.string(), z.record(z.string(), z.object({ short: z.string(), why: TextSchema }).passthrough())),
    rootCheckedValues: z.record(z.string(), z.string()),
  })
  .passthrough();

/** What the probe saw the binary answer to a malformed value: the evidence behind `checkedValues`. */
export const ValueRejectionsSchema = z
  .object({
    generatedBy: z.string().min(1),
    rejections: z.array(z.object({ command: z.string().min(1), flag: z.string().min(1), message: z.string() }).strict()),
  })
  .strict();
