// The build side of the spec slices (src/lib/explain/spec-slices.ts): option texts and summaries in
// the page's language from the catalog (content/commands/<slug>.yaml `options.<long>.ko`).
import factsJson from '../../content/validator/cli-facts.json';
import dataJson from '../../content/validator/validator-data.json';
import { cliSpec, getCommandBySlug, listCommands } from '../lib/cli-spec/index';
import type { CommandSpec } from '../lib/cli-spec/schema';
import { commandSummary, optionRows } from '../lib/catalog/command-view';
import type { CliFacts } from '../lib/command/cli-facts';
import type { ValidatorData } from '../lib/command/enum-warnings';
import type { LinkTexts } from '../lib/explain/code-links';
import { makeSpecIndex, makeSpecSlice, type LocalDescription, type OptionTexts, type SpecIndex, type SpecSlice } from '../lib/explain/spec-slices';
import type { Locale } from '../lib/i18n/locales';
import { useTranslations } from '../lib/i18n/ui';
import { getCommandEntry } from './content';

const facts = factsJson as unknown as CliFacts;
const data = dataJson as unknown as ValidatorData;

/** Option descriptions of a command in `lang`, English where the catalog has no translation. */
export function optionTexts(lang: Locale): OptionTexts {
  const tr = useTranslations(lang);
  return (spec: CommandSpec) =>
    new Map(optionRows(spec, getCommandEntry(spec.slug), lang, { text: tr('command.helpFlag'), lang }).map((r) => [r.long, { text: r.description.text, en: r.description.lang !== lang } satisfies LocalDescription]));
}

export function specIndex(lang: Locale): SpecIndex {
  return makeSpecIndex(cliSpec, facts, data, lang, optionTexts(lang));
}

/** The commands with a spec slice file (/{lang}/spec/{slug}.json): every one that is not a group. */
export function specSlugs(): string[] {
  return listCommands()
    .filter((c) => !c.isGroup)
    .map((c) => c.slug);
}

export function specSlice(lang: Locale, slug: string): SpecSlice | null {
  const cmd = getCommandBySlug(slug);
  if (!cmd || cmd.isGroup || slug === 'docker') return null;
  const entry = getCommandEntry(slug);
  const s = commandSummary(cmd, entry, lang);
  return makeSpecSlice(cmd, facts, lang, optionTexts(lang), { text: s.text, en: s.lang !== lang }, entry?.common ?? []);
}

const linkTextCache = new Map<Locale, LinkTexts>();
/** Tooltips of the flag links in code blocks (memoized per command: every example asks). */
export function linkTexts(lang: Locale): LinkTexts {
  let t = linkTextCache.get(lang);
  if (!t) {
    const texts = optionTexts(lang);
    const options = new Map<string, Map<string, LocalDescription>>();
    t = {
      options: (spec) => {
        let m = options.get(spec.slug);
        if (!m) options.set(spec.slug, (m = texts(spec)));
        return m;
      },
      summary: (spec) => {
        const s = commandSummary(spec, getCommandEntry(spec.slug), lang);
        return { text: s.text, en: s.lang !== lang };
      },
    };
    linkTextCache.set(lang, t);
  }
  return t;
}
