// The one line-continuation rule (src/lib/shell/continuation.ts) with each reader's settings: sh
// pairs escapes and wants the escape last; a Dockerfile (BuildKit) allows blanks after it and does
// not pair them; PowerShell continues with a backtick.
import { describe, expect, it } from 'vitest';
import { continuationAt, continues, dockerfileContinuation, POWERSHELL_CONTINUATION, SH_CONTINUATION, type ContinuationRule } from '../../src/lib/shell/continuation';

const DOCKERFILE = dockerfileContinuation('\\');
const DOCKERFILE_BACKTICK = dockerfileContinuation('`');

describe('continuationAt', () => {
  it.each<[string, string, number, ContinuationRule]>([
    ['sh', 'docker run \\', 11, SH_CONTINUATION],
    ['sh', 'echo a\\\\', -1, SH_CONTINUATION],
    ['sh', 'echo a\\\\\\', 8, SH_CONTINUATION],
    ['sh', 'docker run \\ ', -1, SH_CONTINUATION],
    ['sh', '', -1, SH_CONTINUATION],
    ['sh', '\\', 0, SH_CONTINUATION],
    ['PowerShell', 'docker run `', 11, POWERSHELL_CONTINUATION],
    ['PowerShell', 'docker run \\', -1, POWERSHELL_CONTINUATION],
    ['Dockerfile', 'RUN a \\', 6, DOCKERFILE],
    ['Dockerfile', 'RUN a \\ \t ', 6, DOCKERFILE],
    ['Dockerfile', 'RUN a\\\\', 6, DOCKERFILE],
    ['Dockerfile', 'RUN a', -1, DOCKERFILE],
    ['Dockerfile', '   ', -1, DOCKERFILE],
    ['Dockerfile with escape=`', 'RUN dir c:\\ `  ', 12, DOCKERFILE_BACKTICK],
    ['Dockerfile with escape=`', 'RUN dir c:\\', -1, DOCKERFILE_BACKTICK],
  ])('%s: %j continues at %i', (_name, line, at, rule) => {
    expect(continuationAt(line, rule)).toBe(at);
    expect(continues(line, rule)).toBe(at >= 0);
  });

  it('counts a long run of escapes for sh', () => {
    expect(continuationAt('\\'.repeat(1_000_001))).toBe(1_000_000);
    expect(continuationAt('\\'.repeat(1_000_000))).toBe(-1);
  });
});
