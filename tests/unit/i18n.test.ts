import { describe, expect, it } from 'vitest';
import en from '../../content/ui/en.json';
import ko from '../../content/ui/ko.json';
import { checkParity } from '../../src/lib/i18n/parity';
import { DEFAULT_LOCALE, LOCALES, languageName, ogLocale, otherLocales, pathLocale, toLocale } from '../../src/lib/i18n/locales';
import { localizedHref } from '../../src/lib/routes';
import { localize } from '../../src/lib/i18n/localized';
import { localizedText, localizedTextWithDefault } from '../../src/lib/i18n/localized-schema';
import { t } from '../../src/lib/i18n/ui';
import { MAX_MESSAGE, mapMessageText, msg, say, sayAll } from '../../src/lib/i18n/messages';
import messagesEn from '../../content/messages/en.json';
import messagesKo from '../../content/messages/ko.json';
import dockerfileEn from '../../content/messages/dockerfile/en.json';
import dockerfileKo from '../../content/messages/dockerfile/ko.json';

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
    expect(localizedHref(from, to)).toBe(expected);
  });

});

describe('t()', () => {
  it('fills placeholders in both languages', () => {
    expect(t('en', 'footer.source', { version: '28.2.2' })).toBe('Source of truth: Docker CLI 28.2.2 help output');
    expect(t('ko', 'footer.source', { version: '28.2.2' })).toContain('28.2.2');
  });
});

describe('the locale list and what is derived from it', () => {
  it('picks a site language or the default', () => {
    expect(toLocale('en')).toBe('en');
    expect(toLocale('fr')).toBe(DEFAULT_LOCALE);
    expect(toLocale(undefined)).toBe(DEFAULT_LOCALE);
  });

  it('lists the other languages in list order', () => {
    for (const l of LOCALES) expect(otherLocales(l)).toEqual(LOCALES.filter((x) => x !== l));
  });

  it.each([
    ['/en/commands/', 'en'],
    ['/ko', 'ko'],
    ['/404.html', null],
    ['/kommands/', null],
  ] as const)('pathLocale(%s) is %s', (path, lang) => {
    expect(pathLocale(path)).toBe(lang);
  });

  it('names languages and Open Graph locales from CLDR', () => {
    expect(languageName('ko', 'en')).toBe('Korean');
    expect(languageName('en', 'ko')).toBe('영어');
    expect(ogLocale('ko')).toBe('ko_KR');
    expect(ogLocale('en')).toBe('en_US');
  });

  it('the text schema asks for every language by key', () => {
    const schema = localizedText();
    expect(schema.safeParse(localize((l) => `text ${l}`)).success).toBe(true);
    const result = schema.safeParse({ ko: '텍스트' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['en: write the English text (en)']);
    expect(schema.safeParse({ ko: 'a', en: 'b', fr: 'c' }).success).toBe(false);
  });

  it('the text-over-help schema lets only the help language out', () => {
    const schema = localizedTextWithDefault('en');
    expect(schema.safeParse({ ko: '요약' }).success).toBe(true);
    expect(schema.safeParse({ en: 'summary' }).success).toBe(false);
  });
});

describe('checker messages (content/messages)', () => {
  it('ko.json has exactly the keys of en.json and only its placeholders', () => {
    expect(checkParity(messagesEn, messagesKo, 'ko.json', 'subset')).toEqual([]);
    expect(checkParity(dockerfileEn, dockerfileKo, 'dockerfile/ko.json', 'subset')).toEqual([]);
  });

  it('a translation may leave a value out but not name one English lacks', () => {
    const en = { k: '{a} and {b}' };
    expect(checkParity(en, { k: '{a}' }, 'ko.json', 'subset')).toEqual([]);
    expect(checkParity(en, { k: '{a} {c}' }, 'ko.json', 'subset').map((p) => p.message)).toEqual(['ko.json: "k" uses {c}, which the reference does not have (it has {a}, {b})']);
  });

  it('msg() is data (key and values); say() fills it in a language, nested messages in that language, particles after values', () => {
    const m = msg('command.unknownFlag', { cmd: '`docker run`', flag: '`--nmae`', more: msg('command.meant.option', { hint: '`--name`' }) });
    expect(m).toEqual({ key: 'command.unknownFlag', params: { cmd: '`docker run`', flag: '`--nmae`', more: { key: 'command.meant.option', params: { hint: '`--name`' } } } });
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
    expect(say(m, 'en')).toBe('`docker run` has no `--nmae` option. Did you mean `--name`?');
    expect(say(m, 'ko')).toBe('`docker run` 명령에는 `--nmae` 옵션이 없습니다. `--name` 옵션을 뜻했나요?');
    expect(sayAll(m)).toEqual({ ko: say(m, 'ko'), en: say(m, 'en') });
  });

  it('say() cuts a message to MAX_MESSAGE characters; mapMessageText() rewrites every text value, nested ones too', () => {
    const long = say(msg('command.cannotKnow', { word: 'x'.repeat(5000) }), 'en');
    expect(long.length).toBe(MAX_MESSAGE);
    const m = mapMessageText(msg('command.unknownFlag', { cmd: 'xx', flag: 'a', more: msg('command.meant.option', { hint: 'xx' }) }), (t) => t.replace('xx', 'IMAGE'));
    expect(say(m, 'en')).toBe('IMAGE has no a option. Did you mean IMAGE?');
  });
});
