import { describe, expect, it } from 'vitest';
import en from '../../content/ui/en.json';
import ko from '../../content/ui/ko.json';
import { checkParity } from '../../src/lib/i18n/parity';
import { localizedPath, localePath } from '../../src/lib/i18n/locales';
import { t } from '../../src/lib/i18n/ui';

describe('UI-string parity', () => {
  it('ko.json has exactly the keys of en.json', () => {
    expect(checkParity(en, ko, 'ko.json')).toEqual([]);
  });

  it('fails when a key is removed from ko.json', () => {
    const broken: Record<string, string> = { ...ko };
    delete broken['nav.home'];
    const problems = checkParity(en, broken, 'ko.json');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ key: 'nav.home', problem: 'missing' });
    expect(problems[0]?.message).toContain('missing key "nav.home"');
  });

  it.each([
    ['extra key', { ...ko, 'nav.bogus': 'x' }, 'extra'],
    ['empty value', { ...ko, 'nav.home': '  ' }, 'empty'],
    ['non-string value', { ...ko, 'nav.home': 3 }, 'not-a-string'],
    ['lost placeholder', { ...ko, 'footer.source': 'Docker CLI 도움말' }, 'placeholders'],
  ] as const)('reports %s', (_name, translation, problem) => {
    expect(checkParity(en, translation, 'ko.json').map((p) => p.problem)).toEqual([problem]);
  });
});

describe('localized paths', () => {
  it.each([
    ['/ko/', 'en', '/en/'],
    ['/en/commands/container-run/', 'ko', '/ko/commands/container-run/'],
    ['/ko', 'en', '/en/'],
    ['/kommands/', 'en', '/en/'],
    ['/', 'ko', '/ko/'],
  ] as const)('%s -> %s', (from, to, expected) => {
    expect(localizedPath(from, to)).toBe(expected);
  });

  it('builds paths from segments', () => {
    expect(localePath('en', 'commands', 'container-run')).toBe('/en/commands/container-run/');
    expect(localePath('ko')).toBe('/ko/');
  });
});

describe('t()', () => {
  it('fills placeholders in both languages', () => {
    expect(t('en', 'footer.source', { version: '28.2.2' })).toBe('Source of truth: Docker CLI 28.2.2 help output');
    expect(t('ko', 'footer.source', { version: '28.2.2' })).toContain('28.2.2');
  });
});
