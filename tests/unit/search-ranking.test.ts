import { describe, expect, it } from 'vitest';
import { listCommands } from '../../src/lib/cli-spec/index';
import { buildSearchIndex } from '../../src/lib/search/build-index';
import { TaskSearch } from '../../src/lib/search/engine';
import type { FlagAnswer } from '../../src/lib/search/flag-answers';
import { localize } from '../../src/lib/i18n/localized';
import { siteIndex } from './site-index';

// Ranking rules on the index the site builds (phrasings written for these tests, not taken from
// the benchmark's query sets).
const engines = { ko: new TaskSearch(siteIndex('ko')), en: new TaskSearch(siteIndex('en')) };
const rank = (lang: 'ko' | 'en', q: string, href: string) => engines[lang].search(q, 20).findIndex((h) => h.doc.h === `/${lang}/${href}`);

// The spec alone and a few flag answers made for the rule: each pair has the same flag on two
// commands, and the phrases favour the other one.
const answer = (command: string, flag: string, cmd: string, tasks: string[]): FlagAnswer => ({ command, flag, cmd, what: localize(() => tasks[0]!), tasks: localize(() => tasks) });
const made = new TaskSearch(
  buildSearchIndex({
    lang: 'en',
    commands: listCommands(),
    entry: () => undefined,
    usage: () => ({ guides: 0, cheatsheet: false }),
    guides: [],
    instructions: [],
    commandTasks: { 'container-run': localize(() => ['run a container and keep it tidy and small']) },
    flagAnswers: [
      answer('container-ls', 'all', 'docker container ls -a', ['stopped containers', 'show stopped containers']),
      answer('container-stats', 'all', 'docker container stats -a', ['every container']),
      answer('container-kill', 'signal', 'docker container kill -s HUP web', ['pick the signal']),
      answer('compose-kill', 'signal', 'docker compose kill -s HUP', ['send a signal to containers', 'signal containers']),
      answer('container-run', 'name', 'docker container run -d --name web nginx:1.27', ['a name of your own']),
    ],
  }),
);

describe('siblings, on made-up phrases: which command the query names decides', () => {
  it.each([
    // `stats` names container stats, not container ls: its --all goes first.
    ['stats of stopped containers', '/en/commands/container-stats/#flag-all', '/en/commands/container-ls/#flag-all'],
    // The query does not say compose: container kill's --signal goes first.
    ['send a signal to containers', '/en/commands/container-kill/#flag-signal', '/en/commands/compose-kill/#flag-signal'],
  ])('%s', (q, better, worse) => {
    const hits = made.search(q, 20).map((h) => h.doc.h);
    expect(hits.indexOf(better)).toBeGreaterThanOrEqual(0);
    expect(hits.indexOf(better)).toBeLessThan(hits.indexOf(worse) < 0 ? Infinity : hits.indexOf(worse));
  });
  it('an option that says half of what the query adds to its command goes just above the command', () => {
    const hits = made.search('run a tidy container with a name', 5).map((h) => h.doc.h);
    expect(hits.indexOf('/en/commands/container-run/#flag-name')).toBe(0);
    expect(hits).toContain('/en/commands/container-run/');
  });
  it('the query saying the other command keeps it first', () => {
    expect(made.search('show stopped containers', 5)[0]?.doc.h).toBe('/en/commands/container-ls/#flag-all');
    expect(made.search('compose: send a signal to containers', 5)[0]?.doc.h).toBe('/en/commands/compose-kill/#flag-signal');
  });
});

// On the site's index: phrasings written for these tests (not from the benchmark's sets).
describe('siblings on the site index', () => {
  it.each([
    // `통계` names stats: its --all goes above ls --all.
    ['ko', '정지된 것도 포함해서 컨테이너 통계', 'commands/container-stats/#flag-all', 'commands/container-ls/#flag-all'],
    // `compose` names compose logs: its --follow goes above container logs --follow.
    ['en', 'tail the logs of every compose service live', 'commands/compose-logs/#flag-follow', 'commands/container-logs/#flag-follow'],
    ['ko', '컴포즈 로그 계속 따라가면서 보기', 'commands/compose-logs/#flag-follow', 'commands/container-logs/#flag-follow'],
    // Nothing says a running container: run's --interactive, not exec's.
    ['ko', '컨테이너를 대화형으로 띄우기', 'commands/container-run/#flag-interactive', 'commands/container-exec/#flag-interactive'],
    // The query does not say compose: container kill's --signal stays above compose kill's.
    ['en', 'send SIGHUP to a container', 'commands/container-kill/#flag-signal', 'commands/compose-kill/#flag-signal'],
    // `running container` and `inside` say exec: its --detach stays first.
    ['en', 'start a background command inside a running container', 'commands/container-exec/#flag-detach', 'commands/container-run/#flag-detach'],
  ] as const)('%s: %s', (lang, q, better, worse) => {
    const b = rank(lang, q, better);
    const w = rank(lang, q, worse);
    expect(b).toBeGreaterThanOrEqual(0);
    expect(w < 0 || b < w).toBe(true);
  });
});

describe('an instruction written in capitals is the Dockerfile instruction', () => {
  it.each([
    ['ko', 'EXPOSE 로 포트 노출', 'dockerfile/expose/'],
    ['ko', 'ARG 로 빌드 변수 받기', 'dockerfile/arg/'],
    ['en', 'EXPOSE a port', 'dockerfile/expose/'],
  ] as const)('%s: %s', (lang, q, href) => {
    expect(rank(lang, q, href)).toBe(0);
  });
  it('the same word in lower case is the flag', () => {
    expect(rank('en', 'expose a port without publishing it', 'commands/container-run/#flag-expose')).toBe(0);
  });
});

describe('questions lean to the guides, tasks to the commands', () => {
  it.each([
    // A why-question: the guide section, above the option its words also name (build --target).
    ['ko', '멀티스테이지 빌드는 왜 쓰나요', 'guides/building-images/#multi-stage'],
    ['ko', '이미지 레이어가 뭐예요', 'guides/building-images/#layers-cache'],
    // `A냐 B냐` asks which of two.
    ['ko', '볼륨이냐 바인드 마운트냐', 'guides/volumes/#mount-types'],
    // `how do I` is a task, not a question about how something works.
    ['en', 'how do I create a network', 'commands/network-create/'],
  ] as const)('%s: %s', (lang, q, href) => {
    expect(rank(lang, q, href)).toBe(0);
  });
});

describe('an option that says what the query adds to its command goes above the command', () => {
  it.each([
    // The query's words beyond the command's name and summary (`ports`) are the option's.
    ['en', 'run a new container with a port published', 'commands/container-run/#flag-publish'],
    // `특정`/`specific` picks one of many: the option that takes the value, even when the command's
    // summary names the thing (build's summary says Dockerfile).
    ['ko', '특정 Dockerfile 파일로 빌드하기', 'commands/image-build/#flag-file'],
    ['en', 'pull an image for a specific platform', 'commands/image-pull/#flag-platform'],
    // `까지`/`부터` after a time word are until/since.
    ['ko', '어제 날짜까지의 로그만', 'commands/container-logs/#flag-until'],
    ['ko', '10분 전부터 쌓인 로그', 'commands/container-logs/#flag-since'],
  ] as const)('%s: %s', (lang, q, href) => {
    expect(rank(lang, q, href)).toBe(0);
  });
});
