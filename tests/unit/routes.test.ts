// Routes and ids are defined once (src/lib/routes.ts): the rules are pinned here, and
// no other source file derives a command slug or an option row id on its own.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { optionRowLink } from '../../src/lib/catalog/option-pages';
import { commandHref, commandSlug, explainHref, guideHref, optionRowId, searchHref, wellFormed } from '../../src/lib/routes';

describe('routes', () => {
  it.each([
    [['container', 'run'], 'container-run'],
    [['image', 'ls'], 'image-ls'],
    [['system', 'prune'], 'system-prune'],
    [['version'], 'version'],
    [[], 'docker'],
  ])('commandSlug(%j) = %s', (path, slug) => expect(commandSlug(path)).toBe(slug));

  it.each([
    [commandHref('ko', 'container-run'), '/ko/commands/container-run/'],
    [commandHref('en', 'container-run', 'restart'), '/en/commands/container-run/#flag-restart'],
    [guideHref('ko', 'images', 'pull'), '/ko/guides/images/#pull'],
    [searchHref('en', 'docker ps'), '/en/search/?q=docker%20ps'],
    [explainHref('ko', 'docker run -it ubuntu'), '/ko/explain/?cmd=docker%20run%20-it%20ubuntu'],
  ])('%s', (href, expected) => expect(href).toBe(expected));

  it('option rows are flag-{long}', () => expect(optionRowId('restart')).toBe('flag-restart'));

  // A link to an option row goes to the options page when the command's table lives there.
  const longTables = (slug: string) => slug === 'container-run';
  it.each([
    ['/ko/commands/container-run/#flag-publish', '/ko/commands/container-run/options/#flag-publish'],
    ['/en/commands/container-run/#removed-flag-kernel-memory', '/en/commands/container-run/options/#removed-flag-kernel-memory'],
    ['/en/commands/container-ls/#flag-all', '/en/commands/container-ls/#flag-all'],
    ['/ko/commands/container-run/', '/ko/commands/container-run/'],
    ['/ko/commands/container-run/#examples', '/ko/commands/container-run/#examples'],
    ['/ko/commands/container-run/options/#flag-env', '/ko/commands/container-run/options/#flag-env'],
    ['https://docs.docker.com/commands/container-run/#flag-env', 'https://docs.docker.com/commands/container-run/#flag-env'],
  ])('optionRowLink(%s) = %s', (href, expected) => expect(optionRowLink(href, longTables)).toBe(expected));

  it('a lone UTF-16 surrogate does not make a link throw: it becomes U+FFFD', () => {
    expect(() => encodeURIComponent('docker ps \ud800')).toThrow(URIError);
    expect(explainHref('en', 'docker ps \ud800')).toBe('/en/explain/?cmd=docker%20ps%20%EF%BF%BD');
    expect(searchHref('ko', '\udc00logs')).toBe('/ko/search/?q=%EF%BF%BDlogs');
    expect(explainHref('en', 'echo \ud83d\udc33')).toBe(`/en/explain/?cmd=${encodeURIComponent('echo \ud83d\udc33')}`);
    expect(wellFormed('\udc00\ud800\ud800\udc00\ud800')).toBe('\ufffd\ufffd\ud800\udc00\ufffd');
  });
});

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'generated' ? [] : sources(p);
    return /\.(ts|astro|mjs)$/.test(name) ? [p] : [];
  });
}

it('no other code derives a command slug or an option row id', () => {
  const offenders = [...sources('src'), ...sources('scripts')]
    .filter((f) => !f.endsWith('src/lib/routes.ts'))
    .flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${f}:${i + 1}` }))
        .filter(({ line }) => /canonicalPath\.join\('-'\)|\.join\('-'\)\s*\)?\s*;?\s*$|`flag-\$\{|'flag-' \+|"flag-" \+|replace\(\/ \/g, '-'\)/.test(line)),
    )
    .map((o) => `${o.at}: ${o.line.trim()}`);
  expect(offenders).toEqual([]);
});
