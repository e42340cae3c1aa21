import { describe, expect, it } from 'vitest';
import { CommandEntrySchema } from '../../src/lib/catalog/schema';
import { lineOfPath, parseYamlEntry } from '../../src/lib/catalog/parse-yaml-entry';

describe('parseYamlEntry', () => {
  it('accepts a valid entry', () => {
    const r = parseYamlEntry('summary:\n  ko: 컨테이너 목록\noptions:\n  all:\n    ko: 모두 표시\n', CommandEntrySchema);
    expect(r).toEqual({ ok: true, value: { summary: { ko: '컨테이너 목록' }, options: { all: { ko: '모두 표시' } }, related: [], examples: [], mistakes: [], notes: [] } });
  });

  it.each([
    ['missing summary', 'options: {}\n', 1, 'summary'],
    ['empty ko option', 'summary:\n  ko: 목록\noptions:\n  all:\n    ko: ""\n', 5, 'options.all.ko'],
    ['unknown top-level key', 'summary:\n  ko: 목록\nsumary: x\n', 3, 'Unrecognized key'],
    ['YAML syntax error', 'summary:\n  ko: x\n  ko: y\n', 3, 'YAML syntax'],
  ] as const)('reports %s with its line', (_name, text, line, fragment) => {
    const r = parseYamlEntry(text, CommandEntrySchema);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]?.line).toBe(line);
    expect(r.problems[0]?.message).toContain(fragment);
  });

  it('finds the line of a key path', () => {
    expect(lineOfPath('summary:\n  ko: x\noptions:\n  restart:\n    ko: y\n', ['options', 'restart'])).toBe(5);
  });
});
