// The validator on plugin commands: `docker buildx`, `docker compose`, and `docker
// build` as users with buildx run it. One line per case: command, valid, error/warning codes, the
// suggested fix (or null).
import { describe, expect, it } from 'vitest';
import { say } from '../../src/lib/i18n/messages';
import { validateCommandLine } from '../../src/lib/command/index.ts';

const cases: Array<[string, boolean, string[], string | null]> = [
  // The acceptance lines.
  ['docker build --secret id=npmrc,src=.npmrc -t app .', true, [], null],
  ['docker buildx build --platform linux/amd64,linux/arm64 -t app --push .', true, [], null],
  ['docker compose -f compose.yaml up -d', true, [], null],
  ['docker compose up --detatch', false, ['unknown-flag'], 'docker compose up --detach'],
  ['docker buildx build --platfrom linux/amd64 .', false, ['unknown-flag'], 'docker buildx build --platform linux/amd64 .'],
  // docker build / image build / builder build take BuildKit's flags.
  ['docker image build --progress=plain -t app .', true, [], null],
  ['docker builder build --ssh default -t app .', true, [], null],
  ['docker build --output type=local,dest=out .', true, [], null],
  ['docker build -o out .', true, [], null],
  ['docker build --load -t app .', true, [], null],
  ['docker build --platform linux/amd64 -t app --push .', true, [], null],
  ['docker build --attest type=sbom --sbom=true -t app .', true, [], null],
  // ... and warn on the legacy builder's own.
  ['docker build --squash -t app .', true, ['legacy-builder-flag'], null],
  ['docker image build --compress --force-rm --rm=false .', true, ['legacy-builder-flag', 'legacy-builder-flag', 'legacy-builder-flag'], null],
  ['docker build --secrett id=x .', false, ['unknown-flag'], 'docker build --secret id=x .'],
  ['docker build -t app', false, ['missing-args'], null],
  // buildx.
  ['docker buildx ls', true, [], null],
  ['docker buildx b -t app .', true, [], null],
  ['docker buildx --builder mybuilder build .', true, [], null],
  ['docker buildx create --name mybuilder --use', true, [], null],
  ['docker buildx use mybuilder', true, [], null],
  ['docker buildx use', false, ['missing-args'], null],
  ['docker buildx imagetools inspect alpine', true, [], null],
  ['docker buildx imagetols inspect alpine', false, ['unknown-command'], 'docker buildx imagetools inspect alpine'],
  ['docker buildx history inspect attachment abc123', true, [], null],
  ['docker buildx ls extra', false, ['accepts-no-args'], null],
  ['docker buildx build --push=maybe .', false, ['invalid-value'], null],
  ['docker buildx build --shm-size 2g .', true, [], null],
  ['docker buildx build --shm-size lots .', false, ['invalid-value'], null],
  // compose: global flags before the subcommand.
  ['docker compose -p demo --profile web --env-file .env.prod up -d --build', true, [], null],
  ['docker compose --project-directory ./app ps', true, [], null],
  ['docker compose up -f compose.yaml', false, ['unknown-flag'], 'docker compose -f compose.yaml up'],
  ['docker compose logs --profile web -f', false, ['unknown-flag'], 'docker compose --profile web logs -f'],
  ['docker compose exec web sh', true, [], null],
  ['docker compose exec -T db psql -U postgres', true, [], null],
  ['docker compose exec web', false, ['missing-args'], null],
  ['docker compose run --rm web python manage.py migrate', true, [], null],
  ['docker compose down -v --remove-orphans', true, [], null],
  ['docker compose --dry-run up -d', true, [], null],
  ['docker compose up --timeout abc', false, ['invalid-value'], null],
  ['docker compose pul', false, ['unknown-command'], 'docker compose pull'],
  ['docker compose ls extra', false, ['accepts-no-args'], null],
  // Hidden flags: accepted, never suggested.
  ['docker compose --no-ansi ps', true, [], null],
];

describe('plugin command lines', () => {
  it.each(cases)('%s', (line, valid, codes, fix) => {
    const r = validateCommandLine(line);
    expect(r.valid).toBe(valid);
    expect(r.diagnostics.map((d) => d.code)).toEqual(codes);
    expect(r.diagnostics.find((d) => d.suggestion)?.suggestion ?? null).toBe(fix);
  });

  it('resolves plugin commands and docker build to their canonical paths', () => {
    expect(validateCommandLine('docker compose -f a.yaml up -d').command).toBe('compose up');
    expect(validateCommandLine('docker buildx b .').command).toBe('buildx build');
    expect(validateCommandLine('docker build --ssh default .').command).toBe('image build');
  });

  it('names BuildKit in the legacy-flag warning, in both languages', () => {
    const d = validateCommandLine('docker build --squash .').diagnostics[0]!;
    expect(d.severity).toBe('warning');
    expect(say(d.message, 'en')).toContain('BuildKit');
    expect(say(d.message, 'ko')).toContain('BuildKit');
    expect(say(d.message, 'ko')).toContain('레거시 빌더');
  });
});
