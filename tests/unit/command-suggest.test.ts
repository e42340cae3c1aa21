import { describe, expect, it } from 'vitest';
import { closest } from '../../src/lib/command/closest.ts';
import { editDistance } from '../../src/lib/text/edit-distance.ts';

// One line per case: a, b, distance.
const distances: Array<[string, string, number]> = [
  ['netowrk', 'network', 1],
  ['dockwer', 'docker', 1],
  ['monut', 'mount', 1],
  ['restart', 'restart', 0],
  ['', 'abc', 3],
  ['abc', '', 3],
  ['kitten', 'sitting', 3],
  ['ca', 'abc', 3],
  ['a'.repeat(80), `${'a'.repeat(79)}b`, 1],
];

describe('editDistance', () => {
  it.each(distances)('%j %j -> %i', (a, b, d) => expect(editDistance(a, b)).toBe(d));
});

// One line per case: word, candidates, suggestion (null: nothing close enough).
const suggestions: Array<[string, string[], string | null]> = [
  ['netowrk', ['network', 'node', 'image'], 'network'],
  ['inspcet', ['inspect', 'import'], 'inspect'],
  ['sysem', ['system', 'stack'], 'system'],
  ['ls', ['rm', 'cp'], null],
  ['lz', ['rm', 'ls'], 'ls'],
  ['lss', ['ls', 'rm'], 'ls'],
  ['frobnicate', ['network', 'image'], null],
];

describe('closest', () => {
  it.each(suggestions)('%j -> %j', (word, candidates, hint) => expect(closest(word, candidates)).toBe(hint));
});
