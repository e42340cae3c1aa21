// The site's task index made from the content files on the Node side (the search evaluator and the
// unit tests), with the page's builder and inputs (site-index.ts), read through the content
// registry instead of Vite. A content file the index needs that is invalid throws with its path.
import { parse as parseYaml } from 'yaml';
import { listCommands } from '../cli-spec/index.ts';
import { loadRegistry } from '../content/files.ts';
import { guideUsage } from '../content/guides.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import type { GuideInput, SearchIndexData } from './build-index.ts';
import { COMMAND_TASKS_FILE, readCommandTasks } from './command-tasks.ts';
import { FLAG_ANSWERS_FILE, readFlagAnswers } from './flag-answers.ts';
import { GUIDE_ANSWERS_FILE, readGuideAnswers } from './guide-answers.ts';
import { siteSearchIndex } from './site-index.ts';

/** Builds the index of each language from the content under `root`. */
export function siteIndexes(root: string, langs: readonly Locale[] = LOCALES): Map<Locale, SearchIndexData> {
  const reg = loadRegistry(root, { compileMdx: false });
  const text = (path: string) => {
    const f = reg.file(path);
    if (!f) throw new Error(`${path} is missing`);
    return f.text;
  };
  const invalid = reg.commandProblems[0] ?? reg.chapterProblems[0] ?? reg.cheatsheetProblems[0];
  if (invalid || !reg.cheatsheet) throw new Error(`${invalid?.file}:${invalid?.line}: ${invalid?.message} (npm run check:content says more)`);
  const sheet = reg.cheatsheet.value;
  const answers = readFlagAnswers(text(FLAG_ANSWERS_FILE), listCommands());
  if (!answers.ok) throw new Error(`${FLAG_ANSWERS_FILE}:${answers.problems[0]?.line}: ${answers.problems[0]?.message}`);
  const commandTasks = readCommandTasks(text(COMMAND_TASKS_FILE), listCommands());
  if (!commandTasks.ok) throw new Error(`${COMMAND_TASKS_FILE}:${commandTasks.problems[0]?.line}: ${commandTasks.problems[0]?.message}`);
  const guideCache = new Map<Locale, GuideInput[]>();
  const guides = (lang: Locale): GuideInput[] => {
    let list = guideCache.get(lang);
    if (!list) {
      list = reg.chapters.flatMap(({ slug: chapter }) => {
        const path = `content/guides/${lang}/${chapter}.mdx`;
        const file = reg.file(path);
        if (!file) return [];
        const front = /^---\n([\s\S]*?)\n---/.exec(file.text)?.[1] ?? '';
        const title = String((parseYaml(front) as { title?: string } | null)?.title ?? chapter);
        return [{ chapter, title, sections: reg.sections.get(path) ?? [] }];
      });
      guideCache.set(lang, list);
    }
    return list;
  };
  const guideAnswers = readGuideAnswers(text(GUIDE_ANSWERS_FILE), (lang, chapter, anchor) => guides(lang).some((g) => g.chapter === chapter && g.sections.some((s) => s.anchor === anchor)), LOCALES);
  if (!guideAnswers.ok) throw new Error(`${GUIDE_ANSWERS_FILE}:${guideAnswers.problems[0]?.line}: ${guideAnswers.problems[0]?.message}`);
  const examples = reg.examples;
  const usage = guideUsage(examples, reg.verdict);
  const out = new Map<Locale, SearchIndexData>();
  for (const lang of langs) {
    out.set(
      lang,
      siteSearchIndex(lang, {
        entry: (slug) => reg.commands.get(slug)?.value,
        examples,
        sheet: new Set(sheet.chapters.flatMap((c) => c.commands)),
        guidesUsing: (slug, l) => (usage.get(slug) ?? []).filter((u) => u.lang === l),
        guides,
        dockerfile: reg.dockerfile,
        flagAnswers: answers.answers,
        guideAnswers: guideAnswers.answers,
        commandTasks: commandTasks.tasks,
        instructionTasks: commandTasks.instructions,
      }),
    );
  }
  return out;
}
