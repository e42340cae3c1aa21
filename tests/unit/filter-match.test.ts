import { describe, expect, it } from 'vitest';
import { filterRow, filterScore, filterVocabulary } from '../../src/lib/search/filter-match';

const rows = {
  logs: filterRow('컨테이너 로그 보기 docker container logs web', '컨테이너 로그 보기'),
  follow: filterRow('로그를 실시간으로 따라가기 docker container logs -f web', '로그를 실시간으로 따라가기'),
  login: filterRow('레지스트리에 로그인 docker login', '레지스트리에 로그인'),
  logout: filterRow('로그아웃 docker logout', '로그아웃'),
  program: filterRow('컨테이너 안의 프로그램 목록 docker container top web', '컨테이너 안의 프로그램 목록'),
  env: filterRow('환경 변수 넘기기 docker container run -e TZ=Asia/Seoul alpine:3.21 date', '환경 변수 넘기기'),
  enLogs: filterRow('show container logs docker container logs web', 'show container logs'),
  enLogin: filterRow('log in to a registry docker login', 'log in to a registry'),
};
const vocab = filterVocabulary(Object.values(rows));
const shown = (q: string) => Object.entries(rows).filter(([, r]) => filterScore(r, q, vocab) > 0).map(([k]) => k);

describe('the list filter matches at word starts, never inside a word', () => {
  it.each([
    ['로그', ['logs', 'follow']],
    ['로그인', ['login']],
    // A word still being typed matches the words it begins.
    ['컨테이', ['logs', 'program']],
    ['그램', []],
    ['변수', ['env']],
    // `log in` is one word, login: not the stem of `logs`.
    ['logs', ['logs', 'follow', 'enLogs']],
    ['log in', ['login', 'enLogin']],
    ['login', ['login', 'enLogin']],
    ['ｌｏｇｓ', ['logs', 'follow', 'enLogs']],
    ['', Object.keys(rows)],
  ])('%j -> %j', (q, expected) => {
    expect(shown(q)).toEqual(expected);
  });
  it('a row whose task is the query comes before one that only mentions it', () => {
    expect(filterScore(rows.logs, '컨테이너 로그 보기', vocab)).toBeGreaterThan(filterScore(rows.follow, '로그', vocab));
    expect(filterScore(rows.logs, '로그', vocab)).toBeGreaterThan(0);
  });
});
