import { describe, expect, it } from 'vitest';
import { exampleProblems } from '../../src/lib/examples/example-problems';

describe('exampleProblems', () => {
  it.each([
    ['valid example', 'docker container run -d --restart=always nginx', false, []],
    ['invalid example', 'docker run -d --restart-always nginx', false, ['error']],
    ['warning-only example', 'docker run --restart=alwayz nginx', false, ['warning']],
    ['mistake that shows a mistake', 'docker netowrk ls', true, []],
    ['mistake that shows nothing', 'docker network ls', true, ['error']],
  ] as const)('%s', (_name, command, mistake, severities) => {
    expect(exampleProblems(command, mistake).map((p) => p.severity)).toEqual(severities);
  });

  it('names the code, the span and the fix', () => {
    const [p] = exampleProblems('docker run -d --restart-always nginx', false);
    expect(p?.message).toMatch(/^unknown-flag: .*columns 15-30.*fix: docker run -d --restart=always nginx/);
  });
});
