import { describe, expect, it } from 'vitest';
import { normalizeSearchQuery, stripKoreanParticle } from '../../src/lib/search/normalize-query';

describe('stripKoreanParticle', () => {
  it.each([
    ['컨테이너를', '컨테이너'],
    ['이미지의', '이미지'],
    ['로그를', '로그'],
    ['네트워크에서', '네트워크'],
    ['포트로', '포트'],
    ['볼륨으로', '볼륨'],
    ['컨테이너', '컨테이너'],
    ['포트', '포트'],
    ['로그', '로그'],
    ['docker', 'docker'],
    ['--restart', '--restart'],
    ['실시간으로', '실시간'],
  ])('%s -> %s', (word, expected) => {
    expect(stripKoreanParticle(word)).toBe(expected);
  });
});

describe('normalizeSearchQuery', () => {
  it.each([
    ['  컨테이너 로그를   실시간으로 보기 ', '컨테이너 로그 실시간 보기'],
    ['publish a port', 'publish a port'],
    ['', ''],
  ])('%j -> %j', (q, expected) => {
    expect(normalizeSearchQuery(q)).toBe(expected);
  });
});
