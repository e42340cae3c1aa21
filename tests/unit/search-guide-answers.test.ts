import { describe, expect, it } from 'vitest';
import { TaskSearch } from '../../src/lib/search/engine';
import { readGuideAnswers } from '../../src/lib/search/guide-answers';
import { asksConcept } from '../../src/lib/search/text';
import { siteIndex } from './site-index';

const sections = new Set(['overview#images-and-containers', 'volumes#mount-types']);
const has = (_lang: string, chapter: string, anchor: string) => sections.has(`${chapter}#${anchor}`);
const file = (section: string) => `answers:\n  - section: ${section}\n    tasks: { ko: [이미지와 컨테이너 차이], en: [image vs container] }\n`;

describe('guide answers file', () => {
  it('accepts a section both guides have', () => {
    expect(readGuideAnswers(file('overview#images-and-containers'), has, ['ko', 'en']).ok).toBe(true);
  });
  it('names the line of a section no guide has, and how to write one', () => {
    const r = readGuideAnswers(`# comment\n${file('overview#nope')}`, has, ['ko', 'en']);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]!.line).toBe(3);
    expect(r.problems[0]!.message).toContain('no section "overview#nope" in the ko and en guide');
  });
  it('refuses a section named twice', () => {
    const twice = `${file('volumes#mount-types')}  - section: volumes#mount-types\n    tasks: { ko: [마운트 종류], en: [mount types] }\n`;
    const r = readGuideAnswers(twice, has, ['ko', 'en']);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toContain('a second entry');
  });
  it('refuses an entry without questions', () => {
    const r = readGuideAnswers('answers:\n  - section: volumes#mount-types\n    tasks: { ko: [], en: [x y] }\n', has, ['ko', 'en']);
    expect(r.ok).toBe(false);
  });
});

describe('asksConcept: questions the guides answer', () => {
  it.each([
    ['what is a container', true],
    ['why use multi-stage builds', true],
    ['컨테이너란', true],
    ['멀티 스테이지 빌드 쓰는 이유', true],
    ['what images do I have', false],
    ['list images', false],
    ['컨테이너 목록', false],
  ])('%s -> %s', (q, yes) => {
    expect(asksConcept(q)).toBe(yes);
  });
});

const ko = new TaskSearch(siteIndex('ko'));
const en = new TaskSearch(siteIndex('en'));
const first = (s: TaskSearch, q: string) => s.search(q, 5)[0]?.doc.h;

describe('the site index: concept questions lead to the guide section, options above their command', () => {
  it.each([
    [en, 'image vs container', '/en/guides/overview/#images-and-containers'],
    [ko, '컨테이너와 이미지 차이', '/ko/guides/overview/#images-and-containers'],
    [en, 'make my image smaller', '/en/guides/building-images/#multi-stage'],
    [ko, '이미지 용량 줄이기', '/ko/guides/building-images/#multi-stage'],
    // The option that says what the query asks beyond its command goes above the command.
    [ko, '컨테이너 실행할 때 환경변수 주는 법', '/ko/commands/container-run/#flag-env'],
    [en, 'docker run with env', '/en/commands/container-run/#flag-env'],
    // ... but not when the command's own task says the query better.
    [en, 'remove all stopped containers', '/en/commands/container-prune/'],
    [en, 'docker run nginx', '/en/commands/container-run/'],
    [en, 'list running containers', '/en/commands/container-ls/'],
  ])('%#: %s -> %s', (s, q, href) => {
    expect(first(s, q)).toBe(href);
  });
});

describe('command tasks file', () => {
  it('names the line of a command the CLI does not have', async () => {
    const { readCommandTasks } = await import('../../src/lib/search/command-tasks');
    const { listCommands } = await import('../../src/lib/cli-spec/index');
    const good = readCommandTasks('commands:\n  container-ls:\n    ko: [컨테이너 목록]\n    en: [list containers]\n', listCommands());
    expect(good.ok).toBe(true);
    const bad = readCommandTasks('# extra\ncommands:\n  container-lss:\n    ko: [컨테이너 목록]\n    en: [list containers]\n', listCommands());
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect([3, 4]).toContain(bad.problems[0]!.line);
      expect(bad.problems[0]!.message).toContain('no command "container-lss"');
    }
  });
  it('reads instruction tasks and names the line of an instruction that does not exist', async () => {
    const { readCommandTasks } = await import('../../src/lib/search/command-tasks');
    const { listCommands } = await import('../../src/lib/cli-spec/index');
    const good = readCommandTasks('commands: {}\ninstructions:\n  EXPOSE:\n    ko: [포트 선언]\n    en: [declare a port]\n', listCommands());
    expect(good.ok && good.instructions.EXPOSE?.en).toEqual(['declare a port']);
    const bad = readCommandTasks('commands: {}\ninstructions:\n  Expose:\n    ko: [포트 선언]\n    en: [declare a port]\n', listCommands());
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect([3, 4]).toContain(bad.problems[0]!.line);
      expect(bad.problems[0]!.message).toContain('no Dockerfile instruction "Expose"');
    }
  });
});

describe('instruction tasks in the index', () => {
  it.each([
    ['ko', '이미지에 상태 검사 넣기', '/ko/dockerfile/healthcheck/'],
    ['en', 'switch to an unprivileged user in the Dockerfile', '/en/dockerfile/user/'],
  ] as const)('%s: %s', (lang, q, href) => {
    expect(first(lang === 'ko' ? ko : en, q)).toBe(href);
  });
});
