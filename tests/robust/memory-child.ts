// Run by memory.test.ts in a fresh process with a capped heap: builds one hostile input, then
// (mode "run") checks it the way the command-line checkers do (one line or file at a time, output
// formatted and dropped). Mode "baseline" prints the heap in use once the modules are loaded and
// the input is built; the test then caps the heap at that plus a multiple of the input.
import { validateCommandLine } from '../../src/lib/command/index.ts';
import { readCommandLines } from '../../src/lib/command/read-command-lines.ts';
import { renderVerdict } from '../../src/lib/command/render-verdict.ts';
import { checkDockerfile, formatDockerfileProblem } from '../../src/lib/dockerfile/check.ts';

const [shape = '', sizeText = '0', mode = 'baseline'] = process.argv.slice(2);
const size = Number(sizeText);
const fill = (head: string, unit: string, tail: string) => head + unit.repeat(Math.max(1, Math.ceil((size - head.length - tail.length) / unit.length))) + tail;

const INPUTS: Record<string, () => string> = {
  // Dockerfiles
  'dockerfile: glued continuation lines': () => fill('FROM alpine:3\nRUN a\\\n', 'b\\\n', 'c\n'),
  'dockerfile: mistyped instructions': () => fill('FROM alpine:3\n', 'FORM x\nRUN apt-get install x\n', ''),
  'dockerfile: RUN << then many <': () => fill('FROM alpine:3\nRUN <<', '<', '\n'),
  // Command lines: a 65k-character line (100 invisible characters, then ESC), repeated.
  'commands: invisible characters and ESC': () => fill('', `docker ps ${'\u200b'.repeat(100)}${'\x1b'.repeat(65_325)}\n`, ''),
  'commands: many short lines with typos': () => fill('', 'docker run --detatch --restart-always -p 8080:80 nginx:latest\n', ''),
};

const make = INPUTS[shape];
if (!make) throw new Error(`unknown shape ${shape}`);
const input = make();
let sink = 0;
if (mode === 'run') {
  if (shape.startsWith('dockerfile')) {
    for (const p of checkDockerfile(input)) sink += formatDockerfileProblem('Dockerfile', p).length;
  } else {
    for (const entry of readCommandLines(input)) {
      const r = validateCommandLine(entry.text);
      sink += renderVerdict(r, 'en', null).length + JSON.stringify({ input: r.input, valid: r.valid, command: r.command, diagnostics: r.diagnostics }).length;
    }
  }
}
(globalThis as { gc?: () => void }).gc?.();
process.stdout.write(`${JSON.stringify({ bytes: Buffer.byteLength(input), heap: process.memoryUsage().heapUsed, sink })}\n`);
