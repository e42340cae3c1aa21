// The content check that collects and validates every command example (src/lib/content-checks/command-examples.ts).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkCommandExamples } from '../../src/lib/content-checks/command-examples.ts';
import { loadRegistry } from '../../src/lib/content/files.ts';
import { collectExamples } from '../../src/lib/content/registry.ts';
import { readContentFiles } from '../../src/lib/content/files.ts';

const root = fileURLToPath(new URL('../fixtures/command/examples-root', import.meta.url));

describe('collectExamples', () => {
  it('finds shell blocks, console prompts and YAML cmd fields, with lines and mistake marks', () => {
    expect(collectExamples(readContentFiles(root)).filter((e) => e.kind === 'shell').map((e) => `${e.file}:${e.line}${e.mistake ? ' mistake' : ''} ${e.code}`)).toEqual([
      'content/commands/sample.yaml:2 docker network ls -q -f driver=bridge',
      'content/commands/sample.yaml:3 mistake docker network ls -q driver=bridge',
      'content/commands/sample.yaml:8 docker netowrk ls',
      'content/guides/en/sample.md:4 docker ps -a',
      'content/guides/en/sample.md:10 docker images',
      'content/guides/en/sample.md:12 docker run -d \\\n    -p 8080:80 nginx',
      'content/guides/en/sample.md:17 mistake docker container run -it --restart-always centos /bin/bash',
      'content/guides/en/sample.md:21 mistake docker ps',
      'content/guides/en/sample.md:29 docker rm',
    ]);
  });
});

describe('checkCommandExamples', () => {
  // One line per expected problem: file:line, severity, start of the message.
  const expected: Array<[string, string, string]> = [
    ['content/commands/sample.yaml:8', 'error', 'unknown-command: Unknown command `docker netowrk`'],
    ['content/guides/en/sample.md:21', 'error', 'mistake block shows no mistake'],
    ['content/guides/en/sample.md:29', 'error', 'missing-args: `docker rm` requires at least 1 argument'],
  ];
  it.each(expected)('%s %s %s', (where, severity, message) => {
    const found = checkCommandExamples(loadRegistry(root)).filter((p) => `${p.file}:${p.line}` === where);
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe(severity);
    expect(found[0]!.message).toContain(message);
  });
  it('reports nothing else', () => expect(checkCommandExamples(loadRegistry(root))).toHaveLength(expected.length));
});
