// Flag answers: content/search/flag-answers.yaml gives everyday tasks that are one
// option of a command their own search result: a concrete command line using the option, one line
// on what it does, and the task phrases people search with. This module reads and checks the file
// (the content check and the pages share it); the index builder turns each answer into a result
// that links to the option row.
import { z } from 'zod';
import { localizedOf, localizedText } from '../i18n/localized-schema.ts';
import { lineOfPath, parseYamlEntry, parseYaml, type ParsedYaml } from '../catalog/parse-yaml-entry.ts';
import type { CommandSpec } from '../cli-spec/schema.ts';
import { parseCommand } from '../command/index.ts';

export const FLAG_ANSWERS_FILE = 'content/search/flag-answers.yaml';

const Phrases = z.array(z.string().trim().min(2, 'a task phrase needs at least two characters')).min(1, 'give at least one task phrase');

export const FlagAnswerSchema = z
  .object({
    /** The command's slug (`container-run`). */
    command: z.string().regex(/^[a-z0-9-]+$/, 'a command slug such as container-run'),
    /** The option's long name without dashes (`env`). */
    flag: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a long option name without dashes, such as env'),
    /** The command line a reader copies: concrete, runnable as written, using the flag. */
    cmd: z.string().trim().min(1, 'write the command line (cmd)'),
    /** One line on what the option does. */
    what: localizedText(),
    /** How people ask for it, in each language. */
    tasks: localizedOf(() => Phrases),
  })
  .strict();
export type FlagAnswer = z.infer<typeof FlagAnswerSchema>;

export const FlagAnswersSchema = z.object({ answers: z.array(FlagAnswerSchema) }).strict();

export interface FlagAnswerProblem {
  line: number;
  column?: number;
  message: string;
}

export type FlagAnswersResult = { ok: true; answers: FlagAnswer[] } | { ok: false; problems: FlagAnswerProblem[] };

/**
 * Reads the file and checks every answer against the CLI spec: the command exists, it has the
 * option, the command line runs that command with that option, and no two answers share an option.
 * (Whether the line is a valid docker command is the content check's part, as for every example.)
 */
export function readFlagAnswers(source: string | ParsedYaml, commands: readonly CommandSpec[]): FlagAnswersResult {
  // Parsed once: every line number below comes from this parse (parsing the file again per answer was quadratic).
  const text = typeof source === 'string' ? parseYaml(source) : source;
  const parsed = parseYamlEntry(text, FlagAnswersSchema);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const bySlug = new Map(commands.map((c) => [c.slug, c]));
  const problems: FlagAnswerProblem[] = [];
  const seen = new Set<string>();
  parsed.value.answers.forEach((a, i) => {
    const at = (key: string) => lineOfPath(text, ['answers', i, key]);
    const spec = bySlug.get(a.command);
    if (!spec) {
      problems.push({ line: at('command'), message: `answers.${i}.command: no command "${a.command}" in the CLI spec (use a slug such as container-run)` });
      return;
    }
    const option = spec.options.find((o) => o.long === a.flag);
    if (!option) {
      problems.push({ line: at('flag'), message: `answers.${i}.flag: docker ${spec.canonicalPath.join(' ')} has no option --${a.flag}` });
      return;
    }
    const key = `${a.command}#${a.flag}`;
    if (seen.has(key)) problems.push({ line: at('flag'), message: `answers.${i}: a second answer for docker ${spec.canonicalPath.join(' ')} --${a.flag}; keep one` });
    seen.add(key);
    const inv = parseCommand(a.cmd).invocations[0];
    const path = spec.canonicalPath.join(' ');
    if (!inv || inv.command !== path) {
      problems.push({ line: at('cmd'), message: `answers.${i}.cmd: \`${a.cmd}\` does not run docker ${path}` });
    } else if (!inv.ownFlags.some((f) => f.flag.long === a.flag)) {
      problems.push({ line: at('cmd'), message: `answers.${i}.cmd: \`${a.cmd}\` does not use --${a.flag}${option.short ? ` (or -${option.short})` : ''}` });
    }
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, answers: parsed.value.answers };
}
