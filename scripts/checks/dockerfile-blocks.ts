// Checks every Dockerfile snippet the site shows: the Dockerfile catalog (content/dockerfile/,
// instruction entries and whole-file examples) and ```dockerfile fences in any content/**/*.md(x).
// A copy-ready snippet with an error fails the build; a snippet marked as a mistake must draw at
// least one error or warning, or it teaches nothing (and is itself reported as an error).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readDockerfileCatalog } from '../../src/lib/dockerfile/catalog.ts';
import { checkDockerfile } from '../../src/lib/dockerfile/check.ts';
import { instructionSnippets, snippetStart, wholeFileSnippets, type SnippetRef } from '../../src/lib/dockerfile/snippets.ts';
import type { ContentProblem } from './types.ts';

interface Located {
  file: string;
  /** File position of the snippet's first line and first column. */
  start: { line: number; column: number };
  /** How to name the snippet in a message (`mistakes.0.wrong`, `dockerfile fence`). */
  label: string;
  ref: Pick<SnippetRef, 'code' | 'expect' | 'fragment'>;
}

function checkSnippet(s: Located): ContentProblem[] {
  const problems = checkDockerfile(s.ref.code, { fragment: s.ref.fragment });
  if (s.ref.expect === 'mistake') {
    if (problems.length > 0) return [];
    return [{
      file: s.file,
      line: s.start.line,
      column: s.start.column,
      severity: 'error',
      message: `${s.label}: mistake block shows no mistake: the Dockerfile checker finds nothing wrong in it; make it show the mistake, or teach the checker to see it`,
    }];
  }
  return problems.map((p) => ({
    file: s.file,
    line: s.start.line + p.line - 1,
    // Columns only shift on the snippet's first line for a plain scalar; block scalars shift every line.
    column: s.start.column + p.column - 1,
    severity: p.severity,
    message: `${s.label}: ${p.code}: ${p.message}`,
  }));
}

/** Markdown and MDX files under content/, recursively. */
function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return /\.mdx?$/.test(name) ? [path] : [];
  });
}

const FENCE_OPEN = /^(\s*)(`{3,}|~{3,})\s*dockerfile\b(.*)$/i;

/** ```dockerfile fences in a Markdown text; `mistake` in the fence's info string marks a mistake block. */
export function dockerfileFences(text: string): Array<{ line: number; code: string; mistake: boolean }> {
  const lines = text.split(/\r?\n/);
  const fences: Array<{ line: number; code: string; mistake: boolean }> = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE_OPEN.exec(lines[i] ?? '');
    if (!open) continue;
    const indent = (open[1] ?? '').length;
    const marker = open[2] ?? '```';
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j] ?? '';
      if (line.trim().startsWith(marker) && line.trim().replace(/[`~]/g, '') === '') break;
      body.push(line.slice(Math.min(indent, line.length - line.trimStart().length)));
    }
    fences.push({ line: i + 2, code: body.join('\n'), mistake: /\bmistake\b/.test(open[3] ?? '') });
    i = j;
  }
  return fences;
}

export function checkDockerfileBlocks(root: string): ContentProblem[] {
  const catalog = readDockerfileCatalog(root);
  const problems: ContentProblem[] = catalog.problems.map((p) => ({ ...p, severity: 'error' as const }));
  const snippets: Located[] = [];
  for (const entry of catalog.instructions) {
    for (const ref of instructionSnippets(entry.value)) {
      snippets.push({ file: entry.file, start: snippetStart(entry.text, ref.path), label: ref.path.join('.'), ref });
    }
  }
  for (const example of catalog.examples) {
    for (const ref of wholeFileSnippets(example.value)) {
      snippets.push({ file: example.file, start: snippetStart(example.text, ref.path), label: ref.path.join('.'), ref });
    }
  }
  for (const path of markdownFiles(join(root, 'content'))) {
    const file = relative(root, path).split('\\').join('/');
    for (const fence of dockerfileFences(readFileSync(path, 'utf8'))) {
      snippets.push({
        file,
        start: { line: fence.line, column: 1 },
        label: 'dockerfile fence',
        ref: { code: fence.code, expect: fence.mistake ? 'mistake' : 'clean', fragment: !/^\s*FROM\s/im.test(fence.code) },
      });
    }
  }
  for (const s of snippets) problems.push(...checkSnippet(s));
  return problems;
}
