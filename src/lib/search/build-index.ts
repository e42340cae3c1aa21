// The task index: one small JSON per language, written at build time by
// src/pages/[lang]/search-index.json.ts and searched in the browser (src/lib/search/engine.ts).
// Pure: the page hands in the spec, the catalog entries, the guides and the Dockerfile catalog.
import type { CommandSpec } from '../cli-spec/schema.ts';
import type { CommandEntry } from '../catalog/schema.ts';
import { commandSummary, displayPath, optionRows } from '../catalog/command-view.ts';
import type { Locale } from '../i18n/locales.ts';
import { commandHref, dockerfileHref, guideHref, optionRowId } from '../routes.ts';
import type { FlagAnswer } from './flag-answers.ts';
import type { CommandTasks } from './command-tasks.ts';
import type { GuideAnswer } from './guide-answers.ts';

/** Result kinds: command, guide section, Dockerfile instruction, option row, flag answer (an option row with a task and a command line). */
export type DocKind = 'c' | 'g' | 'd' | 'o' | 'f';

export interface SearchDoc {
  id: number;
  k: DocKind;
  /** Where the result leads (from src/lib/routes.ts). */
  h: string;
  /** Title shown: `docker container ls`, a section heading, `FROM`, an option row's `-p, --publish`. */
  t: string;
  /** Names it answers to: alias forms (`docker ps`), the instruction, the flag (`--rm -p`). */
  n: string;
  /** Summary shown under the title. */
  s: string;
  /** Task phrases (commands, flag answers), questions (guide sections). */
  ta?: string[];
  /** First example: command line and title (commands); the command line to copy (flag answers, no title). */
  e?: [string, string];
  /** More text, weighed little: other example titles, the guide chapter's title. */
  x?: string;
  /** Ranking prior: how much learners need it (cheat sheet, guides). */
  b: number;
  /** Context: the chapter of a guide section; the command (`docker container run`) of an option row. */
  c?: string;
  /** Flags an option row defines (`--rm`, `-p`). */
  f?: string[];
  /**
   * Option rows and flag answers: the id of their command's doc. In the JSON their `h` and `c`
   * are left out (the command's href plus `#flag-{long}`, and its title): `inflate` puts them back.
   */
  p?: number;
}

export interface SearchIndexData {
  lang: Locale;
  docs: SearchDoc[];
  /** Every command form without `docker` (`ps`, `container ls`, `container list`) -> doc id. */
  paths: Record<string, number>;
}

export interface GuideInput {
  chapter: string;
  title: string;
  sections: Array<{ anchor: string | null; title: string }>;
}

export interface InstructionInput {
  instruction: string;
  summary: string;
  /** Titles of its examples and pitfalls (searched with little weight). */
  more: string[];
  /** Task phrases (content/search/command-tasks.yaml), when it has some. */
  tasks?: readonly string[];
}

export interface Usage {
  guides: number;
  cheatsheet: boolean;
  /** Examples on the whole site (catalog, guides) that run the command. */
  examples?: number;
}

export interface IndexInput {
  lang: Locale;
  commands: readonly CommandSpec[];
  entry: (slug: string) => CommandEntry | undefined;
  /** How much the site uses a command: guide sections, cheat sheet, examples anywhere that run it. */
  usage: (slug: string) => Usage;
  guides: GuideInput[];
  instructions: InstructionInput[];
  /** content/search/flag-answers.yaml: options with task phrases and a command line of their own. */
  flagAnswers?: readonly FlagAnswer[];
  /** content/search/guide-answers.yaml: the concept questions guide sections answer. */
  guideAnswers?: readonly GuideAnswer[];
  /** content/search/command-tasks.yaml: more task phrases for commands, for the search only. */
  commandTasks?: CommandTasks;
}

/** Commands a learner rarely needs first; everyday commands win ties against them. */
const RARE_GROUPS = new Set(['swarm', 'service', 'node', 'stack', 'secret', 'config', 'plugin', 'trust', 'manifest', 'checkpoint', 'context', 'builder', 'buildx']);

function commandBoost(spec: CommandSpec, use: Usage): number {
  let b = 1 + Math.min(use.guides, 6) * 0.06 + (use.cheatsheet ? 0.35 : 0) + Math.min(Math.log2(1 + (use.examples ?? 0)), 6) * 0.04;
  if (RARE_GROUPS.has(spec.canonicalPath[0] ?? '')) b *= 0.7;
  if (spec.isGroup) b *= 0.8;
  return Math.round(b * 100) / 100;
}

export function buildSearchIndex(input: IndexInput): SearchIndexData {
  const { lang } = input;
  const docs: SearchDoc[] = [];
  const paths: Record<string, number> = {};
  const add = (d: Omit<SearchDoc, 'id'>): SearchDoc => {
    const doc = { id: docs.length, ...d } as SearchDoc;
    docs.push(doc);
    return doc;
  };

  for (const spec of input.commands) {
    const entry = input.entry(spec.slug);
    const use = input.usage(spec.slug);
    const forms = [spec.canonicalPath, spec.path, ...spec.aliases].map((p) => p.join(' '));
    const unique = [...new Set(forms)];
    const first = entry?.examples[0];
    const doc = add({
      k: 'c',
      h: commandHref(lang, spec.slug),
      t: displayPath(spec.canonicalPath),
      n: unique.join(' | '),
      s: commandSummary(spec, entry, lang).text,
      ta: [...(entry?.tasks?.[lang] ?? []), ...(input.commandTasks?.[spec.slug]?.[lang] ?? [])],
      e: first ? [first.cmd, first.title[lang]] : undefined,
      x: (entry?.examples.slice(1, 8) ?? []).map((e) => e.title[lang]).join(' · ') || undefined,
      b: commandBoost(spec, use),
    });
    for (const f of unique) paths[f] ??= doc.id;
  }

  // Option rows: what a flag query (`--rm`, `-p`) leads to, and the long tail of flag descriptions.
  // A row with a flag answer becomes the answer: its task phrases, what it does, a command line.
  const answers = new Map((input.flagAnswers ?? []).map((a) => [`${a.command}#${a.flag}`, a]));
  for (const spec of input.commands) {
    const entry = input.entry(spec.slug);
    const common = new Set(entry?.common ?? []);
    const parent = paths[spec.canonicalPath.join(' ')]!;
    const base = docs[parent]!.b;
    for (const row of optionRows(spec, entry, lang)) {
      if (row.long === 'help' || row.markers.includes('deprecated')) continue;
      const answer = answers.get(`${spec.slug}#${row.long}`);
      const flags = [`--${row.long}`, ...(row.short ? [`-${row.short}`] : [])];
      if (answer) {
        add({ k: 'f', h: '', t: row.flag, n: '', s: answer.what[lang], ta: answer.tasks[lang], e: [answer.cmd, ''], x: row.description.text, b: Math.round(base * 0.9 * 100) / 100, f: flags, p: parent });
        continue;
      }
      add({
        k: 'o',
        h: '',
        t: row.flag,
        n: '',
        s: row.description.text,
        b: Math.round(base * (common.has(row.long) ? 0.5 : 0.3) * 100) / 100,
        f: flags,
        p: parent,
      });
    }
  }

  const questions = new Map((input.guideAnswers ?? []).map((a) => [a.section, a.tasks[lang]]));
  for (const g of input.guides) {
    for (const s of g.sections) {
      const ta = s.anchor ? questions.get(`${g.chapter}#${s.anchor}`) : undefined;
      add({ k: 'g', h: guideHref(lang, g.chapter, s.anchor), t: s.title, n: '', s: g.title, ...(ta ? { ta } : {}), x: g.title, b: 0.8, c: g.title });
    }
  }

  for (const i of input.instructions) {
    add({ k: 'd', h: dockerfileHref(lang, i.instruction), t: i.instruction, n: `${i.instruction} Dockerfile`, s: i.summary, ...(i.tasks?.length ? { ta: [...i.tasks] } : {}), x: i.more.join(' · ') || undefined, b: 0.9 });
  }

  // Option rows and flag answers travel without their href and command title (see SearchDoc.p).
  for (const d of docs) {
    if (d.p === undefined) continue;
    delete (d as Partial<SearchDoc>).h;
    delete d.c;
    if (d.n === '') delete (d as Partial<SearchDoc>).n;
  }
  return { lang, docs, paths };
}

/** Puts back what the JSON leaves out: an option row's href and command title (from its command's doc). */
export function inflate(data: SearchIndexData): SearchIndexData {
  for (const d of data.docs) {
    d.n ??= '';
    if (d.p === undefined) continue;
    const parent = data.docs[d.p]!;
    const long = d.f?.find((f) => f.startsWith('--'))?.slice(2) ?? '';
    d.h = `${parent.h}#${optionRowId(long)}`;
    d.c = parent.t;
  }
  return data;
}
