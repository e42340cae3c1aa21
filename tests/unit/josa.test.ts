// Korean particles after code, names and numbers: chosen by reading the word aloud,
// never the "을(를)" fallback, in every message that puts a particle after code or a number.
import { describe, expect, it } from 'vitest';
import { say } from '../../src/lib/i18n/messages';
import en from '../../content/ui/en.json';
import ko from '../../content/ui/ko.json';
import { checkDockerfile } from '../../src/lib/dockerfile/check.ts';
import { t, type UiKey } from '../../src/lib/i18n/ui.ts';
import { josa } from '../../src/lib/i18n/ko.ts';

const FALLBACK = /을\(를\)|를\(을\)|은\(는\)|는\(은\)|이\(가\)|가\(이\)|\(으\)로|와\(과\)|과\(와\)|\(이\)라/;

describe('josa reads code and numbers', () => {
  it.each([
    ['FROM', '을/를', 'FROM을'],
    ['ubuntu', '은/는', 'ubuntu는'],
    ['echo', '을/를', 'echo를'],
    ['apt-get', '으로/로', 'apt-get으로'],
    ['apt', '으로/로', 'apt로'],
    ['npm', '으로/로', 'npm으로'],
    ['yum', '으로/로', 'yum으로'],
    ['apk', '으로/로', 'apk로'],
    ['pip', '으로/로', 'pip으로'],
    ['LABEL', '으로/로', 'LABEL로'],
    ['SHELL', '을/를', 'SHELL을'],
    ['CMD', '을/를', 'CMD를'],
    ['HEALTHCHECK', '을/를', 'HEALTHCHECK를'],
    ['node', '은/는', 'node는'],
    ['bundle', '이/가', 'bundle이'],
    ['LABLE', '이라/라', 'LABLE이라'],
    ['root', '이/가', 'root가'],
    ['"RUNN"', '이라/라', '"RUNN"이라'],
    ['`--pause=false`', '으로/로', '`--pause=false`로'],
    ['--mount', '을/를', '--mount를'],
    ['type=cache', '은/는', 'type=cache는'],
    ['28.2.2', '이/가', '28.2.2가'],
    ['28.2.2', '으로/로', '28.2.2로'],
    ['29.7.1', '으로/로', '29.7.1로'],
    ['29.7.1', '을/를', '29.7.1을'],
    ['27.3', '이/가', '27.3이'],
    ['10', '으로/로', '10으로'],
    ['100', '이/가', '100이'],
    ['0', '이/가', '0이'],
    ['U+2010', '으로/로', 'U+2010으로'],
    ['v0.36.1', '으로/로', 'v0.36.1로'],
    ['도커', '을/를', '도커를'],
    ['이미지', '으로/로', '이미지로'],
    ['파일', '으로/로', '파일로'],
    ['명령', '으로/로', '명령으로'],
  ] as const)('%s + %s = %s', (word, pair, out) => {
    expect(josa(word, pair)).toBe(out);
  });
});

describe('UI strings', () => {
  it('every Korean UI string renders with code and number values without a fallback particle', () => {
    const keys = Object.keys(en) as UiKey[];
    const bad: string[] = [];
    for (const key of keys) {
      for (const value of ['28.2.2', 'FROM', 'docker/buildx', '10', 'nginx']) {
        const names = [...(ko as Record<string, string>)[key]!.matchAll(/\{(\w+)/g)].map((m) => m[1]!);
        const text = t('ko', key, Object.fromEntries(names.map((n) => [n, value])));
        if (FALLBACK.test(text) || /\{\w+\|/.test(text)) bad.push(`${key}: ${text}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('picks the particle after the version number', () => {
    expect(t('ko', 'explain.lead', { version: '28.2.2' })).toContain('Docker CLI 28.2.2가 해석하는');
    expect(t('ko', 'guides.lead', { version: '28.2.2' })).toContain('Docker CLI 28.2.2로 검사했습니다');
    expect(t('ko', 'guides.lead', { version: '29.7.1' })).toContain('Docker CLI 29.7.1로 검사했습니다');
    expect(t('ko', 'guides.lead', { version: '29.7.3' })).toContain('Docker CLI 29.7.3으로 검사했습니다');
    // English is untouched, and a value without a particle is filled as before.
    expect(t('en', 'guides.lead', { version: '28.2.2' })).toContain('28.2.2');
    expect(t('ko', 'footer.source', { version: '28.2.2' })).toBe('기준 자료: Docker CLI 28.2.2 도움말 출력');
  });
});

describe('Dockerfile checker messages', () => {
  // One Dockerfile per Korean template that puts a particle after code: the fragment pins the particle.
  const cases: [string, string, string][] = [
    ['from-latest', 'FROM ubuntu\nRUN true\n', 'FROM ubuntu는 계속'],
    ['from-latest', 'FROM nginx\nRUN true\n', 'FROM nginx는 계속'],
    ['from-latest', 'FROM redis\nRUN true\n', 'FROM redis는 계속'],
    ['from-latest', 'FROM python\nRUN true\n', 'FROM python은 계속'],
    ['unknown-instruction', 'FORM alpine:3.20\n', 'FORM이라는 명령어는 없습니다. FROM을 쓰려던 것 아닌가요?'],
    ['unknown-instruction', 'FROM alpine:3.20\nCOPPY a.txt /a.txt\n', 'COPY를 쓰려던'],
    ['unknown-instruction', 'FROM alpine:3.20\nLABLE a=b\n', 'LABLE이라는 명령어는 없습니다. LABEL을 쓰려던'],
    ['likely-typo', 'FROM alpine:3.20\nRUN ehco hi\n', '"ehco"는 "echo"의 오타로'],
    ['likely-typo', 'FROM alpine:3.20\nRUN mkdri /app\n', '"mkdri"는'],
    ['exec-form-variable', 'FROM alpine:3.20\nCMD ["echo", "$HOME"]\n', 'echo를 바로 실행하므로'],
    ['exec-form-variable', 'FROM alpine:3.20\nCMD ["node", "$APP"]\n', 'node를 바로'],
    ['copy-from-unknown-stage', 'FROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from=biuld /a /a\n', '--from=biuld는 위에서'],
    ['copy-from-unknown-stage', 'FROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from=biuld /a /a\n', '"biuld"라는 이미지를'],
  ];
  it.each(cases)('%s: %j', (code, text, fragment) => {
    const problems = checkDockerfile(text).filter((p) => p.code === code);
    expect(problems.map((p) => (p?.text && say(p.text, 'ko'))).join('\n')).toContain(fragment);
  });

  it('no Korean Dockerfile message keeps a fallback particle or a space before one', () => {
    const files = [
      'FROM ubuntu\nRUN ehco hi\nCMD ["echo", "$HOME"]\n',
      'FORM alpine\n',
      'FROM alpine:3.20\nRUN --mount=type=cach,target=/x true\nRUN --mout=type=cache,target=/x true\n',
      'FROM alpine:3.20 AS base\nFROM alpine:3.20\nCOPY --from=bse /a /a\n',
      'FROM alpine:3.20\nRUN apt‐get install -y curl\nRUN apt-get install —y curl\n',
      'FROM alpine:3.20\nUSER app\nRUN apt-get update && apt-get install -y curl\n',
      'FROM alpine:3.20\nRUN apk add curl\nRUN apk add git\n',
      'FROM alpine:3.20\nRUN apt-get install -y a\nRUN apt-get install -y b\n',
      'FROM alpine:3.20\nRUN echo a\\\nb\n',
      'FROM alpine:3.20\nRUN cat <<EOF\nhello\n',
      'FROM alpine:3.20\nRUN echo recieve\n',
    ];
    const seen: string[] = [];
    const bad: string[] = [];
    for (const f of files) {
      for (const p of checkDockerfile(f)) {
        const ko = (p?.text && say(p.text, 'ko'));
        if (ko === undefined) continue;
        seen.push(p.code);
        if (FALLBACK.test(ko) || /[\w"`>] (이|가|을|를|은|는|으로|로) /.test(ko)) bad.push(`${p.code}: ${ko}`);
      }
    }
    expect(bad).toEqual([]);
    // The files reach the templates that take a particle after code.
    for (const code of ['from-latest', 'likely-typo', 'exec-form-variable', 'unknown-instruction', 'unknown-mount-type', 'unknown-run-flag', 'copy-from-unknown-stage', 'typographic-dash', 'package-install-as-non-root', 'consecutive-run-install', 'heredoc-unterminated']) {
      expect(seen, code).toContain(code);
    }
  });

  it('names the installer and the dash with the right particle', () => {
    const ko = (text: string, code: string) => checkDockerfile(text).filter((p) => p.code === code).map((p) => (p?.text && say(p.text, 'ko'))).join('\n');
    expect(ko('FROM alpine:3.20\nRUN apt-get install -y a\nRUN apt-get install -y b\n', 'consecutive-run-install')).toContain('모두 apt-get으로 패키지만');
    expect(ko('FROM alpine:3.20\nRUN apk add a\nRUN apk add b\n', 'consecutive-run-install')).toContain('모두 apk로 패키지만');
    expect(ko('FROM alpine:3.20\nUSER app\nRUN apt-get update && apt-get install -y curl\n', 'package-install-as-non-root')).toContain('이 RUN은 apt-get으로 패키지를');
    expect(ko('FROM alpine:3.20\nUSER app\nRUN apk add curl\n', 'package-install-as-non-root')).toContain('이 RUN은 apk로 패키지를');
    expect(ko('FROM alpine:3.20\nRUN apt‐get install -y curl\n', 'typographic-dash')).toContain('U+2010이 들어 있습니다');
    expect(ko('FROM alpine:3.20\nRUN apt‐get install -y curl\n', 'typographic-dash')).toContain('apt-get으로 쓰세요');
    expect(ko('FROM alpine:3.20\nRUN cat <<EOF\nhello\n', 'heredoc-unterminated')).toContain('<<EOF가 닫히지');
  });
});
