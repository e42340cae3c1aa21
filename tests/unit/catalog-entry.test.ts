import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkEntryAgainstSpec } from '../../src/lib/catalog/check-entry';
import { CommandEntrySchema, type CommandEntry } from '../../src/lib/catalog/schema';
import { aliasForms, groupCommands, optionRows } from '../../src/lib/catalog/command-view';
import { getCommandBySlug, listCommands, listPagedCommands } from '../../src/lib/cli-spec/index';
import { checkCommandEntries } from '../../src/lib/content-checks/command-entries';
import { loadRegistry } from '../../src/lib/content/files';

const slugs = listCommands().map((c) => c.slug);
const entry = (options: Record<string, string> = {}): CommandEntry =>
  CommandEntrySchema.parse({
    summary: { ko: '요약' },
    options: Object.fromEntries(Object.entries(options).map(([k, ko]) => [k, { ko }])),
  });

describe('checkEntryAgainstSpec', () => {
  it.each([
    ['valid entry', 'container-run', entry({ restart: '재시작 정책' }), []],
    ['unknown flag', 'container-run', entry({ 'restart-always': 'x' }), ['has no option --restart-always']],
    ['alias used as file name', 'ps', entry(), ['"ps" is not a canonical docker command slug']],
    ['alias suggests canonical', 'run', entry(), ['container-run.yaml']],
  ] as const)('%s', (_name, slug, e, fragments) => {
    const problems = checkEntryAgainstSpec(slug, e, getCommandBySlug, slugs);
    expect(problems).toHaveLength(fragments.length);
    fragments.forEach((f, i) => expect(problems[i]?.message).toContain(f));
  });
});

describe('committed catalog entries', () => {
  it('have no problems', () => {
    expect(checkCommandEntries(loadRegistry(process.cwd()))).toEqual([]);
  });

  it('exist for every canonical command (Korean summary on every Korean page)', () => {
    const files = new Set(readdirSync('content/commands').map((f) => f.replace(/\.yaml$/, '')));
    expect(listPagedCommands().map((c) => c.slug).filter((s) => !files.has(s))).toEqual([]);
  });
});

describe('command view', () => {
  const run = getCommandBySlug('container-run')!;

  it('has one row per option with flag-{long} ids, in help order, except those the newest release no longer documents', () => {
    const rows = optionRows(run, undefined, 'en');
    const gone = ['disable-content-trust', 'kernel-memory'];
    expect(rows.map((r) => r.id)).toEqual(run.options.filter((o) => !gone.includes(o.long)).map((o) => `flag-${o.long}`));
    expect(run.options.filter((o) => gone.includes(o.long))).toHaveLength(2);
    expect(rows.find((r) => r.long === 'detach')?.flag).toBe('-d, --detach');
  });

  it.each([
    ['ko with translation', 'ko', { restart: '재시작 정책' }, { text: '재시작 정책', lang: 'ko' }],
    ['ko without translation', 'ko', {}, { text: run.options.find((o) => o.long === 'restart')!.description, lang: 'en' }],
    ['en ignores Korean', 'en', { restart: '재시작 정책' }, { text: run.options.find((o) => o.long === 'restart')!.description, lang: 'en' }],
  ] as const)('localizes descriptions: %s', (_n, lang, options, expected) => {
    const row = optionRows(run, entry(options), lang).find((r) => r.long === 'restart');
    expect(row?.description).toEqual(expected);
  });

  it('lists alias forms other than the canonical one', () => {
    expect(aliasForms(getCommandBySlug('container-ls')!)).toEqual(['docker container list', 'docker container ps', 'docker ps']);
  });

  it('groups commands by their top-level group, ungrouped ones last', () => {
    const groups = groupCommands(listCommands());
    expect(groups.at(-1)?.group).toBeNull();
    expect(groups.find((g) => g.group === 'network')?.commands[0]?.slug).toBe('network');
    expect(groups.reduce((n, g) => n + g.commands.length, 0)).toBe(listCommands().length);
    expect(groups.find((g) => g.group === 'buildx')?.commands[0]?.slug).toBe('buildx');
    expect(groups.find((g) => g.group === 'compose')?.commands.map((c) => c.slug)).toContain('compose-up');
  });
});
