// The task index (issue #11): one small JSON per language, written at build time by
// src/pages/[lang]/search-index.json.ts and searched in the browser (src/lib/search/engine.ts).
// Pure: the page hands in the spec, the catalog entries, the guides and the Dockerfile catalog.
import type { CommandSpec } from '../cli-spec/schema.ts';
import type { CommandEntry } from '../catalog/schema.ts';
import { commandSummary, displayPath, optionRows } from '../catalog/command-view.ts';
import type { Locale } from '../i18n/locales.ts';
import { commandHref, dockerfileHref, guideHref } from '../routes.ts';

/** Result kinds: command, guide section, Dockerfile instruction, option row. */
export type DocKind = 'c' | 'g' | 'd' | 'o';

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
  /** Task phrases (commands). */
  ta?: string[];
  /** First example: command line and title (commands). */
  e?: [string, string];
  /** More text, weighed little: other example titles, the guide chapter's title. */
  x?: string;
  /** Ranking prior: how much learners need it (cheat sheet, guides). */
  b: number;
  /** Context: the chapter of a guide section; the command (`docker container run`) of an option row. */
  c?: string;
  /** Flags an option row defines (`--rm`, `-p`). */
  f?: string[];
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
      ta: entry?.tasks?.[lang] ?? [],
      e: first ? [first.cmd, first.title[lang]] : undefined,
      x: (entry?.examples.slice(1, 8) ?? []).map((e) => e.title[lang]).join(' · ') || undefined,
      b: commandBoost(spec, use),
    });
    for (const f of unique) paths[f] ??= doc.id;
  }

  // Option rows: what a flag query (`--rm`, `-p`) leads to, and the long tail of flag descriptions.
  for (const spec of input.commands) {
    const entry = input.entry(spec.slug);
    const common = new Set(entry?.common ?? []);
    const base = docs[paths[spec.canonicalPath.join(' ')]!]!.b;
    for (const row of optionRows(spec, entry, lang)) {
      if (row.long === 'help' || row.markers.includes('deprecated')) continue;
      add({
        k: 'o',
        h: commandHref(lang, spec.slug, row.long),
        t: row.flag,
        n: '',
        s: row.description.text,
        b: Math.round(base * (common.has(row.long) ? 0.5 : 0.3) * 100) / 100,
        c: displayPath(spec.canonicalPath),
        f: [`--${row.long}`, ...(row.short ? [`-${row.short}`] : [])],
      });
    }
  }

  for (const g of input.guides) {
    for (const s of g.sections) {
      add({ k: 'g', h: guideHref(lang, g.chapter, s.anchor), t: s.title, n: '', s: g.title, x: g.title, b: 0.8, c: g.title });
    }
  }

  for (const i of input.instructions) {
    add({ k: 'd', h: dockerfileHref(lang, i.instruction), t: i.instruction, n: `${i.instruction} Dockerfile`, s: i.summary, x: i.more.join(' · ') || undefined, b: 0.9 });
  }

  return { lang, docs, paths };
}
