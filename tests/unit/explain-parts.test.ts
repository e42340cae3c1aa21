// The explain page's data (src/lib/explain/): the breakdown of a line, the spec slices the browser
// loads, and what a shared link may carry.
import { describe, expect, it } from 'vitest';
import factsJson from '../../content/validator/cli-facts.json';
import dataJson from '../../content/validator/validator-data.json';
import { cliSpec, getCommandBySlug } from '../../src/lib/cli-spec/index.ts';
import type { CliFacts } from '../../src/lib/command/cli-facts.ts';
import type { ValidatorData } from '../../src/lib/command/enum-warnings.ts';
import { parseCommand, validateCommandLine } from '../../src/lib/command/index.ts';
import { parseCommandLine } from '../../src/lib/command/parse.ts';
import { createValidatorContext, validateLine } from '../../src/lib/command/validate.ts';
import { renderVerdict } from '../../src/lib/command/render-verdict.ts';
import { explainLine } from '../../src/lib/explain/explain-parts.ts';
import { redactSecrets, redactSecretWords } from '../../src/lib/explain/share.ts';
import { assembleSpec, makeSpecIndex, makeSpecSlice, missingSlices, type SpecSlice } from '../../src/lib/explain/spec-slices.ts';

const facts = factsJson as unknown as CliFacts;
const data = dataJson as unknown as ValidatorData;
const noTexts = () => new Map();

describe('explainLine', () => {
  const parts = (line: string) => explainLine(validateCommandLine(line), 'en', () => false);
  it('names every token of a run', () => {
    const [seg] = parts('docker run -d -p 8080:80 --name web nginx');
    expect(seg!.parts.map((p) => `${p.kind}:${p.text}${p.name ? `=${p.name}` : ''}${p.valueState ? `(${p.valueState})` : ''}`)).toEqual(['command:run', 'flag:-d', 'flag:-p(ok)', 'flag:--name(ok)', 'argument:nginx=IMAGE']);
    expect(seg!.parts[0]).toMatchObject({ href: '/en/commands/container-run/', label: 'docker container run', alias: 'docker run' });
  });
  it('links global options to the root page', () => {
    const [seg] = parts('docker --debug ps');
    expect(seg!.parts.find((p) => p.kind === 'flag')).toMatchObject({ href: '/en/commands/docker/#flag-debug', global: true });
  });
  it('notes a docker flag written after the image, with the line that moves it', () => {
    const [seg] = parts('docker run nginx -d');
    expect(seg!.notes.map((n) => [n.code, n.suggestion])).toEqual([['flag-after-image', 'docker run -d nginx']]);
    expect(parts('docker run alpine ls -la')[0]!.notes).toEqual([]);
  });
  it('does not call the value of a mistyped flag an argument', () => {
    const [seg] = parts('docker run --memroy 512m nginx');
    expect(seg!.parts.map((p) => `${p.kind}:${p.text}`)).toEqual(['command:run', 'unknown-flag:--memroy', 'argument:nginx']);
  });
  it('marks commands that are not docker, and the operators between them', () => {
    expect(parts('ls -la && docker ps | grep web').map((s) => [s.kind, s.joiner])).toEqual([['other', null], ['docker', '&&'], ['other', '|']]);
  });
  it('shows continued commands and the operators between them on one line', () => {
    expect(parts('docker ps -q | xargs echo && \\\n  docker run -d\\\n  -p 80:80 nginx; ls').map((s) => [s.joiner, s.text])).toEqual([
      [null, 'docker ps -q'],
      ['|', 'xargs echo'],
      ['&&', 'docker run -d -p 80:80 nginx'],
      [';', 'ls'],
    ]);
  });
  it("the corrected line and the verdict's echo join continuations the same way", () => {
    const r = validateCommandLine('docker run -d \\\n  -p 80:80 --nmae web nginx');
    expect(r.fixed).toBe('docker run -d -p 80:80 --name web nginx');
    expect(renderVerdict(r, 'en', null).split('\n')[0]).toMatch(/: docker run -d -p 80:80 --nmae web nginx$/);
  });
});

describe('spec slices', () => {
  it('a context from the index alone resolves the command; with its slice it agrees with the full validator', () => {
    const index = makeSpecIndex(cliSpec, facts, data, 'en', noTexts);
    const slices = new Map<string, SpecSlice>();
    const ctx0 = (() => {
      const { spec, facts: f } = assembleSpec(index, slices);
      return createValidatorContext(spec, f, data);
    })();
    const lines = ['docker run -d -p 8080:80 --name web nginx', 'docker ps -a --format "{{.Names}}"', 'docker container run -it --restart-always centos /bin/bash', 'docker netowrk inspect web', 'docker --debug ps', 'docker image ls', 'docker rm', 'docker help run'];
    for (const line of lines) {
      const need = missingSlices(parseCommandLine(ctx0, line, () => {}), slices);
      for (const slug of need) slices.set(slug, makeSpecSlice(getCommandBySlug(slug)!, facts, 'en', noTexts, { text: '', en: false }, []));
    }
    const { spec, facts: f } = assembleSpec(index, slices);
    const ctx = createValidatorContext(spec, f, data);
    for (const line of lines) {
      const a = validateLine(ctx, line);
      const b = validateCommandLine(line);
      expect([line, a.valid, a.diagnostics.map((d) => d.code)]).toEqual([line, b.valid, b.diagnostics.map((d) => d.code)]);
    }
  });
});

describe('shared links', () => {
  it.each([
    ['docker run -e DB_PASSWORD=hunter2 --env=TOKEN=abc -e HOME nginx', 'docker run -e DB_PASSWORD=*** --env=TOKEN=*** -e HOME nginx'],
    ['docker login -u me --password s3cret', 'docker login -u me --password ***'],
    ['docker build --build-arg KEY=v .', 'docker build --build-arg KEY=*** .'],
    ['docker run alpine sh -ec "echo hi"', 'docker run alpine sh -ec "echo hi"'],
  ])('%s', (line, want) => {
    expect(redactSecrets(line, parseCommand(line))).toBe(want);
  });
  it('without a spec, every value after such a flag is hidden', () => {
    expect(redactSecretWords('docker run -e A=1 --password=x --build-arg B=2 nginx')).toBe('docker run -e A=*** --password=*** --build-arg B=*** nginx');
  });
});

describe('builder', () => {
  it('makes the command line from the form, common flags first, values quoted', async () => {
    const { builderArgs, builderFields, buildCommand } = await import('../../src/lib/explain/builder.ts');
    const spec = getCommandBySlug('container-run')!;
    const { common, rest } = builderFields(spec, ['detach', 'name', 'publish']);
    expect(common.map((f) => `${f.label}:${f.kind}:${f.hint}`)).toEqual(['-d, --detach:bool:null', '--name:value:null', '-p, --publish:list:port']);
    expect(rest.some((f) => f.long === 'help')).toBe(false);
    expect(rest.find((f) => f.long === 'memory')).toMatchObject({ kind: 'value', hint: 'bytes' });
    const args = builderArgs(spec);
    expect(args.map((a) => a.name)).toEqual(['IMAGE', 'COMMAND', 'ARG']);
    const line = buildCommand(spec.canonicalPath, {
      flags: [
        { field: common[0]!, on: true },
        { field: common[1]!, values: [''] },
        { field: common[2]!, values: ['8080:80', ''] },
      ],
      args: [
        { arg: args[0]!, text: 'nginx' },
        { arg: args[1]!, text: '' },
      ],
    });
    expect(line).toBe('docker container run -d -p 8080:80 nginx');
    expect(validateCommandLine(line).valid).toBe(true);
    expect(buildCommand(['container', 'run'], { flags: [{ field: common[1]!, values: ["my web"] }], args: [{ arg: args[0]!, text: 'nginx' }, { arg: args[2]!, text: 'ls -la /' }] })).toBe("docker container run --name 'my web' nginx ls -la /");
    expect(builderArgs(getCommandBySlug('container-rm')!)).toEqual([{ name: 'CONTAINER', optional: false, repeated: true }]);
  });
});
