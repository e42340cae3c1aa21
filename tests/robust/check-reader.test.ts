// dockref check's reader (src/lib/check: markdown-it's block parse, the block-to-command grouping,
// placeholders, the output formats) on hostile Markdown at 1k, 10k and 100k characters: no crash,
// linear time, and output within a small multiple of the input.
import { describe, expect, it } from 'vitest';
import { checkText, type FileType } from '../../src/lib/check/run.ts';
import { githubRecord, jsonRecord, textRecord } from '../../src/lib/check/format.ts';
import { expectLinear, fill } from './scaling.ts';

// [name, type, make(n)]
const SHAPES: Array<[string, FileType, (n: number) => string]> = [
  ['many small blocks', 'markdown', (n) => fill('# t\n\n', '```sh\ndocker ps\n```\n\n', '', n)],
  ['one block of many commands', 'markdown', (n) => fill('```sh\n', 'docker rm\n', '```\n', n)],
  ['console output lines', 'markdown', (n) => fill('```console\n$ docker ps\n', 'CONTAINER ID IMAGE\n', '```\n', n)],
  ['unclosed fence', 'markdown', (n) => fill('```sh\n', 'docker ps -a\n', '', n)],
  ['fence markers only', 'markdown', (n) => fill('', '```\n', '', n)],
  ['long fence line', 'markdown', (n) => fill('', '`', '\ndocker ps\n', n)],
  ['nested block quotes', 'markdown', (n) => fill('', '> ', '```sh\ndocker ps\n```\n', n)],
  ['nested lists', 'markdown', (n) => `${Array.from({ length: Math.ceil(n / 120) }, (_, i) => `${'  '.repeat(i % 40)}- item\n`).join('')}\n\`\`\`sh\ndocker ps\n\`\`\`\n`],
  ['unclosed quote in a block', 'markdown', (n) => fill('```sh\ndocker run alpine echo "\n', 'text\n', '```\n', n)],
  ['unterminated heredoc', 'markdown', (n) => fill('```sh\ndocker build - <<EOF\n', 'RUN x\n', '```\n', n)],
  ['many heredocs on one line', 'shell', (n) => fill('docker build - ', '<<A ', '\n', n)],
  ['continued lines', 'markdown', (n) => fill('```sh\ndocker run \\\n', '  -d \\\n', '  alpine\n```\n', n)],
  ['console continuations', 'markdown', (n) => fill('```console\n$ docker run \\\n', '>   -d \\\n', '>   alpine\n```\n', n)],
  ['placeholders', 'markdown', (n) => fill('```sh\ndocker run ', '<image> ', '\n```\n', n)],
  ['dots', 'markdown', (n) => fill('```sh\ndocker run ', '... ', '\n```\n', n)],
  ['angle brackets', 'markdown', (n) => fill('```sh\ndocker run ', '<a', '\n```\n', n)],
  ['wide table', 'markdown', (n) => fill('| a ', '| docker run --x ', '|\n', n)],
  ['one prose paragraph', 'markdown', (n) => fill('', 'docker run --nmae web nginx 그리고 ', '\n', n)],
  ['HTML block', 'markdown', (n) => fill('<div>\n', '```sh\ndocker ps\n', '</div>\n', n)],
  ['tilde toggles', 'markdown', (n) => fill('', '~~~sh\ndocker ps\n', '', n)],
  ['PowerShell backticks', 'markdown', (n) => fill('```powershell\ndocker run `\n', '  -d `\n', '  alpine\n```\n', n)],
  ['shell script', 'shell', (n) => fill('#!/bin/sh\n', 'docker ps -a # list\n', '', n)],
  ['Dockerfile blocks', 'markdown', (n) => fill('', '```dockerfile\nFROM alpine:3\nRUN apt-get install x\n```\n', '', n)],
  ['invisible characters', 'markdown', (n) => fill('```sh\ndocker ps ', '\u202e\u200b', '\n```\n', n)],
  ['one edit per command', 'markdown', (n) => fill('```sh\n', 'docker run --nmae x nginx\n', '```\n', n)],
];

describe.each(SHAPES)('%s', (_name, type, make) => {
  it('no crash, linear, output bounded', () => {
    expectLinear(make, (text) => {
      let plain = 0;
      let json = 0;
      for (const rec of checkText('doc.md', text, type, 'en')) {
        plain += textRecord(rec).length + githubRecord(rec).length;
        json += jsonRecord(rec).length;
      }
      // Within a small multiple of the input: one message (at most 600 characters) per finding,
      // at most max(20, length/100) findings per command. The worst case is a 10-character
      // command with a 150-character message (`docker rm`); its JSON object also carries the
      // command's fields and the message's key and parameters (about 53 characters per input
      // character for `docker rm`).
      expect(plain).toBeLessThan(40 * text.length + 10_000);
      expect(json).toBeLessThan(70 * text.length + 10_000);
    });
  });
});
