import { describe, expect, it } from 'vitest';
import { listCommands } from '../../src/lib/cli-spec/index';
import { buildSearchIndex } from '../../src/lib/search/build-index';
import { TaskSearch } from '../../src/lib/search/engine';

// The spec alone (no catalog texts): what the ranking does with command words and flags.
const search = new TaskSearch(
  buildSearchIndex({
    lang: 'en',
    commands: listCommands(),
    entry: () => undefined,
    usage: (slug) => ({ guides: 0, cheatsheet: ['container-ls', 'container-run', 'image-ls', 'image-rm'].includes(slug) }),
    guides: [],
    instructions: [{ instruction: 'RUN', summary: 'Runs a command while the image is being built.', more: [] }],
  }),
);
const first = (q: string) => search.search(q, 5)[0]?.doc.h;

describe('TaskSearch: exact command and alias queries come first', () => {
  it.each([
    ['docker ps', '/en/commands/container-ls/'],
    ['ps', '/en/commands/container-ls/'],
    ['docker container ls', '/en/commands/container-ls/'],
    ['docker container list', '/en/commands/container-ls/'],
    ['docker run', '/en/commands/container-run/'],
    ['docker run -d -p 8080:80 nginx', '/en/commands/container-run/'],
    ['docker images', '/en/commands/image-ls/'],
    ['docker rmi', '/en/commands/image-rm/'],
    ['service ps', '/en/commands/service-ps/'],
  ])('%s -> %s', (q, href) => {
    expect(first(q)).toBe(href);
  });
});

describe('TaskSearch: flag queries lead to option rows', () => {
  it('--rm leads to container run --rm', () => {
    const hits = search.search('--rm', 5).map((h) => h.doc.h);
    expect(hits[0]).toBe('/en/commands/container-run/#flag-rm');
    expect(hits.every((h) => h.includes('#flag-rm'))).toBe(true);
  });
  it('a command line lists the command, then its rows for the flags given', () => {
    expect(search.search('docker run -d -p 8080:80 nginx', 5).map((h) => h.doc.h).slice(0, 3)).toEqual([
      '/en/commands/container-run/',
      '/en/commands/container-run/#flag-detach',
      '/en/commands/container-run/#flag-publish',
    ]);
  });
  it('-p leads to the publish row of container run first', () => {
    expect(first('-p')).toBe('/en/commands/container-run/#flag-publish');
  });
});

describe('TaskSearch: words', () => {
  it('a query of several words returns what matches most of them, not nothing', () => {
    expect(search.search('remove image zzzunknownword', 5).map((h) => h.doc.h)).toContain('/en/commands/image-rm/');
  });
  it('suggests the closest commands for a typo', () => {
    expect(search.suggest('docker contianer ls').map((d) => d.h)[0]).toBe('/en/commands/container-ls/');
  });
});
