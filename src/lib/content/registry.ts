// The content registry: everything the site says, read from the content files once. Node scripts
// get the files from files.ts, the pages from Vite (src/data/content.ts); both call buildRegistry
// with them, so there is one interpretation of the content. Each YAML file is parsed once (the
// schema, the example list and every position come from that parse), each guide once (its
// examples and its sections from one tree), and each example is judged once (verdicts.ts). The
// content check builds one registry and hands it to every check; the site builds one per build.
import { CheatsheetSchema, type Cheatsheet } from '../catalog/cheatsheet.ts';
import { parseYaml, parseYamlEntry, type ParsedYaml } from '../catalog/parse-yaml-entry.ts';
import { CommandEntrySchema, type CommandEntry } from '../catalog/schema.ts';
import { dockerfileCatalogFrom, type DockerfileCatalog, type LoadedEntry } from '../dockerfile-catalog/catalog.ts';
import { instructionSnippets, snippetStart, wholeFileSnippets, type SnippetRef } from '../dockerfile-catalog/snippets.ts';
import type { SourceFile } from '../source-file.ts';
import { chaptersFrom, CHAPTERS_FILE, type Chapter } from './chapters.ts';
import { fromCommandYaml, fromMdx, type ContentExample, type GuideSection } from './examples.ts';
import { problemsIn, type ContentProblem } from './problem.ts';
import type { RunOutputs } from './run-outputs.ts';
import { verdictMemo, type ExampleInput, type ExampleVerdict } from './verdicts.ts';

export const CHEATSHEET_FILE = 'content/cheatsheet.yaml';
export const RUN_OUTPUTS_FILE = 'content/validator/engine-outputs.json';
const COMMAND_FILE = /^content\/commands\/([^/]+)\.yaml$/;
const GUIDE_FILE = /^content\/guides\/[^/]+\/[^/]+\.mdx?$/;

export interface Registry {
  /** Every content file, in path order. */
  files: readonly SourceFile[];
  file(path: string): SourceFile | undefined;
  /** A YAML file's one parse. */
  yaml(path: string): ParsedYaml | undefined;
  /** Catalog entries by slug (content/commands/<slug>.yaml), in file order; the invalid ones are in `commandProblems`. */
  commands: Map<string, LoadedEntry<CommandEntry>>;
  commandProblems: ContentProblem[];
  /** content/dockerfile/: instruction entries, whole-file examples and their problems. */
  dockerfile: DockerfileCatalog;
  /** content/guides/chapters.yaml: the guide chapters in reading order (none when the file is invalid: see `chapterProblems`). */
  chapters: Chapter[];
  chapterProblems: ContentProblem[];
  /** content/cheatsheet.yaml, when it is there and valid; otherwise the reason in `cheatsheetProblems`. */
  cheatsheet: LoadedEntry<Cheatsheet> | null;
  cheatsheetProblems: ContentProblem[];
  /** The one list of every example on the site, in file order. */
  examples: ContentExample[];
  /** The `## ` sections of each guide file that parses, by path. */
  sections: Map<string, GuideSection[]>;
  /** Guide files that do not parse (MDX syntax), with line and column. */
  mdxProblems: ContentProblem[];
  /** The one verdict on an example (judged once, then remembered). */
  verdict(ex: ExampleInput): ExampleVerdict;
  /** Outputs captured on the sandboxed engine (content/validator/engine-outputs.json), if any. */
  runOutputs: RunOutputs | null;
  /** Why a data file could not be read (engine-outputs.json that is not JSON). */
  dataProblems: ContentProblem[];
}

export interface RegistryOptions {
  /** Also compile each MDX guide to JavaScript, to report ESM syntax errors (the content check does; the site's own build compiles them anyway). */
  compileMdx?: boolean;
}

export function buildRegistry(files: readonly SourceFile[], options: RegistryOptions = {}): Registry {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const yamls = new Map<string, ParsedYaml>();
  const yaml = (path: string): ParsedYaml | undefined => {
    let parsed = yamls.get(path);
    const f = byPath.get(path);
    if (!parsed && f && /\.ya?ml$/.test(path)) yamls.set(path, (parsed = parseYaml(f.text)));
    return parsed;
  };

  const commands = new Map<string, LoadedEntry<CommandEntry>>();
  const commandProblems: ContentProblem[] = [];
  for (const f of files) {
    const slug = COMMAND_FILE.exec(f.path)?.[1];
    if (!slug) continue;
    const parsed = parseYamlEntry(yaml(f.path)!, CommandEntrySchema);
    if (parsed.ok) commands.set(slug, { file: f.path, text: f.text, value: parsed.value });
    else commandProblems.push(...problemsIn(f.path, parsed.problems));
  }

  const dockerfile = dockerfileCatalogFrom(files, yaml);

  const { chapters, problems: chapterProblems } = chaptersFrom(yaml(CHAPTERS_FILE));

  let cheatsheet: LoadedEntry<Cheatsheet> | null = null;
  const cheatsheetProblems: ContentProblem[] = [];
  const sheet = yaml(CHEATSHEET_FILE);
  if (!sheet) cheatsheetProblems.push({ file: CHEATSHEET_FILE, severity: 'error', message: 'missing: the cheat sheet needs this file (chapters and their commands)' });
  else {
    const parsed = parseYamlEntry(sheet, CheatsheetSchema);
    if (parsed.ok) cheatsheet = { file: CHEATSHEET_FILE, text: sheet.text, value: parsed.value };
    else cheatsheetProblems.push(...problemsIn(CHEATSHEET_FILE, parsed.problems));
  }

  // The example list, in file order: a YAML file's `cmd` examples, then its Dockerfile snippets.
  const snippets = new Map<string, ContentExample[]>();
  const snip = (file: string, refs: SnippetRef[]) =>
    snippets.set(
      file,
      refs.map((ref) => {
        const at = snippetStart(yaml(file)!, ref.path);
        return { file, line: at.line, col: at.column, kind: 'dockerfile', code: ref.code, mistake: ref.expect === 'mistake', fragment: ref.fragment, lang: null, label: ref.path.join('.') };
      }),
    );
  for (const e of dockerfile.instructions) snip(e.file, instructionSnippets(e.value));
  for (const e of dockerfile.examples) snip(e.file, wholeFileSnippets(e.value));
  const examples: ContentExample[] = [];
  const sections = new Map<string, GuideSection[]>();
  const mdxProblems: ContentProblem[] = [];
  for (const f of files) {
    if (/\.ya?ml$/.test(f.path)) {
      fromCommandYaml(f.path, yaml(f.path)!, examples);
      examples.push(...(snippets.get(f.path) ?? []));
    } else if (/\.mdx?$/.test(f.path)) {
      const s = fromMdx(f.path, f.text, examples, mdxProblems, options.compileMdx ?? true);
      if (s && GUIDE_FILE.test(f.path)) sections.set(f.path, s);
    }
  }

  let runOutputs: RunOutputs | null = null;
  const dataProblems: ContentProblem[] = [];
  const outputs = byPath.get(RUN_OUTPUTS_FILE);
  try {
    if (outputs) runOutputs = JSON.parse(outputs.text) as RunOutputs;
  } catch (e) {
    dataProblems.push({ file: RUN_OUTPUTS_FILE, severity: 'error', message: `cannot read it as JSON: ${(e as Error).message}; regenerate it with npm run test:engine -- --update` });
  }

  return {
    files,
    file: (path) => byPath.get(path),
    yaml,
    commands,
    commandProblems,
    dockerfile,
    chapters,
    chapterProblems,
    cheatsheet,
    cheatsheetProblems,
    examples,
    sections,
    mdxProblems,
    verdict: verdictMemo(),
    runOutputs,
    dataProblems,
  };
}

const built = new WeakMap<readonly SourceFile[], Registry>();
/** The registry of a list of files, built once per list (the list is the key: treat both as read-only). */
export function registryOf(files: readonly SourceFile[]): Registry {
  let reg = built.get(files);
  if (!reg) built.set(files, (reg = buildRegistry(files)));
  return reg;
}

/** Every example in the given content files, in file order. */
export function collectExamples(files: readonly SourceFile[]): ContentExample[] {
  return registryOf(files).examples;
}
