// Lines whose verdict differed from the docker 28.2.2 client. Each "binary" row was run
// through the real client (tests/fixtures/command/client-verdicts.txt, judged and cached by
// npm run judge); the login rows come from the client's verifyLoginOptions (the judge may not run
// login). A shell expansion in the command's place is "cannot know": not checked, no error.
import { describe, expect, it } from 'vitest';
import { say } from '../../src/lib/i18n/messages';
import { validateCommandLine } from '../../src/lib/command/index.ts';
import { isGoDecimal } from '../../src/lib/command/go-values.ts';
import { unknownContainerField, volumeSpecError } from '../../src/lib/command/client-checks.ts';

const verdict = (line: string) => {
  const r = validateCommandLine(line);
  return { valid: r.valid, checked: r.checked, codes: r.diagnostics.map((d) => `${d.severity}:${d.code}`) };
};

describe('the 28.2.2 client refuses these', () => {
  it.each([
    ['docker run -e =x nginx', 'error:invalid-value'],
    ['docker exec -e = web ls', 'error:invalid-value'],
    ['docker run -v :/a nginx', 'error:invalid-volume-spec'],
    ['docker run -v /a:/b:ro:x nginx', 'error:invalid-volume-spec'],
    ['docker run --mount src=/a,target=/b,readonly=maybe nginx', 'error:invalid-value'],
    ['docker run --mount src=/a,target=/b,readonly= nginx', 'error:invalid-value'],
    ['docker run --mount type=bind,src=/a,target=/b,bind-recursive=maybe nginx', 'error:invalid-value'],
    ["docker ps --format '{{.Nope}}'", 'error:unknown-template-field'],
    ["docker container ls --format 'table {{.Names}}\\t{{.Name}}'", 'error:unknown-template-field'],
    ['docker login --password-stdin -p x', 'error:conflicting-options'],
    ['docker login --password-stdin', 'error:missing-username'],
    ['docker context create x --docker host=unix:///a', 'error:invalid-context-name'],
    ['docker context create dev --docker host=bogus', 'error:invalid-docker-endpoint'],
    ['docker context create dev --docker foo=bar', 'error:invalid-docker-endpoint'],
    ['docker run --cpus 1__0 nginx', 'error:invalid-value'],
    ['docker run --cpus 1/3 nginx', 'error:invalid-value'],
  ])('%s', (line, code) => {
    const v = verdict(line);
    expect(v.valid).toBe(false);
    expect(v.codes).toContain(code);
  });
});

describe('the 28.2.2 client accepts these', () => {
  it.each([
    'docker run --cpus 0x10 nginx',
    'docker run --cpus 1_0 nginx',
    'docker run --cpus 0x1p-2 nginx',
    'docker run --cpus 3/2 nginx',
    'docker run -v /a:/b:bogus nginx',
    'docker run -v a:b:c:d nginx',
    "docker ps --format '{{.Names}} {{.Label \"com.example\"}} {{json .}}'",
    'docker context create dev --docker host=unix:///var/run/docker.sock',
    '(docker ps)',
    '(cd /tmp && docker ps) | grep web',
    'env A=1 docker ps',
    'time docker ps',
    'exec docker ps',
    'nohup docker ps',
    'sudo -u me env -i A=1 time -p docker ps',
  ])('%s', (line) => {
    expect(verdict(line)).toMatchObject({ valid: true, checked: true });
  });
  it('--mount type=foo: the daemon refuses it, so a warning with the nearest type', () => {
    const r = validateCommandLine('docker run --mount type=bnid,target=/b nginx');
    expect(r.valid).toBe(true);
    expect(r.diagnostics.map((d) => `${d.severity}:${d.code}`)).toEqual(['warning:unknown-mount-type']);
    expect(r.fixed).toBe('docker run --mount type=bind,target=/b nginx');
  });
  it('a container name the daemon refuses is a warning with a fix', () => {
    const r = validateCommandLine("docker run --name 'my web' nginx");
    expect(r.diagnostics.map((d) => `${d.severity}:${d.code}`)).toEqual(['warning:invalid-container-name']);
    expect(r.fixed).toBe('docker run --name my-web nginx');
    expect(verdict('docker run --name web-1 nginx').codes).toEqual([]);
  });
  it('(docker ps) gets no broken fix', () => {
    expect(validateCommandLine('(docker ps)').fixed).toBeUndefined();
  });
});

describe('a shell expansion as the command: cannot know', () => {
  it.each(['docker $CMD', 'docker ${X} run alpine', 'docker "$@"', 'docker container $SUB ls', 'docker $(echo ps)'])('%s', (line) => {
    const r = validateCommandLine(line);
    expect(r).toMatchObject({ valid: false, checked: false });
    expect(r.diagnostics.map((d) => `${d.severity}:${d.code}`)).toEqual(['warning:cannot-know']);
    expect((r.reason && say(r.reason, 'en'))).toContain('not an error');
  });
});

describe('the value parsers behind them', () => {
  it('big.Rat syntax as NanoCPUs reads it', () => {
    for (const v of ['0x10', '1_0', '1e1', '0x1p-2', '.5', '1.', '0b1', '0o7', '1/2', '-1', '0x1.8', '+1', '0.5_0', '07']) expect([v, isGoDecimal(v)]).toEqual([v, true]);
    for (const v of ['_1', '1__0', 'inf', '1_', '0x', '1e', '1/0', '1/3', '0.0000000001', '', '.', 'abc']) expect([v, isGoDecimal(v)]).toEqual([v, false]);
  });
  it('volume specs', () => {
    expect(volumeSpecError('')).not.toBeNull();
    expect(volumeSpecError(':')).toBeNull();
    expect(volumeSpecError('/a::ro')).not.toBeNull();
    expect(volumeSpecError('c:\\data:/data')).toBeNull();
  });
  it('template fields on the top-level dot only', () => {
    expect(unknownContainerField('{{.ID}}\t{{.Nope}}')).toBe('Nope');
    expect(unknownContainerField('{{range .Mounts}}{{.Nope}}{{end}}')).toBeNull();
    expect(unknownContainerField('{{ "{{.Nope}}" }}')).toBeNull();
  });
});
