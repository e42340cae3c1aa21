// Shared explain links never carry a value the secret rule hides: known or mistyped
// commands, `$&`-style sequences (string replacement patterns), one line containing the next, and
// a generated set of 1,000 texts mixing all of these (fixed seed, so a failure repeats).
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/lib/command/index.ts';
import { hideAfterSecretFlags, shareCommandText } from '../../src/lib/explain/share.ts';
import { rng } from '../../scripts/judge/mutants.ts'; // seeded, so the generated set is the same every run

const withSpec = (text: string) => shareCommandText(text, (line) => parseCommand(line));
const withoutSpec = (text: string) => shareCommandText(text);

describe('share links hide secret values', () => {
  it.each([
    ['docker runn -e PASSWORD=hunter2 alpine', 'docker runn -e PASSWORD=*** alpine'],
    ['docker run -e PASSWORD=hunter2 alpine echo "$&"', 'docker run -e PASSWORD=*** alpine echo "$&"'],
    ["docker run -e PASSWORD=hunter2 alpine echo \"$'\"", "docker run -e PASSWORD=*** alpine echo \"$'\""],
    ['docker run -e PASSWORD=hunter2 alpine echo "$`"', 'docker run -e PASSWORD=*** alpine echo "$`"'],
    ['echo "docker run -e PASS=x alpine"\ndocker run -e PASS=x alpine', 'echo "docker run -e PASS=*** alpine"\ndocker run -e PASS=*** alpine'],
    ['docker run -e PASS=x alpine\ndocker run -e PASS=x alpine', 'docker run -e PASS=*** alpine\ndocker run -e PASS=*** alpine'],
    ["sh -c 'docker run --env TOKEN=abc alpine'", "sh -c 'docker run --env TOKEN=*** alpine'"],
    ['docker logn -u me -p s3cret', 'docker logn -u me -p ***'],
    ['docker login -u me -p s3cret', 'docker login -u me -p ***'],
    ['docker run -de A=1 -eB=2 -e=C=3 alpine', 'docker run -de A=*** -eB=*** -e=C=*** alpine'],
    ['docker buil --build-arg KEY=v --secret id=a,src=b .', 'docker buil --build-arg KEY=*** --secret *** .'],
    ['# docker run -e PASS=x alpine\ndocker ps', '# docker run -e PASS=*** alpine\ndocker ps'],
    ['docker run \\\n  -e PASS=x \\\n  alpine', 'docker run \\\n  -e PASS=*** \\\n  alpine'],
    ['docker run -e "PASS=a b" alpine', 'docker run -e PASS=*** alpine'],
    ['docker run -e HOME alpine', 'docker run -e HOME alpine'],
  ])('%j', (text, want) => {
    expect(withSpec(text)).toBe(want);
    expect(withoutSpec(text)).toBe(want);
  });

  it('before the validator loads, everything after a secret flag on a line is hidden', () => {
    expect(hideAfterSecretFlags('docker run -e PASS=x alpine\ndocker ps')).toBe('docker run -e ***\ndocker ps');
    expect(hideAfterSecretFlags('docker run -ehunter2 alpine')).toBe('docker run -e ***');
    expect(hideAfterSecretFlags('docker login --password=x')).toBe('docker login --password ***');
  });

  it('a generated set of 1,000 texts: no hidden value reaches the link', () => {
    const random = rng(20);
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
    // String replacement patterns (`$&` the match, `$'` and `` $` `` the text after and before it).
    const inSecret = ['$&', '$1', '$$', '$<x>'];
    // (Every sequence appears somewhere: `$'` in double quotes, `` $` `` in single quotes.)
    // Inside double quotes a backquote would open a command substitution: not there.
    const inDouble = ['$&', "$'", '$1', '$$'];
    // Inside single quotes everything is literal but the quote itself.
    const inSingle = ['$&', '$`', '$1', '$$', '$<x>'];
    const noise = () => pick(['-d', '--rm', '-p 8080:80', '--name web', `-l 'a${pick(inSingle)}b'`, `--label "x${pick(inDouble)}"`, '-it']);
    let counter = 0;
    const texts: Array<{ text: string; secrets: string[] }> = [];
    for (let n = 0; n < 1000; n++) {
      const secrets: string[] = [];
      const secret = () => {
        // Unquoted or in single quotes: no quote or backquote (that would change the line's shape).
        const s = `Sx${(counter++).toString(36)}${pick(inSecret)}${pick(['', 'q', '9'])}Zk`;
        secrets.push(s);
        return s;
      };
      const lines: string[] = [];
      const count = 1 + Math.floor(random() * 3);
      for (let l = 0; l < count; l++) {
        const key = pick(['PASS', 'TOKEN', 'DB_PASSWORD', 'A']);
        const forms = [
          () => `-e ${key}=${secret()}`,
          () => `--env ${key}=${secret()}`,
          () => `--env=${key}=${secret()}`,
          () => `-e${key}=${secret()}`,
          () => `-de ${key}=${secret()}`,
          () => `-e '${key}=${secret()}'`,
        ];
        const cmd = pick(['run', 'runn', 'rnu', 'container run', 'container runn', 'create']);
        let line: string;
        switch (Math.floor(random() * 6)) {
          case 0:
            line = `docker ${pick(['login', 'logn', 'lgoin'])} -u me ${pick([() => `-p ${secret()}`, () => `--password ${secret()}`, () => `--password=${secret()}`])()}`;
            break;
          case 1:
            line = `docker ${pick(['build', 'biuld', 'buildx build'])} ${pick([() => `--build-arg ${key}=${secret()}`, () => `--secret id=${secret()}`])()} ${noise()} .`;
            break;
          case 2: {
            // One line holding the next (echo, sh -c), then the line itself.
            const inner = `docker ${cmd} ${pick(forms)()} alpine`;
            lines.push(`${pick(['echo', 'sh -c'])} "${inner}"`);
            line = inner;
            break;
          }
          case 3:
            line = `docker ${cmd} ${noise()} \\\n  ${pick(forms)()} \\\n  ${noise()} alpine echo '${pick(inSingle)}'`;
            break;
          default:
            line = `${pick(['', 'sudo ', 'A=1 '])}docker ${cmd} ${noise()} ${pick(forms)()} ${noise()} alpine ${pick(['', `echo "${pick(inDouble)}"`, `&& docker ${cmd} ${pick(forms)()} nginx`, `echo '${pick(inSingle)}'`])}`;
        }
        lines.push(line);
      }
      texts.push({ text: lines.join('\n'), secrets });
    }
    let checkedSecrets = 0;
    for (const { text, secrets } of texts) {
      for (const share of [withSpec(text), withoutSpec(text), hideAfterSecretFlags(text)]) {
        const leaked = secrets.filter((s) => share.includes(s) || share.includes(s.slice(0, -2)));
        expect(leaked, `${JSON.stringify(text)} -> ${JSON.stringify(share)}`).toEqual([]);
      }
      checkedSecrets += secrets.length;
    }
    expect(texts).toHaveLength(1000);
    expect(checkedSecrets).toBeGreaterThan(1000);
  });
});
