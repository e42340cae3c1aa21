/**
 * What the Dockerfile pages show, worked out from the catalog so the .astro routes stay thin.
 */
import type { Locale } from '../i18n/locales.ts';
import { dockerfileHref } from '../routes.ts';
import type { DockerfileCatalog } from './catalog.ts';
import { INSTRUCTIONS, instructionSlug, type Instruction } from '../dockerfile/instructions.ts';
import type { Localized } from '../i18n/localized.ts';
import type { InstructionEntry, WholeFileExample } from './schema.ts';

export function localize(text: Localized, lang: Locale): string {
  return text[lang];
}

/** Copy-ready text of a snippet: exactly what the copy button copies (no trailing newline). */
export function snippetText(code: string): string {
  return code.replace(/\n+$/, '');
}

export interface OverviewRow {
  instruction: Instruction;
  href: string;
  summary: string;
  /** Option names without values (`--from`), for the table. */
  flags: string[];
  /** Everything the filter box matches against: name, both summaries, flags. */
  filterText: string;
}

export function overviewRows(catalog: DockerfileCatalog, lang: Locale): OverviewRow[] {
  return catalog.instructions.map(({ value }) => {
    const flags = value.options.map((o) => o.flag.split('=')[0] ?? o.flag);
    return {
      instruction: value.instruction,
      href: dockerfileHref(lang, instructionSlug(value.instruction)),
      summary: localize(value.summary, lang),
      flags,
      filterText: [value.instruction, value.summary.ko, value.summary.en, ...flags].join(' '),
    };
  });
}

export function findEntry(catalog: DockerfileCatalog, instruction: Instruction): InstructionEntry {
  const entry = catalog.instructions.find((e) => e.value.instruction === instruction);
  if (!entry) throw new Error(`content/dockerfile/${instructionSlug(instruction)}.yaml: no catalog entry for ${instruction}`);
  return entry.value;
}

/** The instructions before and after this one, in catalog order. */
export function neighbours(instruction: Instruction): { prev: Instruction | undefined; next: Instruction | undefined } {
  const i = INSTRUCTIONS.indexOf(instruction);
  return { prev: INSTRUCTIONS[i - 1], next: INSTRUCTIONS[i + 1] };
}

/** Whole-file examples that demonstrate an instruction. */
export function examplesUsing(catalog: DockerfileCatalog, instruction: Instruction): Array<WholeFileExample & { slug: string }> {
  return catalog.examples.filter((e) => e.value.instructions.includes(instruction)).map((e) => ({ ...e.value, slug: e.slug }));
}
