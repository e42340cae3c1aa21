// Guides and the cheat sheet in the content registry: every guide in both languages with the same
// section anchors and the same number of examples and mistake blocks, and no mistake written out
// outside its mistake block; every command the cheat sheet names has catalog examples to show.
import { cheatsheetProblems } from '../../src/lib/catalog/cheatsheet.ts';
import { lineOfPath } from '../../src/lib/catalog/parse-yaml-entry.ts';
import { registryFrom } from '../../src/lib/content/files.ts';
import { checkGuideParity } from '../../src/lib/content/guides.ts';
import { checkMistakesContained } from '../../src/lib/content/mistakes.ts';
import type { Registry } from '../../src/lib/content/registry.ts';
import type { ContentProblem } from './types.ts';

export function checkGuides(source: Registry | string): ContentProblem[] {
  const reg = registryFrom(source);
  return [...checkGuideParity(reg), ...checkMistakesContained(reg)];
}

export function checkCheatsheet(source: Registry | string): ContentProblem[] {
  const reg = registryFrom(source);
  if (!reg.cheatsheet) return reg.cheatsheetProblems;
  const { file } = reg.cheatsheet;
  const line = lineOfPath(reg.yaml(file)!, ['chapters']);
  return cheatsheetProblems(reg.cheatsheet.value, (slug) => reg.commands.get(slug)?.value).map((message) => ({ file, line, severity: 'error', message }));
}
