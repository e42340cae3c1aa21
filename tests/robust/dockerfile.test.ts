// check-dockerfile's core on hostile shapes (huge inputs, deep nesting, long runs), at 1k, 10k and 100k characters.
import { describe, expect, it } from 'vitest';
import { checkDockerfile, formatDockerfileProblem } from '../../src/lib/dockerfile/check.ts';
import { expectLinear, fill } from './scaling.ts';

const stages = (n: number) => {
  let s = '';
  for (let i = 0; s.length < n; i++) s += `FROM alpine:3 AS stage${i}\nCOPY --from=stagx${i} /a /b\n`;
  return s;
};

const SHAPES: Array<[string, (n: number) => string]> = [
  ['COPY a × k', (n) => fill('FROM alpine:3\n', 'COPY a\n', '', n)],
  ['stages with COPY --from', stages],
  ['one long word after RUN', (n) => fill('FROM alpine:3\nRUN ', 'a', '\n', n)],
  ['quoted <<EOF', (n) => fill('FROM alpine:3\n', 'RUN echo "<<EOF"\n', '', n)],
  ['unterminated heredoc', (n) => fill('FROM alpine:3\nRUN <<EOF\n', 'echo hi\n', '', n)],
  ['many heredocs', (n) => fill('FROM alpine:3\n', 'RUN <<A <<B\na\nA\nb\nB\n', '', n)],
  ['continuation lines', (n) => fill('FROM alpine:3\nRUN a \\\n', '  b \\\n', '  c\n', n)],
  ['nested arrays in CMD', (n) => fill('FROM alpine:3\nCMD ["a", ', '[', '\n', n)],
  ['long exec form', (n) => fill('FROM alpine:3\nCMD [', '"a", ', '"b"]\n', n)],
  ['unknown instructions', (n) => fill('FROM alpine:3\n', 'FORM x\n', '', n)],
  ['apt-get install with many packages', (n) => fill('FROM alpine:3\nRUN apt-get install ', 'x ', '\n', n)],
  ['spaces then a letter', (n) => fill('FROM alpine:3\nRUN a', ' ', 'x\n', n)],
  ['many RUN flags', (n) => fill('FROM alpine:3\nRUN ', '--mount=type=cache ', 'make\n', n)],
  ['control characters', (n) => fill('FROM alpine:3\nRUN echo ', '\x1b[2J\r', '\n', n)],
  // Continuation lines glued without a space, `<<` runs, a long `-yyy…y!` cluster.
  ['glued continuation lines', (n) => fill('FROM alpine:3\nRUN a\\\n', 'b\\\n', 'c\n', n)],
  ['RUN << then many <', (n) => fill('FROM alpine:3\nRUN <<', '<', '\n', n)],
  ['RUN <<"a…a unclosed quote', (n) => fill('FROM alpine:3\nRUN <<"', 'a', '\n', n)],
  ['apt-get install -yyy…y!', (n) => fill('FROM alpine:3\nRUN apt-get install -', 'y', '!\n', n)],
  ['typographic dashes', (n) => fill('FROM alpine:3\nRUN apt\u2010get install ', '\u2014y ', 'curl\n', n)],
  ['invisible and tag characters', (n) => fill('FROM alpine:3\nRUN echo ', '\u2028\u{e0041}', '\n', n)],
  ['many mistyped instructions', (n) => fill('FROM alpine:3\n', 'FORM x\nRUN apt-get install x\n', '', n)],
];

describe.each(SHAPES)('%s', (_name, make) => {
  it('no crash, linear', () => {
    expectLinear(make, (text) => {
      const problems = checkDockerfile(text);
      for (const p of problems.slice(0, 50)) expect(typeof formatDockerfileProblem('f', p)).toBe('string');
    });
  });
});
