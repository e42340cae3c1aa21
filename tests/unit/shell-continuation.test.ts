// The one line-continuation rule (src/lib/shell/continuation.ts) with each reader's settings: sh
// pairs escapes and wants the escape last; a Dockerfile (BuildKit) allows blanks after it and does
// not pair them; PowerShell continues with a backtick.
import { describe, expect, it } from 'vitest';
import { continuationAt, continues, dockerfileContinuation, joinContinuations, POWERSHELL_CONTINUATION, SH_CONTINUATION, type ContinuationRule } from '../../src/lib/shell/continuation';

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

describe('joinContinuations (the one-line form for display)', () => {
  it.each<[string, string, string, ContinuationRule]>([
    ['a blank before the mark: the indentation goes', 'docker run -d \\\n  -p 80:80 nginx', 'docker run -d -p 80:80 nginx', SH_CONTINUATION],
    ['a word ends at the mark: one space for the indentation', 'docker run -d\\\n  -p 80:80 nginx', 'docker run -d -p 80:80 nginx', SH_CONTINUATION],
    ['no indentation: the words meet, as sh reads them', 'docker run -d\\\n--rm nginx', 'docker run -d--rm nginx', SH_CONTINUATION],
    ['CRLF line ends', 'docker ps \\\r\n  -a', 'docker ps -a', SH_CONTINUATION],
    ['several continuations, tabs', 'docker run \\\n\t-d \\\n\t nginx', 'docker run -d nginx', SH_CONTINUATION],
    ['an operator before the mark', '&& \\\n  ', '&& ', SH_CONTINUATION],
    ['an escaped escape is no mark: the line break stays', 'echo a\\\\\nb', 'echo a\\\\\nb', SH_CONTINUATION],
    ['a mark on the last line stays', 'docker run \\', 'docker run \\', SH_CONTINUATION],
    ['a line that is only the mark', 'docker \\\n\\\n  ps', 'docker ps', SH_CONTINUATION],
    ['no line break: unchanged', 'docker ps -a', 'docker ps -a', SH_CONTINUATION],
    ['PowerShell', 'docker run `\n  -d nginx', 'docker run -d nginx', POWERSHELL_CONTINUATION],
    ['Dockerfile: blanks after the mark go too', 'RUN apt-get update \\  \n    && apt-get install -y curl', 'RUN apt-get update && apt-get install -y curl', DOCKERFILE],
  ])('%s', (_name, text, joined, rule) => {
    expect(joinContinuations(text, rule)).toBe(joined);
  });

  it('joins 40,000 continued lines', () => {
    const text = 'docker run \\\n  -d \\\n'.repeat(20_000) + 'nginx';
    expect(joinContinuations(text)).toBe(`docker run ${'-d docker run '.repeat(19_999)}-d nginx`);
  });
});
