import { describe, expect, it } from 'vitest';
import { CommandEntrySchema } from '../../src/lib/catalog/schema';
import { lineOfPath, parseYamlEntry } from '../../src/lib/catalog/parse-yaml-entry';
import { tempProjects } from '../helpers/temp-project';

describe('parseYamlEntry', () => {
  it('accepts a valid entry', () => {
    const r = parseYamlEntry('summary:\n  ko: 컨테이너 목록\noptions:\n  all:\n    ko: 모두 표시\n', CommandEntrySchema);
    expect(r).toEqual({ ok: true, value: { summary: { ko: '컨테이너 목록' }, options: { all: { ko: '모두 표시' } }, examples: [], mistakes: [], related: [], notes: [] } });
  });

  it.each([
    ['missing summary', 'options: {}\n', 1, 'summary'],
    ['empty ko option', 'summary:\n  ko: 목록\noptions:\n  all:\n    ko: ""\n', 5, 'options.all.ko'],
    ['unknown top-level key', 'summary:\n  ko: 목록\nsumary: x\n', 3, 'Unrecognized key'],
    ['YAML syntax error', 'summary:\n  ko: x\n  ko: y\n', 3, 'YAML syntax'],
    ['wrong type for examples', 'summary:\n  ko: 목록\nexamples: docker ps\n', 3, 'examples'],
    ['example title without ko', 'summary:\n  ko: 목록\nexamples:\n  - cmd: docker container ls\n    title:\n      en: List containers\n', 6, 'examples.0.title.ko'],
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

describe('the content check on a catalog file', () => {
  const empty = tempProjects('catalog');
  it('fails on an invalid example outside a mistake, naming file, line and the fix', async () => {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { checkCommandExamples } = await import('../../src/lib/content-checks/command-examples');
    const { loadRegistry } = await import('../../src/lib/content/files');
    const root = empty([]);
    mkdirSync(join(root, 'content/commands'), { recursive: true });
    writeFileSync(join(root, 'content/commands/container-run.yaml'), 'summary:\n  ko: 실행\nexamples:\n  - cmd: docker run --restart-always nginx\n    title: { ko: 실행, en: Run }\n');
    const problems = checkCommandExamples(loadRegistry(root)).map((p) => `${p.file}:${p.line} ${p.severity} ${p.message}`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('content/commands/container-run.yaml:4 error examples.0.cmd: unknown-flag');
    expect(problems[0]).toContain('fix: docker run --restart=always nginx');
  });
});
