import { describe, expect, it } from 'vitest';
import { listCommands } from '../../src/lib/cli-spec/index';
import { TaskSearch } from '../../src/lib/search/engine';
import { instructionsWithoutTasks, readCommandTasks } from '../../src/lib/search/command-tasks';
import { asksConcept, queryTerms } from '../../src/lib/search/text';
import { siteIndex } from './site-index';

const entry = (name: string, ko = '[작업 디렉터리 바꾸기]', en = '[set working directory]') => `  ${name}:\n    ko: ${ko}\n    en: ${en}\n`;

describe('instruction tasks (command-tasks.yaml instructions:)', () => {
  it('reads phrases per instruction', () => {
    const r = readCommandTasks(`commands: {}\ninstructions:\n${entry('ENV', '[도커파일 환경 변수]', '[env in dockerfile]')}${entry('WORKDIR')}`, listCommands());
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.instructions.WORKDIR!.en).toEqual(['set working directory']);
  });
  it.each([
    // [what is wrong, file, line, message part]
    ['an instruction that does not exist', `# c\ncommands: {}\ninstructions:\n${entry('ENV')}${entry('WORKDR')}`, 8, 'no Dockerfile instruction "WORKDR"'],
    ['a phrase given twice', `commands: {}\ninstructions:\n${entry('WORKDIR', '[작업 디렉터리, 도커파일 cd, 작업  디렉터리]')}`, 4, 'instructions.WORKDIR.ko.2: "작업  디렉터리" is given twice; keep one'],
    ['a command phrase given twice', `commands:\n  container-ls:\n    ko: [컨테이너 목록]\n    en: [list containers, List containers]\n`, 4, 'commands.container-ls.en.1: "List containers" is given twice'],
    ['no phrases in a language', `commands: {}\ninstructions:\n${entry('WORKDIR', '[]')}`, 4, 'give at least one task phrase'],
    ['a language missing', `commands: {}\ninstructions:\n  WORKDIR:\n    ko: [작업 디렉터리]\n`, 4, 'en'],
    ['a one-letter phrase', `commands: {}\ninstructions:\n${entry('WORKDIR', '[w]')}`, 4, 'at least two characters'],
  ])('%s: names the line and what to do', (_what, text, line, message) => {
    const r = readCommandTasks(text, listCommands());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.message).join('\n')).toContain(message);
    expect(r.problems.map((p) => p.line)).toContain(line);
  });
  it.each([
    [['ENV', 'WORKDIR'], []],
    [['ENV', 'WORKDIR', 'USER'], ['USER']],
    [['ARG', 'USER'], ['ARG', 'USER']],
  ])('instruction pages %j without phrases: %j', (pages, missing) => {
    const r = readCommandTasks(`commands: {}\ninstructions:\n${entry('ENV')}${entry('WORKDIR')}`, listCommands());
    expect(r.ok && instructionsWithoutTasks(r.instructions, pages)).toEqual(missing);
  });
});

const ko = new TaskSearch(siteIndex('ko'));
const en = new TaskSearch(siteIndex('en'));
const first = (s: TaskSearch, q: string) => s.search(q, 5)[0]?.doc.h;

describe('the site index: a Dockerfile task leads to its instruction, a run task to the run option', () => {
  it.each([
    // Said in a Dockerfile, in the image, at build time: the instruction.
    [ko, 'Dockerfile에서 환경 변수 설정', '/ko/dockerfile/env/'],
    [en, 'set env var in Dockerfile', '/en/dockerfile/env/'],
    [ko, '빌드할 때 작업 디렉터리', '/ko/dockerfile/workdir/'],
    [en, 'working directory in the image', '/en/dockerfile/workdir/'],
    [en, 'user in the image', '/en/dockerfile/user/'],
    [en, 'healthcheck in the image', '/en/dockerfile/healthcheck/'],
    [ko, '이미지에 포트 지정', '/ko/dockerfile/expose/'],
    [en, 'EXPOSE port', '/en/dockerfile/expose/'],
    [ko, '도커파일 베이스 이미지', '/ko/dockerfile/from/'],
    [en, 'put files in image', '/en/dockerfile/copy/'],
    [ko, '빌드 중 명령 실행', '/ko/dockerfile/run/'],
    // … even when an option of the command the query names (`run`) was lifted above its command.
    [en, 'run as non-root user in the Dockerfile', '/en/dockerfile/user/'],
    // Not said: the option of docker run (or the command) stays first.
    [ko, '환경 변수 넘기기', '/ko/commands/container-run/#flag-env'],
    [en, 'pass environment variable', '/en/commands/container-run/#flag-env'],
    [ko, '작업 디렉터리 바꿔서 실행', '/ko/commands/container-run/#flag-workdir'],
    [ko, '다른 사용자로 컨테이너 실행', '/ko/commands/container-run/#flag-user'],
    [en, 'publish a port', '/en/commands/container-run/#flag-publish'],
    [ko, '컨테이너에 파일 복사', '/ko/commands/container-cp/'],
    // The image as the thing worked on, not where the task happens: the image command.
    [ko, 'tar 파일을 이미지로 불러오기', '/ko/commands/image-load/#flag-input'],
  ])('%#: %s -> %s', (s, q, href) => {
    expect(first(s, q)).toBe(href);
  });
});

describe('troubles and comparisons as learners write them', () => {
  it.each([
    // A symptom ("doesn't work") asks what a guide explains; 안 before 돼/되 is "not", not "inside".
    ['포트 열었는데 접속이 안 돼요', true],
    ["can't connect to the port", true],
    ['my build is not working', true],
    ['컨테이너 안에서 명령 실행', false],
    ['list containers', false],
  ])('asksConcept(%s) -> %s', (q, yes) => {
    expect(asksConcept(q)).toBe(yes);
  });
  it.each([
    ['접속이 안 돼요', 'inside', false],
    ['컨테이너 안 파일', 'inside', true],
    ['볼륨이랑 바인드 마운트 뭐가 달라요', 'difference', true],
    ['루트로 실행', 'root', true],
    ['이미지에 라벨 달기', 'label', true],
  ])('%s: the term %s is said -> %s', (q, term, yes) => {
    expect(queryTerms(q).some((t) => t.term === term)).toBe(yes);
  });
  it.each([
    [ko, '볼륨이랑 바인드 마운트 뭐가 달라요', '/ko/guides/volumes/#mount-types'],
    [ko, '컨테이너가 바로 꺼져요', '/ko/guides/containers/#interactive'],
    [en, 'why is my image so big', '/en/guides/dockerfile/#best-practices'],
    [ko, '빌드 캐시가 왜 안 먹혀요', '/ko/guides/building-images/#layers-cache'],
    [ko, '.dockerignore 쓰는 법', '/ko/guides/building-images/#docker-build'],
  ])('%#: %s -> %s', (s, q, href) => {
    expect(first(s, q)).toBe(href);
  });
});
