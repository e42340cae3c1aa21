import { describe, expect, it } from 'vitest';
import { analyzeExecForm } from '../../src/lib/dockerfile/exec-form';
import { parseDockerfile, splitFlags } from '../../src/lib/dockerfile/parse';
import { didYouMean, editDistance, instructionWords, shellCommands } from '../../src/lib/dockerfile/words';

describe('analyzeExecForm', () => {
  // [text, kind, issue kinds, repaired]
  it.each([
    ['nginx -g "daemon off;"', 'shell', [], undefined],
    ['[ -f /x ] && echo ok', 'shell', [], undefined],
    ['["nginx", "-g", "daemon off;"]', 'exec', [], undefined],
    ['[]', 'exec', [], undefined],
    ['["-d", "10]', 'broken', ['unterminated-string'], '["-d", "10"]'],
    ['["nginx", "-g" "deamon off;"]', 'broken', ['missing-comma'], '["nginx", "-g", "deamon off;"]'],
    ["['nginx', '-g']", 'broken', ['single-quotes', 'single-quotes'], '["nginx", "-g"]'],
    ['[nginx, -g]', 'broken', ['unquoted-item', 'unquoted-item'], '["nginx", "-g"]'],
    ['["a",]', 'broken', ['extra-comma'], '["a"]'],
    ['["a"', 'broken', ['missing-bracket'], '["a"]'],
    ['["a"] b', 'broken', ['trailing-text'], undefined],
    ['["a", 1]', 'broken', ['not-strings'], '["a", "1"]'],
  ] as const)('%s -> %s', (text, kind, issues, repaired) => {
    const r = analyzeExecForm(text);
    expect(r.kind).toBe(kind);
    if (r.kind === 'broken') {
      expect(r.issues.map((i) => i.kind)).toEqual(issues);
      expect(r.repaired).toBe(repaired);
    }
  });

  it('points at the place where the comma is missing', () => {
    const r = analyzeExecForm('["nginx", "-g" "x"]');
    expect(r.kind === 'broken' && r.issues[0]?.offset).toBe(15);
  });
});

describe('parseDockerfile', () => {
  it('joins continuation lines and maps positions back to them', () => {
    const { instructions } = parseDockerfile('FROM a:1\n\nRUN echo one \\\n  # a comment inside\n    two\nCMD ["x"]\n');
    expect(instructions.map((i) => [i.upper, i.start.line, i.endLine, i.args])).toEqual([
      ['FROM', 1, 1, 'a:1'],
      ['RUN', 3, 5, 'echo one     two'],
      ['CMD', 6, 6, '["x"]'],
    ]);
    const run = instructions[1]!;
    expect(run.at(run.args.indexOf('two'))).toEqual({ line: 5, column: 5 });
    expect(run.at(0)).toEqual({ line: 3, column: 5 });
  });

  it('skips heredoc bodies', () => {
    const { instructions } = parseDockerfile('FROM a:1\nRUN <<EOF\nRUNN not an instruction\nEOF\nCOPY <<-END /x\n\tbody\n\tEND\nUSER app\n');
    expect(instructions.map((i) => i.upper)).toEqual(['FROM', 'RUN', 'COPY', 'USER']);
  });

  it('reads the escape directive', () => {
    const parsed = parseDockerfile('# escape=`\nFROM a:1\nRUN echo a `\n b\n');
    expect(parsed.escape).toBe('`');
    expect(parsed.instructions[1]?.args).toBe('echo a  b');
  });

  it('records words glued by a continuation', () => {
    const [, run] = parseDockerfile('FROM a:1\nRUN apk add -q\\\ncurl\n').instructions;
    expect(run?.glued).toEqual([{ at: { line: 3, column: 1 }, word: '-qcurl' }]);
  });

  it('splits flags', () => {
    expect(splitFlags('--from=builder --link /a /b')).toEqual({
      flags: [
        { name: 'from', value: 'builder', offset: 0 },
        { name: 'link', value: undefined, offset: 15 },
      ],
      rest: '/a /b',
      restOffset: 22,
    });
  });
});

describe('words', () => {
  // An instruction's arguments, as BuildKit's word processing splits them: any Unicode space
  // separates, `;` `|` `>` `#` are word characters, inside double quotes the escape protects only
  // `"`, `$` and itself, and an empty word is no word.
  it.each([
    ['a "b c" \'d e\' f\\ g', ['a', 'b c', 'd e', 'f g']],
    ['  x  ', ['x']],
    ['a;b c|d >e #f', ['a;b', 'c|d', '>e', '#f']],
    ['a\u00a0b', ['a', 'b']],
    ['"a\\"b" "c\\d" "\\$x"', ['a"b', 'c\\d', '$x']],
    ['"" x \'\'', ['x']],
  ])('instructionWords(%j)', (text, words) => {
    expect(instructionWords(text).map((w) => w.value)).toEqual(words);
  });

  it('instructionWords takes the escape character a Dockerfile sets', () => {
    expect(instructionWords('C:\\dir a` b "x`"y"', '`').map((w) => w.value)).toEqual(['C:\\dir', 'a b', 'x"y']);
  });

  it('instructionWords gives each word its offset in the text', () => {
    expect(instructionWords(' ab  "c d"').map((w) => [w.start, w.end])).toEqual([[1, 3], [5, 10]]);
  });

  // A shell-form RUN: sh's commands and words (the command validator's splitter, sh mode).
  it('shellCommands keeps quoted separators and leaves out redirections, comments and $(...) insides', () => {
    expect(shellCommands('a && b "x;y" || c; d | e').map((c) => c.words.map((w) => w.value))).toEqual([['a'], ['b', 'x;y'], ['c'], ['d'], ['e']]);
    expect(shellCommands('apt-get install -y x > /dev/null 2>&1 # quiet').map((c) => c.words.map((w) => w.value))).toEqual([['apt-get', 'install', '-y', 'x']]);
    expect(shellCommands('cd $(pwd)').map((c) => c.words.map((w) => w.value))).toEqual([['cd', '$(pwd)']]);
    expect(shellCommands('echo "a\\b"')[0]?.words[1]?.value).toBe('a\\b');
  });

  it.each([
    ['FORM', 'FROM', 1],
    ['gpt-get', 'apt-get', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ] as const)('editDistance(%s, %s) = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  it.each([
    ['RUNN', 'RUN'],
    ['ENTRYPONT', 'ENTRYPOINT'],
    ['ARGG', undefined],
    ['RNU', 'RUN'],
    ['XYZZY', undefined],
  ] as const)('didYouMean(%s) = %s', (word, expected) => {
    expect(didYouMean(word, ['RUN', 'ENTRYPOINT', 'apt'])).toBe(expected);
  });
});
