import { z } from 'zod';
import { localizedText } from '../i18n/localized-schema.ts';
import type { Locale } from '../i18n/locales.ts';
import { INSTRUCTIONS } from '../dockerfile/instructions.ts';

/**
 * The Dockerfile catalog: `content/dockerfile/<instruction>.yaml` (one file per instruction, lower
 * case: `from.yaml`) and `content/dockerfile/examples/<slug>.yaml` (whole-file examples). These
 * schemas are the single source of the catalog's types. Every Dockerfile snippet in them is
 * checked at build time by src/lib/content-checks/dockerfile-blocks.ts.
 */

/**
 * Text in every language (`ko`, `en`). Korean is written first and for Korean readers, not
 * translated word by word; `code` in backticks renders as code; a blank line starts a new paragraph.
 */
const TextSchema = localizedText();

/** A Dockerfile snippet shown ready to copy. It must draw no error from the checker. */
export const DockerfileExampleSchema = z
  .object({
    /** What the snippet does. */
    caption: TextSchema,
    /** The snippet, exactly as it is copied (a YAML block scalar `|`, so lines map to the file). */
    code: z.string().min(1),
  })
  .strict();
export type DockerfileExample = z.infer<typeof DockerfileExampleSchema>;

/**
 * A learner's mistake (several come from the study notes) shown next to its corrected form. The
 * wrong snippet must draw at least one error or warning; the right one must draw no error.
 */
export const DockerfileMistakeSchema = z
  .object({
    /** The wrong snippet, exactly as a learner would write it. */
    wrong: z.string().min(1),
    /** The corrected snippet (copy-ready). */
    right: z.string().min(1),
    /** What is wrong, why it matters, and what the fix changes. */
    explanation: TextSchema,
    /** True when the mistake is quoted from the study notes the site grew out of. */
    fromNotes: z.boolean().default(false),
  })
  .strict();
export type DockerfileMistake = z.infer<typeof DockerfileMistakeSchema>;

/**
 * A shell command related to the instruction (building, running, inspecting). Shared convention
 * with the command catalog: an object with a `cmd` string, and `mistake: true` when it shows a
 * mistake on purpose; the command-line validator checks every `cmd` in content.
 */
export const ShellCommandSchema = z
  .object({
    /** One docker command line in canonical form (`docker image build -t app .`). */
    cmd: z.string().trim().min(1),
    /** Shows a wrong command on purpose (then it must draw a diagnostic). */
    mistake: z.boolean().optional(),
    /** What the command does, or what is wrong with it. */
    caption: TextSchema,
  })
  .strict();
export type ShellCommand = z.infer<typeof ShellCommandSchema>;

/** One way to write the instruction, as a template (not a snippet: it is not checked or copied). */
export const SyntaxFormSchema = z
  .object({
    /** The template, e.g. `COPY [--chown=<user>:<group>] <src>... <dest>`. */
    syntax: z.string().trim().min(1),
    /** Which form this is, when the instruction has more than one. */
    form: z.enum(['shell', 'exec', 'key-value', 'legacy', 'plain']).default('plain'),
    /** When to use this form. */
    note: TextSchema.optional(),
    /** Only BuildKit understands this form (heredocs); the legacy builder (DOCKER_BUILDKIT=0) rejects it. */
    buildkit: z.boolean().optional(),
  })
  .strict();
export type SyntaxForm = z.infer<typeof SyntaxFormSchema>;

/** An option (flag) of the instruction. */
export const InstructionOptionSchema = z
  .object({
    /** The flag with its value placeholder: `--from=<stage|image>`. */
    flag: z.string().regex(/^--[a-z][a-z-]*(=.+)?$/, 'a flag like --from=<stage>'),
    /** What it does. */
    description: TextSchema,
    /** Default value, when the flag has one (`30s`). */
    default: z.string().optional(),
    /** Only BuildKit understands the flag; the legacy builder (DOCKER_BUILDKIT=0) stops with an error. */
    buildkit: z.boolean().optional(),
    /** The `# syntax=` frontend the flag needs as the Dockerfile's first line (`docker/dockerfile:1-labs`). */
    syntax: z.string().regex(/^docker\/dockerfile:[0-9a-z.-]+$/, 'a frontend image such as docker/dockerfile:1-labs').optional(),
    /** The build command that goes with the flag (`docker build --secret id=...` for `RUN --mount=type=secret`). */
    build: ShellCommandSchema.optional(),
  })
  .strict();
export type InstructionOption = z.infer<typeof InstructionOptionSchema>;

/** A pitfall: something that surprises people even when the syntax is right. */
export const PitfallSchema = z
  .object({
    /** Anchor id on the page (kebab-case, unique within the entry). */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case id'),
    title: TextSchema,
    body: TextSchema,
    /** Snippets that illustrate it (copy-ready, checked). */
    examples: z.array(DockerfileExampleSchema).default([]),
    /** Wrong/right pairs that illustrate it. */
    mistakes: z.array(DockerfileMistakeSchema).default([]),
  })
  .strict();
export type Pitfall = z.infer<typeof PitfallSchema>;

/** One instruction: `content/dockerfile/<instruction>.yaml`. */
export const InstructionEntrySchema = z
  .object({
    /** The instruction in upper case; must match the file name (`from.yaml` -> `FROM`). */
    instruction: z.enum(INSTRUCTIONS),
    /** One sentence: what the instruction is for (used in the overview table). */
    summary: TextSchema,
    /** The ways to write it. */
    forms: z.array(SyntaxFormSchema).min(1),
    /** Its flags; empty when it has none. */
    options: z.array(InstructionOptionSchema).default([]),
    /** How it works, a few short paragraphs. */
    explanation: TextSchema,
    /** Copy-ready snippets, each checked. */
    examples: z.array(DockerfileExampleSchema).min(1),
    /** Wrong/right pairs. */
    mistakes: z.array(DockerfileMistakeSchema).default([]),
    /** Things that trip people up. */
    pitfalls: z.array(PitfallSchema).default([]),
    /** Related docker commands. */
    commands: z.array(ShellCommandSchema).default([]),
    /** Instructions to read next. */
    related: z.array(z.enum(INSTRUCTIONS)).default([]),
  })
  .strict();
export type InstructionEntry = z.infer<typeof InstructionEntrySchema>;

/** A whole Dockerfile worth studying: `content/dockerfile/examples/<slug>.yaml`. */
export const WholeFileExampleSchema = z
  .object({
    /** Title of the example. */
    title: TextSchema,
    /** What it shows and how it works. */
    description: TextSchema,
    /** File name the Dockerfile is saved under (`Dockerfile`, `Dockerfile.base`). */
    filename: z.string().min(1),
    /** The complete Dockerfile (copy-ready, checked as a whole file, FROM required). */
    code: z.string().min(1),
    /**
     * The Korean page's comment lines: each comment line of `code` as written (`# Install nginx…`)
     * mapped to its Korean line. Only comments change, so the Korean file builds the same.
     */
    commentsKo: z.record(z.string(), z.string().regex(/^# [^\n]+$/, 'a Korean comment is one line starting with "# "')).default({}),
    /** Commands to build and run it. */
    commands: z.array(ShellCommandSchema).default([]),
    /** Instructions it demonstrates (its page links here). */
    instructions: z.array(z.enum(INSTRUCTIONS)).min(1),
    /** Position on the overview page (smaller first). */
    order: z.number().int().default(100),
  })
  .strict()
  .superRefine((example, ctx) => {
    const comments = commentLines(example.code);
    for (const line of comments) {
      if (!(line in example.commentsKo)) ctx.addIssue({ code: 'custom', path: ['commentsKo'], message: `the comment "${line}" has no Korean line: add it to commentsKo ("${line}": "# …")` });
    }
    for (const key of Object.keys(example.commentsKo)) {
      if (!comments.includes(key)) ctx.addIssue({ code: 'custom', path: ['commentsKo', key], message: `"${key}" is not a comment line of code: copy the line exactly as written there, or delete the entry` });
    }
  });
export type WholeFileExample = z.infer<typeof WholeFileExampleSchema>;

/** A Dockerfile's comment lines, trimmed, without parser directives (`# syntax=…`, `# escape=…`). */
export function commentLines(code: string): string[] {
  return code.split('\n').map((l) => l.trim()).filter((l) => l.startsWith('#') && !/^#\s*(syntax|escape|check)\s*=/i.test(l));
}

/** The file as shown on a page: on Korean pages, the comment lines in Korean (indentation kept). */
export function codeFor(example: Pick<WholeFileExample, 'code' | 'commentsKo'>, lang: Locale): string {
  if (lang !== 'ko') return example.code;
  return example.code
    .split('\n')
    .map((l) => {
      const korean = example.commentsKo[l.trim()];
      return korean === undefined ? l : l.slice(0, l.length - l.trimStart().length) + korean;
    })
    .join('\n');
}
