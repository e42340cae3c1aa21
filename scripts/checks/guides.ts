// Guides and the cheat sheet in the content registry: every guide in both languages with the same
// section anchors and the same number of examples and mistake blocks, and no mistake written out
// outside its mistake block; every command the cheat sheet names has catalog examples to show.
import { readFileSync } from 'node:fs';
import { CheatsheetSchema, cheatsheetProblems } from '../../src/lib/catalog/cheatsheet.ts';
import { CommandEntrySchema } from '../../src/lib/catalog/schema.ts';
import { lineOfPath, parseYamlEntry } from '../../src/lib/catalog/parse-yaml-entry.ts';
import { collectExamples } from '../../src/lib/content/examples.ts';
import { readContentFiles } from '../../src/lib/content/files.ts';
import { checkGuideParity } from '../../src/lib/content/guides.ts';
import { checkMistakesContained } from '../../src/lib/content/mistakes.ts';
import type { ContentProblem } from './types.ts';

export function checkGuides(root: string, files = readContentFiles(root)): ContentProblem[] {
  const examples = collectExamples(files);
  return [...checkGuideParity(files, examples), ...checkMistakesContained(files, examples)];
}

export function checkCheatsheet(root: string): ContentProblem[] {
  const file = 'content/cheatsheet.yaml';
  let text: string;
  try {
    text = readFileSync(`${root}/${file}`, 'utf8');
  } catch {
    return [{ file, severity: 'error', message: 'missing: the cheat sheet needs this file (chapters and their commands)' }];
  }
  const parsed = parseYamlEntry(text, CheatsheetSchema);
  if (!parsed.ok) return parsed.problems.map((p) => ({ file, line: p.line, column: p.column, severity: 'error', message: p.message }));
  const entryOf = (slug: string) => {
    try {
      const r = parseYamlEntry(readFileSync(`${root}/content/commands/${slug}.yaml`, 'utf8'), CommandEntrySchema);
      return r.ok ? r.value : undefined;
    } catch {
      return undefined;
    }
  };
  return cheatsheetProblems(parsed.value, entryOf).map((message) => ({ file, line: lineOfPath(text, ['chapters']), severity: 'error', message }));
}
