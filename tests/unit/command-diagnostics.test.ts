import { describe, expect, it } from 'vitest';
import { say } from '../../src/lib/i18n/messages';
import { validateCommandLine } from '../../src/lib/command/index.ts';

// One line per case: command line, severity and code of the first diagnostic (null: none),
// the underlined text, and the suggested command line (undefined: no suggestion expected).
type Case = [line: string, diag: [severity: string, code: string] | null, underlined?: string, suggestion?: string];
const cases: Case[] = [
  // the study notes' broken commands, each with the fix
  ['docker container run -it --restart-always centos /bin/bash', ['error', 'unknown-flag'], '--restart-always', 'docker container run -it --restart=always centos /bin/bash'],
  ['docker netowrk inspect web-network', ['error', 'unknown-command'], 'netowrk', 'docker network inspect web-network'],
  ['dockwer network rm web-network', ['error', 'unknown-program'], 'dockwer', 'docker network rm web-network'],
  ['docker container cp cp ./test.txt webserver:/tmp/text.txt', ['error', 'repeated-command-word'], 'cp', 'docker container cp ./test.txt webserver:/tmp/text.txt'],
  ['docker build -d sample -f Dockerfile.base .', ['error', 'unknown-flag'], 'd', 'docker build -t sample -f Dockerfile.base .'],
  ['docker run -i -t --monut type=volume,source=v,target=/root ubuntu', ['error', 'unknown-flag'], '--monut', 'docker run -i -t --mount type=volume,source=v,target=/root ubuntu'],
  ['docker network ls -q driver=bridge', ['error', 'filter-as-argument'], 'driver=bridge', 'docker network ls -q -f driver=bridge'],
  ['docker rm', ['error', 'missing-args']],
  ['docker container exec webserver', ['error', 'missing-args']],
  ['docker search --filter=start=1000 nginx', ['warning', 'unknown-filter-key'], 'start=1000', 'docker search --filter=stars=1000 nginx'],
  ['docker image inspect —format="{{ .Os}}" centos:7', ['warning', 'typographic-dash'], '—format="{{ .Os}}"', 'docker image inspect --format="{{ .Os}}" centos:7'],
  // their corrected forms
  ['docker container run -it --restart=always centos /bin/bash', null],
  ['docker network inspect web-network', null],
  ['docker network rm web-network', null],
  ['docker container cp ./test.txt webserver:/tmp/text.txt', null],
  ['docker build -t sample -f Dockerfile.base .', null],
  ['docker run -i -t --mount type=volume,source=v,target=/root ubuntu', null],
  ['docker network ls -q -f driver=bridge', null],
  ['docker search --filter=stars=1000 nginx', null],
  // pflag forms
  ['docker run -itd --name web nginx', null],
  ['docker run -dp 80:80 nginx', null],
  ['docker run -p8080:80 nginx', null],
  ['docker run --rm=false --restart=always nginx', null],
  ['docker run -it ubuntu ls -la', null],
  ['docker ps -- extra', ['error', 'accepts-no-args'], 'extra'],
  ['docker ps --all=maybe', ['error', 'invalid-value'], 'maybe'],
  ['docker run -pd 80:80 nginx', ['error', 'invalid-port'], 'd'],
  ['docker run -e', ['error', 'flag-needs-value'], '-e'],
  ['docker kill -s', ['error', 'flag-needs-value'], '-s'],
  ['docker ps -D', ['error', 'unknown-flag'], 'D'],
  ['docker --foo ps', ['error', 'unknown-flag'], '--foo'],
  ['docker network foo', ['error', 'unknown-command'], 'foo'],
  ['docker docker ps', ['error', 'unknown-command'], 'docker', 'docker ps'],
  // values
  ['docker stop -t abc web', ['error', 'invalid-value'], 'abc'],
  ['docker run -m 1x nginx', ['error', 'invalid-value'], '1x'],
  ['docker run --cpus abc nginx', ['error', 'invalid-value'], 'abc'],
  ['docker run --health-interval 5 nginx', ['error', 'invalid-value'], '5'],
  ['docker run -p 99999:80 nginx', ['error', 'invalid-port'], '99999:80'],
  ['docker run --add-host foo nginx', ['error', 'invalid-value'], 'foo'],
  ['docker run --dns foo nginx', ['error', 'invalid-value'], 'foo'],
  ['docker -l bogus ps', ['error', 'invalid-value'], 'bogus'],
  ['docker run --rm --restart always nginx', ['error', 'conflicting-options'], '--restart always'],
  ['docker cp a b', ['error', 'cp-needs-container'], 'a b'],
  ['docker cp a:/x b:/y', ['error', 'cp-between-containers'], 'a:/x b:/y'],
  ['docker run --net-alias x nginx', ['error', 'alias-needs-user-network'], '--net-alias x'],
  ['docker run --restart=sometimes nginx', ['warning', 'unknown-enum-value'], 'sometimes'],
  ['docker run --log-driver=jsonfile nginx', ['warning', 'unknown-enum-value'], 'jsonfile', 'docker run --log-driver=json-file nginx'],
  ['docker run --network=hots nginx', ['warning', 'unknown-enum-value'], 'hots', 'docker run --network=host nginx'],
  ['docker run --net mybridge ubuntu', null],
  ['docker run --rm alpine echo "x', ['error', 'unbalanced-quote'], '"x'],
];

describe('diagnostics', () => {
  it.each(cases)('%j', (line, diag, underlined, suggestion) => {
    const r = validateCommandLine(line);
    const d = r.diagnostics[0];
    if (diag === null) {
      expect(r.diagnostics).toEqual([]);
      expect(r.valid).toBe(true);
      return;
    }
    expect(d && [d.severity, d.code]).toEqual(diag);
    expect(r.valid).toBe(diag[0] !== 'error');
    if (underlined !== undefined) expect(line.slice(d!.start, d!.end)).toBe(underlined);
    if (suggestion !== undefined) expect(d!.suggestion).toBe(suggestion);
    expect(say(d!.message, 'ko')).not.toBe('');
    expect(say(d!.message, 'en')).not.toBe('');
  });
});
