// Every command example in the project's content, checked with the validator before a build:
// - fenced code blocks in content/**/*.md and *.mdx whose info string is sh, shell, bash or
//   console (a `console` block's commands are its `$ ` lines; the rest is output); an info string
//   that contains `mistake` marks a block that shows a mistake on purpose;
// - YAML files under content/: any object with a string `cmd` is an example, `mistake: true`
//   marks a mistake.
// An error in an example fails the build with file:line; a mistake block that draws no diagnostic
// at all fails too (DESIGN.md: every mistake block must show a mistake). The judge harness
// (tests/judge/) checks exactly the examples `collectCommandExamples` returns.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { exampleProblems } from '../../src/lib/examples/example-problems.ts';
import { readCommandLines } from '../../src/lib/command/read-command-lines.ts';
import type { ContentProblem } from './types.ts';

export interface CommandExample {
  /** Path relative to the repository root. */
  file: string;
  /** 1-based line where the command starts. */
  line: number;
  command: string;
  mistake: boolean;
}

const SHELL_INFO = /^(sh|shell|bash|console)\b/;

function walk(dir: string, out: string[]): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

/** Commands of one fenced block; `console` blocks keep only their prompt lines. */
function blockCommands(body: string, info: string): Array<{ text: string; line: number }> {
  if (info.startsWith('console')) {
    const lines = body.split('\n');
    const out: Array<{ text: string; line: number }> = [];
    for (let i = 0; i < lines.length; i++) {
      const m = /^\s*[$#] (.*)$/.exec(lines[i] as string);
      if (!m) continue;
      let text = m[1] as string;
      const start = i;
      while (/\\$/.test(text) && i + 1 < lines.length) text += `\n${lines[++i] as string}`;
      out.push({ text, line: start });
    }
    return out;
  }
  return readCommandLines(body).map((e) => ({ text: e.text, line: e.line - 1 }));
}

function fromMarkdown(root: string, file: string, out: CommandExample[]): void {
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([^`]*)$/.exec(lines[i] as string);
    if (!open) continue;
    const fence = open[2] as string;
    const info = (open[3] as string).trim();
    const startLine = i + 1;
    const body: string[] = [];
    for (i++; i < lines.length && !(lines[i] as string).trim().startsWith(fence); i++) body.push((lines[i] as string).slice((open[1] as string).length));
    if (!SHELL_INFO.test(info)) continue;
    const mistake = /mistake/.test(info);
    for (const c of blockCommands(body.join('\n'), info)) {
      out.push({ file: relative(root, file), line: startLine + 1 + c.line, command: c.text, mistake });
    }
  }
}

function fromYaml(root: string, file: string, out: CommandExample[]): void {
  const counter = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: counter });
  const visit = (node: Node | null | undefined): void => {
    if (isSeq(node)) for (const item of node.items) visit(item as Node);
    if (!isMap(node)) return;
    let cmd: { value: string; offset: number } | null = null;
    let mistake = false;
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (key === 'cmd' && isScalar(pair.value) && typeof pair.value.value === 'string') cmd = { value: pair.value.value, offset: pair.value.range?.[0] ?? 0 };
      if (key === 'mistake' && isScalar(pair.value) && pair.value.value === true) mistake = true;
      visit(pair.value as Node);
    }
    if (cmd) out.push({ file: relative(root, file), line: counter.linePos(cmd.offset).line, command: cmd.value.replace(/\n$/, ''), mistake });
  };
  visit(doc.contents as Node);
}

/** Every command example under `root`/content, in file order. */
export function collectCommandExamples(root: string): CommandExample[] {
  const out: CommandExample[] = [];
  for (const file of walk(join(root, 'content'), []).sort()) {
    if (/\.mdx?$/.test(file)) fromMarkdown(root, file, out);
    else if (/\.ya?ml$/.test(file)) fromYaml(root, file, out);
  }
  return out;
}

/** The content check: errors in examples, and mistake blocks that show no mistake. */
export function checkCommandExamples(root: string): ContentProblem[] {
  return collectCommandExamples(root).flatMap((ex) =>
    exampleProblems(ex.command, ex.mistake).map((p) => ({ file: ex.file, line: ex.line, severity: p.severity, message: p.message })),
  );
}
