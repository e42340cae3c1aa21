/**
 * Reads the Dockerfile catalog from the files of content/dockerfile/ (read by content/files.ts in
 * Node, by Vite for the pages). Problems say which file and line is wrong.
 */
import type { SourceFile } from '../source-file.ts';
import { parseYamlEntry, type ParsedYaml } from '../catalog/parse-yaml-entry.ts';
import { INSTRUCTIONS, instructionSlug, type Instruction } from '../dockerfile/instructions.ts';
import { InstructionEntrySchema, WholeFileExampleSchema, type InstructionEntry, type WholeFileExample } from './schema.ts';

export const CATALOG_DIR = 'content/dockerfile';
export const EXAMPLES_DIR = 'content/dockerfile/examples';

export interface CatalogProblem {
  /** Path relative to the project root. */
  file: string;
  line?: number;
  column?: number;
  message: string;
}

export interface LoadedEntry<T> {
  /** Path relative to the project root. */
  file: string;
  /** The file's text (to map snippet lines back to file lines). */
  text: string;
  value: T;
}

export interface DockerfileCatalog {
  /** One entry per instruction, in INSTRUCTIONS order. */
  instructions: Array<LoadedEntry<InstructionEntry>>;
  /** Whole-file examples, in `order`, with their slug (file name without `.yaml`). */
  examples: Array<LoadedEntry<WholeFileExample> & { slug: string }>;
  problems: CatalogProblem[];
}

/** Parses every `.yaml` file directly in `dir` with `schema`; schema and syntax problems go to `problems`. */
function loadYamlDir<S extends Parameters<typeof parseYamlEntry>[1]>(
  files: readonly SourceFile[],
  dir: string,
  schema: S,
  problems: CatalogProblem[],
  parsed?: (path: string) => ParsedYaml | undefined,
): Array<{ name: string; file: string; text: string; value: ReturnType<S['parse']> }> {
  const loaded = [];
  for (const { path: file, text } of files) {
    const name = file.slice(dir.length + 1);
    if (!file.startsWith(`${dir}/`) || name.includes('/') || !name.endsWith('.yaml')) continue;
    const result = parseYamlEntry(parsed?.(file) ?? text, schema);
    if (!result.ok) {
      problems.push(...result.problems.map((p) => ({ file, line: p.line, column: p.column, message: p.message })));
      continue;
    }
    loaded.push({ name, file, text, value: result.value as ReturnType<S['parse']> });
  }
  return loaded.sort((a, b) => (a.name < b.name ? -1 : 1));
}

/**
 * The catalog from the project's content files (the content registry's part for Dockerfiles).
 * `parsed` gives a file's one YAML parse when the registry has it.
 */
export function dockerfileCatalogFrom(files: readonly SourceFile[], parsed?: (path: string) => ParsedYaml | undefined): DockerfileCatalog {
  const problems: CatalogProblem[] = [];
  const byInstruction = new Map<Instruction, LoadedEntry<InstructionEntry>>();
  for (const { name, file, text, value } of loadYamlDir(files, CATALOG_DIR, InstructionEntrySchema, problems, parsed)) {
    const expected = `${instructionSlug(value.instruction)}.yaml`;
    if (name !== expected) {
      problems.push({ file, line: 1, message: `instruction ${value.instruction} belongs in ${CATALOG_DIR}/${expected}; rename the file or fix "instruction"` });
      continue;
    }
    byInstruction.set(value.instruction, { file, text, value });
  }
  for (const instruction of INSTRUCTIONS) {
    if (!byInstruction.has(instruction) && !problems.some((p) => p.file === `${CATALOG_DIR}/${instructionSlug(instruction)}.yaml`)) {
      problems.push({ file: `${CATALOG_DIR}/${instructionSlug(instruction)}.yaml`, message: `missing: every instruction needs a catalog entry; create this file for ${instruction}` });
    }
  }
  const examples: DockerfileCatalog['examples'] = [];
  for (const { name, file, text, value } of loadYamlDir(files, EXAMPLES_DIR, WholeFileExampleSchema, problems, parsed)) {
    examples.push({ file, text, value, slug: name.replace(/\.yaml$/, '') });
  }
  examples.sort((a, b) => a.value.order - b.value.order || a.slug.localeCompare(b.slug));
  const instructions = INSTRUCTIONS.flatMap((i) => {
    const entry = byInstruction.get(i);
    return entry ? [entry] : [];
  });
  return { instructions, examples, problems };
}
