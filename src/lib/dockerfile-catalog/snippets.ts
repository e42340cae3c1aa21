/**
 * Every Dockerfile snippet in a catalog entry, with its YAML path, so the build can check each one
 * and report problems at the line of the YAML file where the snippet's line is.
 */
import { parseYaml, type ParsedYaml } from '../catalog/parse-yaml-entry.ts';
import { nodeAt } from '../catalog/yaml-tree.ts';
import { isFragment } from '../dockerfile/check.ts';
import type { InstructionEntry, WholeFileExample } from './schema.ts';

export interface SnippetRef {
  /** Path of the snippet's string in the YAML document (`['mistakes', 0, 'wrong']`). */
  path: Array<string | number>;
  code: string;
  /** `clean`: must draw no error; `mistake`: must draw at least one error or warning. */
  expect: 'clean' | 'mistake';
  /** A few instructions out of a Dockerfile (no FROM needed), or a whole file. */
  fragment: boolean;
}

export function instructionSnippets(entry: InstructionEntry): SnippetRef[] {
  const refs: SnippetRef[] = [];
  const add = (path: Array<string | number>, code: string, expect: SnippetRef['expect']) =>
    refs.push({ path, code, expect, fragment: isFragment(code) });
  entry.examples.forEach((ex, i) => add(['examples', i, 'code'], ex.code, 'clean'));
  entry.mistakes.forEach((m, i) => {
    add(['mistakes', i, 'wrong'], m.wrong, 'mistake');
    add(['mistakes', i, 'right'], m.right, 'clean');
  });
  entry.pitfalls.forEach((p, i) => {
    p.examples.forEach((ex, j) => add(['pitfalls', i, 'examples', j, 'code'], ex.code, 'clean'));
    p.mistakes.forEach((m, j) => {
      add(['pitfalls', i, 'mistakes', j, 'wrong'], m.wrong, 'mistake');
      add(['pitfalls', i, 'mistakes', j, 'right'], m.right, 'clean');
    });
  });
  return refs;
}

export function wholeFileSnippets(example: WholeFileExample): SnippetRef[] {
  return [{ path: ['code'], code: example.code, expect: 'clean', fragment: false }];
}

/**
 * File position (1-based) of the first line of the string at `path`. For a block scalar (`|`) the
 * snippet starts on the line after the indicator, at the block's indentation, so snippet line N is
 * file line `line + N - 1` and snippet column C is file column `column + C - 1`. Other scalars
 * report the position of the value itself.
 */
export function snippetStart(source: string | ParsedYaml, path: Array<string | number>): { line: number; column: number } {
  const { text: yamlText, root, linePos } = typeof source === 'string' ? parseYaml(source) : source;
  const node = nodeAt(root, path, true);
  if (node?.kind !== 'scalar') return { line: 1, column: 1 };
  const at = linePos(node.start);
  if (!node.block) return { line: at.line, column: at.col };
  const lines = yamlText.split(/\r?\n/);
  // The first non-empty line after the header sets the indentation.
  for (let i = at.line; i < lines.length; i++) {
    const text = lines[i] ?? '';
    if (text.trim() !== '') return { line: at.line + 1, column: text.length - text.trimStart().length + 1 };
  }
  return { line: at.line + 1, column: 1 };
}
