// Guides and the cheat sheet in the content registry: every guide in both languages with the same
// section anchors and the same number of examples and mistake blocks, and no mistake written out
// outside its mistake block; every command the cheat sheet names has catalog examples to show.
import { cheatsheetProblems } from '../catalog/cheatsheet.ts';
import { lineOfPath } from '../catalog/parse-yaml-entry.ts';
import { checkGuideParity } from '../content/guides.ts';
import { checkMistakesContained } from '../content/mistakes.ts';
import type { Registry } from '../content/registry.ts';
import type { ContentProblem } from '../content/problem.ts';

export function checkGuides(reg: Registry): ContentProblem[] {
  return [...checkGuideParity(reg), ...checkMistakesContained(reg)];
}

export function checkCheatsheet(reg: Registry): ContentProblem[] {
  if (!reg.cheatsheet) return reg.cheatsheetProblems;
  const { file } = reg.cheatsheet;
  const line = lineOfPath(reg.yaml(file)!, ['chapters']);
  const known = new Set(reg.chapters.map((c) => c.slug));
  // Unknown chapters only when there is a chapter list to know them by (the guides check reports why not).
  const unknown: ContentProblem[] = known.size === 0 ? [] : reg.cheatsheet.value.chapters.flatMap(({ chapter }, i) =>
    known.has(chapter) ? [] : [{ file, line: lineOfPath(reg.yaml(file)!, ['chapters', i, 'chapter']), severity: 'error' as const, message: `chapters.${i}.chapter: "${chapter}" is not a guide chapter; use one of ${[...known].join(', ')} (content/guides/chapters.yaml)` }],
  );
  return [...unknown, ...cheatsheetProblems(reg.cheatsheet.value, (slug) => reg.commands.get(slug)?.value, (slug) => reg.file(`content/commands/${slug}.yaml`) !== undefined).map((message) => ({ file, line, severity: 'error' as const, message }))];
}
