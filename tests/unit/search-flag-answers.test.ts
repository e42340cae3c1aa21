import { describe, expect, it } from 'vitest';
import { listCommands } from '../../src/lib/cli-spec/index';
import { readFlagAnswers } from '../../src/lib/search/flag-answers';
import { TaskSearch } from '../../src/lib/search/engine';
import { siteIndex } from './site-index';

const answer = (over: Record<string, string>) =>
  `answers:\n  - command: ${over.command ?? 'container-run'}\n    flag: ${over.flag ?? 'env'}\n    cmd: ${over.cmd ?? 'docker container run --rm -e TZ=Asia/Seoul alpine:3.21 date'}\n    what: { ko: 환경 변수를 넘깁니다., en: Passes an environment variable. }\n    tasks: { ko: [환경 변수 넘기기], en: [set an environment variable] }\n`;

describe('flag answers file: each problem names its line', () => {
  it('accepts a good answer', () => {
    const r = readFlagAnswers(answer({}), listCommands());
    expect(r.ok).toBe(true);
  });
  it.each([
    [{ command: 'container-runn' }, 2, 'no command "container-runn"'],
    [{ flag: 'envv' }, 3, 'has no option --envv'],
    [{ cmd: 'docker container run --rm alpine:3.21 date' }, 4, 'does not use --env (or -e)'],
    [{ cmd: 'docker image ls -a' }, 4, 'does not run docker container run'],
  ])('%o -> line %i', (over, line, message) => {
    const r = readFlagAnswers(answer(over as Record<string, string>), listCommands());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]!.line).toBe(line);
    expect(r.problems[0]!.message).toContain(message);
  });
  it('a schema problem (no tasks) names its line', () => {
    const r = readFlagAnswers('answers:\n  - command: container-run\n    flag: env\n    cmd: docker container run -e A=1 alpine:3.21\n    what: { ko: 가, en: b }\n', listCommands());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toContain('tasks');
  });
});

// The index the site builds, searched as the pages search it.
const ko = new TaskSearch(siteIndex('ko'));
const en = new TaskSearch(siteIndex('en'));

describe('the issue table: the needed answer first', () => {
  it.each([
    [ko, '환경변수 넘기기', '/ko/commands/container-run/#flag-env'],
    [en, 'set environment variable', '/en/commands/container-run/#flag-env'],
    [ko, '포트 연결', '/ko/commands/container-run/#flag-publish'],
    [en, 'map a port', '/en/commands/container-run/#flag-publish'],
    [ko, '컨테이너 재시작 자동', '/ko/commands/container-run/#flag-restart'],
    [en, 'restart container automatically', '/en/commands/container-run/#flag-restart'],
    [en, 'remove all stopped containers', '/en/commands/container-prune/'],
    // A flag answer of the command counts for the command (the table says so).
    [ko, '컨테이너 로그들을 출력한다', '/ko/commands/container-logs/*'],
  ])('%#: %s', (s, q, href) => {
    const first = s.search(q, 5)[0]?.doc.h;
    if (href.endsWith('*')) expect(first?.startsWith(href.slice(0, -1))).toBe(true);
    else expect(first).toBe(href);
  });
});

describe('flag answers in the index', () => {
  it('carry their command line, what they do and their command', () => {
    const hit = ko.search('환경변수 넘기기', 1)[0]!;
    expect(hit.doc.h).toBe('/ko/commands/container-run/#flag-env');
    expect(hit.doc.k).toBe('f');
    expect(hit.doc.e?.[0]).toBe('docker container run --rm -e TZ=Asia/Seoul alpine:3.21 date');
    expect(hit.doc.c).toBe('docker container run');
    expect(hit.doc.s).toContain('환경 변수');
  });
  it('full-width letters are read as ASCII (NFKC)', () => {
    expect(en.search('ｌｏｇｓ', 3)[0]?.doc.h).toMatch(/^\/en\/commands\/container-logs\//);
    expect(en.search('ｄｏｃｋｅｒ ｐｓ', 3)[0]?.doc.h).toBe('/en/commands/container-ls/');
  });
  it('Korean spacing, compounds, typos and a Korean word typed on an English keyboard', () => {
    expect(ko.search('환경 변수 넘기기', 1)[0]?.doc.h).toBe('/ko/commands/container-run/#flag-env');
    expect(ko.search('이미지목록', 1)[0]?.doc.h).toMatch(/^\/ko\/commands\/image-ls\//);
    expect(ko.search('컨테니어 삭제', 1)[0]?.doc.h).toMatch(/^\/ko\/commands\/container-rm\//);
    expect(ko.search('fhrm', 1)[0]?.doc.h).toMatch(/^\/ko\/commands\/container-logs\//);
    expect(en.search('lsit images', 1)[0]?.doc.h).toMatch(/^\/en\/commands\/image-ls\//);
  });
  it('a typo the Korean keyboard reading cannot put together (`hox`) is searched, not thrown', () => {
    // es-hangul throws on some runs of vowel keys; the search reads such a word as Latin only.
    expect(en.search('hox to start a new container', 3)[0]?.doc.h).toMatch(/^\/en\/commands\/container-(run|start)\//);
    expect(ko.search('hostx 파일에 항목 추가', 3).length).toBeGreaterThan(0);
  });
  it('-p after a command leads to its publish row first', () => {
    expect(en.search('docker run -p', 1)[0]?.doc.h).toBe('/en/commands/container-run/#flag-publish');
  });
});
