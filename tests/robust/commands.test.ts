// check-commands' core (validateCommandLine + the text renderer) and the explain page's core
// (src/lib/explain) on hostile shapes (huge inputs, deep nesting, long runs), at 1k, 10k and 100k characters.
import { describe, expect, it } from 'vitest';
import { say } from '../../src/lib/i18n/messages';
import { parseCommand, validateCommandLine } from '../../src/lib/command/index.ts';
import { readCommandLines } from '../../src/lib/command/read-command-lines.ts';
import { escapeForTerminal, renderVerdict } from '../../src/lib/command/render-verdict.ts';
import { MAX_DIAGNOSTICS, MAX_LINE_LENGTH } from '../../src/lib/command/validate.ts';
import { explainLine } from '../../src/lib/explain/explain-parts.ts';
import { shareCommandText } from '../../src/lib/explain/share.ts';
import { spanWindow } from '../../src/lib/explain/window.ts';
import { expectLinear, fill } from './scaling.ts';

const nested = (n: number) => {
  const k = Math.floor((n - 20) / 3);
  return `docker run alpine ${'$('.repeat(k)}ls${')'.repeat(k)}`;
};

// [name, make(n)]: each builds one command line of about n characters.
const SHAPES: Array<[string, (n: number) => string]> = [
  ['dns-search a…a!', (n) => fill('docker run --dns-search ', 'a', '! alpine', n)],
  ['$( nested', nested],
  ['$( unclosed', (n) => fill('docker run alpine ', '$(', '', n)],
  ['backquotes', (n) => fill('docker run alpine ', '`ls` ', '', n)],
  ['many words', (n) => fill('docker run alpine ', 'a ', '', n)],
  ['-iiii… word', (n) => fill('docker run -', 'i', ' alpine', n)],
  ['words after --', (n) => fill('docker run alpine -- ', 'a ', '', n)],
  ['many flags', (n) => fill('docker run ', '-d ', 'alpine', n)],
  ['--detatch × k', (n) => fill('docker run ', '--detatch ', 'alpine', n)],
  ['--cpus 111…1x', (n) => fill('docker run --cpus ', '1', 'x alpine', n)],
  ['--update-max-failure-ratio', (n) => fill('docker service update --update-max-failure-ratio ', '1', 'x web', n)],
  ['pull -a ....', (n) => fill('docker pull -a ', '.', '', n)],
  ['unclosed quote', (n) => fill('docker run alpine "', 'a', '', n)],
  ['pipes', (n) => fill('docker ps', ' | docker ps', '', n)],
  ['continued pipes', (n) => fill('docker ps', ' | \\\n  docker ps', ' | docker run --detatch alpine', n)],
  ['operators only', (n) => fill('docker ps ', '&& ', '', n)],
  ['redirections', (n) => fill('docker ps', ' > a', '', n)],
  ['bidi and invisible', (n) => fill('docker ps ', '\u202e\u200b', '', n)],
  ['full-width', (n) => fill('ｄｏｃｋｅｒ ', 'ｐｓ ', '', n)],
  ['typographic dashes', (n) => fill('docker run ', '\u2212it ', 'alpine', n)],
  ['control characters', (n) => fill('docker run alpine ', '\x1b[2J\r', '', n)],
  ['tabs', (n) => fill('docker\t', 'netowrk\t', 'ls', n)],
  ['unknown flags in a cluster', (n) => fill('docker ps -', 'z', '', n)],
  ['port spec', (n) => fill('docker run -p ', '8', ':80 alpine', n)],
  ['mount fields', (n) => fill('docker run --mount ', 'type=bind,', 'target=/a alpine', n)],
  ['format template', (n) => fill('docker ps --format ', '{{', '', n)],
  ['long image reference', (n) => fill('docker run ', 'a/', 'b', n)],
];

describe.each(SHAPES)('%s', (_name, make) => {
  it('check-commands core: no crash, linear', () => {
    expectLinear(make, (line) => {
      const r = validateCommandLine(line, { maxLength: Infinity });
      expect(r.diagnostics.length).toBeLessThanOrEqual(MAX_DIAGNOSTICS + 1);
      const text = renderVerdict(r, 'en', null);
      // The echo is bounded: output grows with the diagnostics, not with their product with the line.
      // (Escaped characters take up to 6 columns; the corrected line is shown once, whole.)
      expect(text.length).toBeLessThan(2_000 + (r.fixed?.length ?? 0) + 2_000 * (r.diagnostics.length + r.unchecked.length));
    });
  });
  it('explain core: no crash, linear', () => {
    expectLinear(make, (line) => {
      const r = validateCommandLine(line, { maxLength: Infinity });
      explainLine(r, 'en', () => false);
      // What the page draws per diagnostic (up to 200): a window around the span, escaped.
      let drawn = 0;
      for (const d of r.diagnostics.slice(0, 200)) {
        const w = spanWindow(line, d.start, d.end);
        drawn += escapeForTerminal(w.before + w.mark + w.after).length + escapeForTerminal(say(d.message, 'en')).length;
      }
      expect(drawn).toBeLessThan(200 * 2_000);
    });
  });
  it('at the default limit: a clear message, never a crash', () => {
    const r = validateCommandLine(make(100_000));
    if (make(100_000).length > MAX_LINE_LENGTH) expect(r.diagnostics.map((d) => d.code)).toEqual(['line-too-long']);
    expect(() => renderVerdict(r, 'ko', null)).not.toThrow();
  });
});

describe('share links: hiding secrets stays linear', () => {
  const SHARE: Array<[string, (n: number) => string]> = [
    ['many -e KEY=value', (n) => fill('docker run ', '-e PASS=hunter2 ', 'alpine', n)],
    ['a typo with many --env=', (n) => fill('docker runn ', '--env=A=$& ', 'alpine', n)],
    ['$& sequences', (n) => fill('docker run -e A=x alpine echo ', "'$&$`' ", '', n)],
    ['echo lines holding the next', (n) => fill('', 'echo "docker run -e PASS=x alpine"\ndocker run -e PASS=x alpine\n', '', n)],
    ['one long quoted sh -c', (n) => fill("sh -c '", 'docker run -e P=x a; ', "'", n)],
  ];
  it.each(SHARE)('%s', (_name, make) => {
    expectLinear(make, (text) => {
      expect(shareCommandText(text, (line) => parseCommand(line))).not.toContain('hunter2');
    });
  });
});

describe('reading command lines', () => {
  it('`\\`-continued lines: linear', () => {
    expectLinear((n) => fill('docker run \\\n', '  -d \\\n', '  alpine\n', n), (text) => {
      expect(readCommandLines(text)).toHaveLength(1);
    });
  });
  it('many short lines: linear', () => {
    expectLinear((n) => fill('', 'docker ps\n', '', n), (text) => {
      readCommandLines(text);
    });
  });
});
