// The spec cut into pieces the browser loads as it needs them: one
// small index (every command path and alias, the root's and the groups' options, the facts and
// data the walk needs) and one slice per command (its options, usage, facts), each with option
// descriptions already in the page's language. The explain page and the builder assemble a
// validator context from the index plus the slices they have loaded; the index alone resolves a
// command line to its command, so the island knows which slice to fetch before it checks.
import type { CliSpec, CommandSpec } from '../cli-spec/schema.ts';
import type { CliFacts, CommandFacts } from '../command/cli-facts.ts';
import type { ValidatorData } from '../command/enum-warnings.ts';
import type { ParsedLine } from '../command/parse.ts';
import type { Locale } from '../i18n/locales.ts';
import { commandSlug } from '../routes.ts';

/** An option description in the page's language, or English (`en: true`) where none is written. */
export interface LocalDescription {
  text: string;
  en: boolean;
}

export interface SpecSlice {
  slug: string;
  /** The command's spec; option descriptions are the page language's where the catalog has them. */
  spec: CommandSpec;
  facts: CommandFacts | null;
  /** Long names whose description is the help's English on a Korean page. */
  english: string[];
  /** The command's one-line summary in the page's language. */
  summary: LocalDescription;
  /** The catalog's common flags (long names), first in the builder. */
  common: string[];
}

export interface SpecIndex {
  version: string;
  lang: Locale;
  /** The root (global options, localized) and the groups, without their long texts. */
  root: CommandSpec;
  groups: CommandSpec[];
  /** Each runnable command's routes: canonical path first, then the other forms (`['container ls', 'container list', 'ps']`). */
  leaves: string[][];
  /** Facts of the root and the groups (the leaves' come with their slices). */
  facts: Record<string, CommandFacts>;
  data: ValidatorData;
  /** Root options whose description is English on a Korean page. */
  english: string[];
}

/** What the page knows about option texts in its language: long name -> description. */
export type OptionTexts = (spec: CommandSpec) => Map<string, LocalDescription>;

function withTexts(spec: CommandSpec, texts: Map<string, LocalDescription>): { spec: CommandSpec; english: string[] } {
  const english: string[] = [];
  const options = spec.options.map((o) => {
    const t = texts.get(o.long);
    if (!t || t.en) english.push(o.long);
    return t ? { ...o, description: t.text } : o;
  });
  return { spec: { ...spec, options }, english };
}

const strip = (c: CommandSpec): CommandSpec => ({ ...c, subcommands: [], examples: null, longDescription: null, summary: '' });

/** Builds the index (at build time). */
export function makeSpecIndex(spec: CliSpec, facts: CliFacts, data: ValidatorData, lang: Locale, texts: OptionTexts): SpecIndex {
  const root = withTexts(strip(spec.root), texts(spec.root));
  const groups = spec.commands.filter((c) => c.isGroup).map(strip);
  const keep: Record<string, CommandFacts> = {};
  for (const g of ['', ...groups.map((c) => c.canonicalPath.join(' '))]) if (facts.commands[g]) keep[g] = facts.commands[g];
  const leaves = spec.commands
    .filter((c) => !c.isGroup)
    .map((c) => [...new Set([c.canonicalPath, c.path, ...c.aliases].map((r) => r.join(' ')))]);
  return { version: spec.version, lang, root: root.spec, groups, leaves, facts: keep, data, english: lang === 'en' ? [] : root.english };
}

/** Builds one command's slice (at build time). */
export function makeSpecSlice(cmd: CommandSpec, facts: CliFacts, lang: Locale, texts: OptionTexts, summary: LocalDescription, common: string[]): SpecSlice {
  const { spec, english } = withTexts({ ...cmd, subcommands: [], examples: null, longDescription: null }, texts(cmd));
  return { slug: cmd.slug, spec, facts: facts.commands[cmd.canonicalPath.join(' ')] ?? null, english: lang === 'en' ? [] : english, summary, common };
}

/** A leaf known only by its routes until its slice arrives: no options, any arguments. */
function stub(routes: string[]): CommandSpec {
  const canonicalPath = (routes[0] as string).split(' ');
  return {
    path: canonicalPath,
    canonicalPath,
    slug: commandSlug(canonicalPath),
    aliases: routes.slice(1).map((r) => r.split(' ')),
    summary: '',
    longDescription: null,
    usage: [{ text: '', path: ['docker', ...canonicalPath], acceptsOptions: true, args: [], minArgs: 0, maxArgs: null }],
    isGroup: false,
    subcommands: [],
    options: [],
    examples: null,
  };
}

/** The spec and facts a validator context is built from: the index, with the loaded slices filled in. */
export function assembleSpec(index: SpecIndex, slices: ReadonlyMap<string, SpecSlice>): { spec: CliSpec; facts: CliFacts } {
  const commands: CommandSpec[] = [...index.groups];
  const facts: Record<string, CommandFacts> = { ...index.facts };
  for (const routes of index.leaves) {
    const s = stub(routes);
    const slice = slices.get(s.slug);
    if (slice) {
      // The slice's own routes are the spec's (`path` may differ from the canonical path).
      commands.push({ ...slice.spec, aliases: s.aliases.length > 0 || slice.spec.aliases.length === 0 ? slice.spec.aliases : s.aliases });
      if (slice.facts) facts[s.canonicalPath.join(' ')] = slice.facts;
    } else {
      commands.push(s);
    }
  }
  return { spec: { version: index.version, root: index.root, commands }, facts: { generatedBy: 'assembled from the spec index and slices', dockerVersion: index.version, commands: facts } };
}

/** The slugs of the runnable commands a parsed line resolved to whose slices are not loaded yet. */
export function missingSlices(parsed: ParsedLine, slices: ReadonlyMap<string, SpecSlice>): string[] {
  const out = new Set<string>();
  for (const inv of parsed.invocations) {
    const spec = inv.node?.spec;
    if (!spec || spec.isGroup || inv.node === null || inv.node.canonical === '') continue;
    if (!slices.has(spec.slug)) out.add(spec.slug);
  }
  return [...out];
}
