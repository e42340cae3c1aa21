// The task index of one language: /{lang}/search-index.json, fetched by the search
// page and the header's quick search only when someone starts searching.
import type { APIRoute } from 'astro';
import { findCommand, listCommands } from '../../lib/cli-spec/index';
import { LOCALES, type Locale } from '../../lib/i18n/locales';
import { buildSearchIndex } from '../../lib/search/build-index';
import { readFlagAnswers, FLAG_ANSWERS_FILE } from '../../lib/search/flag-answers';
import { allExamples, cheatsheet, contentFiles, dockerfileCatalog, getCommandEntry, guidesUsing, listGuides } from '../../data/content';

/** content/search/flag-answers.yaml, read once; a bad file stops the build with file:line (as the content check says). */
function flagAnswers() {
  const file = contentFiles.find((f) => f.path === FLAG_ANSWERS_FILE);
  if (!file) throw new Error(`${FLAG_ANSWERS_FILE} is missing`);
  const r = readFlagAnswers(file.text, listCommands());
  if (!r.ok) throw new Error(`${FLAG_ANSWERS_FILE}:${r.problems[0]?.line}: ${r.problems[0]?.message} (run npm run check:content for all problems)`);
  return r.answers;
}

export function getStaticPaths() {
  return LOCALES.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = ({ params }) => {
  const lang = params.lang as Locale;
  // Every example on the site that runs a command counts for it: a prior for ties (`--rm` is
  // defined by `container create` and `container run`; the site runs the latter far more).
  const runs = new Map<string, number>();
  for (const ex of allExamples()) {
    if (ex.kind !== 'shell' || ex.mistake) continue;
    // Flag answers are the search's own lines, not the site's usage of a command.
    if (ex.file === FLAG_ANSWERS_FILE) continue;
    const slug = findCommand(ex.code.trim().split(/\s+/)).command.slug;
    runs.set(slug, (runs.get(slug) ?? 0) + 1);
  }
  const onSheet = new Set(cheatsheet().chapters.flatMap((c) => c.commands));
  const data = buildSearchIndex({
    lang,
    commands: listCommands(),
    entry: getCommandEntry,
    usage: (slug) => ({ guides: guidesUsing(slug, lang).length, cheatsheet: onSheet.has(slug), examples: runs.get(slug) ?? 0 }),
    guides: listGuides(lang).map((g) => ({ chapter: g.chapter, title: g.title, sections: g.sections })),
    instructions: dockerfileCatalog().instructions.map(({ value: i }) => ({
      instruction: i.instruction,
      summary: i.summary[lang],
      more: [...i.examples.map((e) => e.caption[lang]), ...i.pitfalls.map((p) => p.title[lang])],
    })),
    flagAnswers: flagAnswers(),
  });
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
