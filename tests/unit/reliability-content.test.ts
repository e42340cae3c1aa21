// The content check names file and line instead of crashing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseYamlEntry } from '../../src/lib/catalog/parse-yaml-entry.ts';
import { checkUiStrings } from '../../src/lib/content-checks/ui-strings.ts';
import { loadRegistry } from '../../src/lib/content/files.ts';
import { tempProjects } from '../helpers/temp-project.ts';

const empty = tempProjects('ui');
const fakeRoot = (files: Record<string, string>) => {
  const root = empty([]);
  mkdirSync(join(root, 'content/ui'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'content/ui', name), text);
  return root;
};

describe('UI strings', () => {
  it('a JSON syntax error is named with file and line', () => {
    const p = checkUiStrings(loadRegistry(fakeRoot({ 'en.json': '{\n  "a": "x",\n  b\n}\n', 'ko.json': '{"a": "y"}' })));
    expect(p).toEqual([expect.objectContaining({ file: 'content/ui/en.json', line: 3, severity: 'error' })]);
    expect(p[0]!.message).toMatch(/^JSON syntax: /);
  });
  it('a missing file is named, with every text it needs by key', () => {
    const p = checkUiStrings(loadRegistry(fakeRoot({ 'en.json': '{"a": "x", "b": "y"}' })));
    expect(p.map((x) => [x.file, x.message])).toEqual([
      ['content/ui/ko.json', 'cannot read UI strings: the file is missing; create it with a translation of every key of content/ui/en.json'],
      ['content/ui/ko.json', 'ko.json: missing key "a" (add it with a translation of "x")'],
      ['content/ui/ko.json', 'ko.json: missing key "b" (add it with a translation of "y")'],
    ]);
  });
});

describe('YAML entries', () => {
  const schema = z.object({ summary: z.string(), list: z.array(z.unknown()).optional() }).strict();
  it('an alias bomb is a problem, not a hang or a crash', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghij'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(',')}]`), 'summary: s', 'list: *j'].join('\n');
    const r = parseYamlEntry(bomb, schema);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toMatch(/alias/i);
  });
  it('an unknown key is reported at its own line', () => {
    const r = parseYamlEntry('summary: s\nlist: []\nsumary: t\n', schema);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ line: 3, column: 1 });
  });
});
