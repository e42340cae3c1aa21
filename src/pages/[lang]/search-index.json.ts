// The task index of one language: /{lang}/search-index.json, fetched by the search
// page and the header's quick search only when someone starts searching.
import type { APIRoute } from 'astro';
import { listCommands } from '../../lib/cli-spec/index';
import { LOCALES, type Locale } from '../../lib/i18n/locales';
import { readFlagAnswers, FLAG_ANSWERS_FILE } from '../../lib/search/flag-answers';
import { readCommandTasks, COMMAND_TASKS_FILE } from '../../lib/search/command-tasks';
import { readGuideAnswers, GUIDE_ANSWERS_FILE } from '../../lib/search/guide-answers';
import { siteSearchIndex } from '../../lib/search/site-index';
import { allExamples, cheatsheet, contentFiles, contentYaml, dockerfileCatalog, getCommandEntry, guidesUsing, listGuides } from '../../data/content';

/** content/search/flag-answers.yaml, read once; a bad file stops the build with file:line (as the content check says). */
function flagAnswers() {
  const file = contentYaml(FLAG_ANSWERS_FILE);
  if (!file) throw new Error(`${FLAG_ANSWERS_FILE} is missing`);
  const r = readFlagAnswers(file, listCommands());
  if (!r.ok) throw new Error(`${FLAG_ANSWERS_FILE}:${r.problems[0]?.line}: ${r.problems[0]?.message} (run npm run check:content for all problems)`);
  return r.answers;
}

/** content/search/guide-answers.yaml, checked against the guides' sections. */
function guideAnswers() {
  const file = contentYaml(GUIDE_ANSWERS_FILE);
  if (!file) throw new Error(`${GUIDE_ANSWERS_FILE} is missing`);
  const r = readGuideAnswers(file, (lang, chapter, anchor) => listGuides(lang).some((g) => g.chapter === chapter && g.sections.some((s) => s.anchor === anchor)), LOCALES);
  if (!r.ok) throw new Error(`${GUIDE_ANSWERS_FILE}:${r.problems[0]?.line}: ${r.problems[0]?.message} (run npm run check:content for all problems)`);
  return r.answers;
}

/** content/search/command-tasks.yaml: more task phrases for commands and Dockerfile instructions. */
function commandTasks() {
  const file = contentYaml(COMMAND_TASKS_FILE);
  if (!file) throw new Error(`${COMMAND_TASKS_FILE} is missing`);
  const r = readCommandTasks(file, listCommands());
  if (!r.ok) throw new Error(`${COMMAND_TASKS_FILE}:${r.problems[0]?.line}: ${r.problems[0]?.message} (run npm run check:content for all problems)`);
  return r;
}

export function getStaticPaths() {
  return LOCALES.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = ({ params }) => {
  const lang = params.lang as Locale;
  const tasks = commandTasks();
  const data = siteSearchIndex(lang, {
    entry: getCommandEntry,
    examples: allExamples(),
    sheet: new Set(cheatsheet().chapters.flatMap((c) => c.commands)),
    guidesUsing,
    guides: (l) => listGuides(l).map((g) => ({ chapter: g.chapter, title: g.title, sections: g.sections })),
    dockerfile: dockerfileCatalog(),
    flagAnswers: flagAnswers(),
    guideAnswers: guideAnswers(),
    commandTasks: tasks.tasks,
    instructionTasks: tasks.instructions,
  });
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
