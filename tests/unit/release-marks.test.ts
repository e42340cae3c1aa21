// Command pages' release marks, checked on the page view model against the committed
// release history: every row's data-since/data-removed, a row for every flag the newest
// reference lists, a removed row for every flag gone since the oldest release.
import { describe, expect, it } from 'vitest';
import { cliSpec, listPagedCommands, pluginServing } from '../../src/lib/cli-spec/index.ts';
import { commandHistory, listedIn, projectOfSlug, releaseHistory } from '../../src/lib/cli-spec/history.ts';
import { optionRows } from '../../src/lib/catalog/command-view.ts';
import { removedFlagRows, removedLabel, sinceLabel } from '../../src/lib/releases/marks.ts';

const pages = [cliSpec.root, ...listPagedCommands()];

describe('option rows against the release history', () => {
  it('covers every page', () => expect(pages.length).toBe(1 + 151 + 28 + 34));

  it('every row carries exactly the history`s since and removed', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const spec of pages) {
      const h = commandHistory(spec.slug);
      for (const row of optionRows(spec, undefined, 'en')) {
        const f = h?.flags[row.long];
        checked++;
        if ((row.release.since ?? null) !== (f?.since ?? null) || (row.release.removed ?? null) !== (f?.removed ?? null)) wrong.push(`${spec.slug} --${row.long}: ${JSON.stringify(row.release)} vs ${JSON.stringify(f)}`);
      }
      for (const row of removedFlagRows(spec.slug, spec.options, 'en')) {
        const f = h?.flags[row.long];
        checked++;
        if (!f?.removed || row.marks.removed !== f.removed || (row.marks.since ?? null) !== (f.since ?? null)) wrong.push(`${spec.slug} removed --${row.long}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(1200);
  });

  it('has a flag- row for every flag the newest reference lists, and a removed- row for every flag gone', () => {
    const missing: string[] = [];
    for (const spec of pages) {
      const h = commandHistory(spec.slug);
      if (!h || h.removed) continue;
      const p = releaseHistory[projectOfSlug(spec.slug)];
      const newest = p.releases.at(-1)!.line;
      // image build's main table is BuildKit's; the docker/cli page is the legacy builder's (own table).
      const rows = new Set(optionRows(spec, undefined, 'en').map((r) => r.long));
      const removed = new Set(removedFlagRows(spec.slug, spec.options, 'en').map((r) => r.long));
      for (const [long, f] of Object.entries(h.flags)) {
        if (listedIn(f, newest, p) && !rows.has(long)) missing.push(`${spec.slug} --${long}: no flag- row`);
        if (f.removed && !removed.has(long)) missing.push(`${spec.slug} --${long}: no removed- row`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('puts --pause of commit in the removed table and --no-pause in the option table', () => {
    const commit = pages.find((s) => s.slug === 'container-commit')!;
    expect(optionRows(commit, undefined, 'en').find((r) => r.long === 'no-pause')?.release).toEqual({ project: 'docker', since: '29.0' });
    expect(optionRows(commit, undefined, 'en').some((r) => r.long === 'pause')).toBe(false);
    expect(removedFlagRows('container-commit', commit.options, 'ko')).toMatchObject([{ id: 'removed-flag-pause', replacement: 'no-pause', marks: { removed: '29.0' } }]);
  });

  it('keeps flags gone before 28.2 (stop --time) in the removed table', () => {
    const stop = pages.find((s) => s.slug === 'container-stop')!;
    expect(removedFlagRows('container-stop', stop.options, 'en')).toMatchObject([{ id: 'removed-flag-time', short: 't', type: 'int', replacement: 'timeout', marks: { removed: '28.0' } }]);
  });

  it('keeps a removed command`s flags in its one table, marked', () => {
    const sign = pages.find((s) => s.slug === 'trust-sign')!;
    expect(optionRows(sign, undefined, 'en').find((r) => r.long === 'local')?.release.removed).toBe('29.0');
    expect(removedFlagRows('trust-sign', sign.options, 'en')).toEqual([]);
  });

  it('image build: BuildKit rows from buildx history, removed table from docker/cli`s', () => {
    const build = pages.find((s) => s.slug === 'image-build')!;
    expect(pluginServing(build)?.slug).toBe('buildx-build');
    expect(optionRows(pluginServing(build)!, undefined, 'en').find((r) => r.long === 'policy')?.release).toEqual({ project: 'buildx', since: '0.31' });
    expect(removedFlagRows('image-build', build.options, 'en').map((r) => r.long)).toEqual(['disable-content-trust']);
  });

  it.each([
    [{ project: 'docker' as const, since: '28.1' }, 'ko', '28.1부터', null],
    [{ project: 'docker' as const, since: '28.1' }, 'en', 'since 28.1', null],
    [{ project: 'buildx' as const, since: '0.31' }, 'en', 'since buildx 0.31', null],
    [{ project: 'docker' as const, removed: '29.0' }, 'ko', null, '29.0부터 문서에 없음'],
    [{ project: 'docker' as const, removed: '29.0' }, 'en', null, 'no longer documented since 29.0'],
  ])('labels %j in %s', (m, lang, since, removed) => {
    expect(sinceLabel(m, lang as 'ko' | 'en')).toBe(since);
    expect(removedLabel(m, lang as 'ko' | 'en')).toBe(removed);
  });
});

describe('src/generated/newest-additions.json', () => {
  it('is what gen:spec writes from the committed references (run `npm run gen:spec` when stale)', async () => {
    const { additionsFile, additionsJson, buildNewestAdditions, buildPluginSpecs, buildSpec, snapshotDir } = await import('../../scripts/gen-spec.ts');
    const { readFileSync } = await import('node:fs');
    const { DOCKER_CLI_VERSION } = await import('../../src/lib/cli-spec/version.ts');
    const fresh = additionsJson(buildNewestAdditions(buildSpec(snapshotDir, DOCKER_CLI_VERSION), buildPluginSpecs()));
    expect(readFileSync(additionsFile, 'utf8')).toBe(fresh);
    expect(fresh.split('\n')[0]).toMatch(/^\{ "\$generated": "by scripts\/gen-spec\.ts/);
  }, 60_000);
});
