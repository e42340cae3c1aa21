import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/lib/shell/tokenize.ts';

const words = (line: string) => tokenize(line).commands.map((c) => c.words.map((w) => w.value));

// One line per case: input, the words of each simple command.
const cases: Array<[string, string[][]]> = [
  ['docker ps -a', [['docker', 'ps', '-a']]],
  ["docker run 'a b' \"c d\"", [['docker', 'run', 'a b', 'c d']]],
  ['docker run a\\ b', [['docker', 'run', 'a b']]],
  ['docker run -d \\\n  nginx', [['docker', 'run', '-d', 'nginx']]],
  ['docker run -e "A=\\"x\\"" img', [['docker', 'run', '-e', 'A="x"', 'img']]],
  ["echo 'it'\"'\"'s'", [['echo', "it's"]]],
  ['docker ps | grep web', [['docker', 'ps'], ['grep', 'web']]],
  ['docker stop a && docker rm a', [['docker', 'stop', 'a'], ['docker', 'rm', 'a']]],
  ['docker ps || true; docker images', [['docker', 'ps'], ['true'], ['docker', 'images']]],
  ['docker rm $(docker ps -aq)', [['docker', 'rm', '$(docker ps -aq)'], ['docker', 'ps', '-aq']]],
  ['docker rm `docker ps -q`', [['docker', 'rm', '`docker ps -q`'], ['docker', 'ps', '-q']]],
  ['docker export web > out.tar', [['docker', 'export', 'web']]],
  ['docker load < in.tar 2>&1', [['docker', 'load']]],
  ['docker ps # list', [['docker', 'ps']]],
  ['docker run --name=a#b img', [['docker', 'run', '--name=a#b', 'img']]],
  ['', []],
];

describe('tokenize', () => {
  it.each(cases)('%j', (line, expected) => expect(words(line)).toEqual(expected));
});

// Spans: input, word index, [start, end].
const spans: Array<[string, number, [number, number]]> = [
  ['docker ps -a', 2, [10, 12]],
  ["docker run 'a b'", 2, [11, 16]],
  ['docker run -d \\\n  nginx', 3, [18, 23]],
];

describe('tokenize spans', () => {
  it.each(spans)('%j word %i', (line, i, [s, e]) => {
    const w = tokenize(line).commands[0]!.words[i]!;
    expect([w.start, w.end]).toEqual([s, e]);
  });
});

// Errors: input, code, [start, end].
const errors: Array<[string, string, [number, number]]> = [
  ['docker run "abc', 'unbalanced-quote', [11, 15]],
  ["docker run 'abc", 'unbalanced-quote', [11, 15]],
  ['docker rm $(docker ps', 'unbalanced-substitution', [10, 21]],
  ['docker rm `docker ps', 'unbalanced-substitution', [10, 20]],
];

describe('tokenize errors', () => {
  it.each(errors)('%j', (line, code, [s, e]) => {
    const err = tokenize(line).errors[0]!;
    expect([err.code, err.start, err.end]).toEqual([code, s, e]);
  });
});
