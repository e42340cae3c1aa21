import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import korean from '../../content/search/korean.json';
import lexicon from '../../content/search/lexicon.json';
import { verbBaseForms } from '../../src/lib/i18n/stem';
import { normalizeText } from '../../src/lib/search/text';

const HANGUL = /[\uac00-\ud7a3\u3131-\u318e]/;

describe('search word tables are data', () => {
  it('the search code holds no Korean words outside comments', () => {
    const dir = join(import.meta.dirname, '../../src/lib/search');
    const offending: string[] = [];
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
      readFileSync(join(dir, name), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const code = line.replace(/\/\/.*$/, '').replace(/^\s*(\/?\*+).*$/, '');
          if (HANGUL.test(code)) offending.push(`${name}:${i + 1}`);
        });
    }
    expect(offending).toEqual([]);
  });

  it('no list holds an empty word, and synonym groups have a key and a member', () => {
    const lists = [lexicon.stopWords, ...lexicon.synonyms, lexicon.comparisons, korean.particles, korean.safeParticles, korean.endings, korean.keep, korean.pagefindParticles];
    for (const list of lists) expect(list.every((w) => typeof w === 'string' && w.trim() === w && w.length > 0)).toBe(true);
    for (const g of lexicon.synonyms) expect(g.length).toBeGreaterThan(1);
  });

  it('rewrites compile and have no repetition, so they stay linear on any input', () => {
    for (const [pattern] of lexicon.rewrites) {
      expect(() => new RegExp(pattern!, 'g')).not.toThrow();
      expect(pattern).not.toMatch(/[+*{]/);
    }
  });

  it.each([
    ['환경 변수 넘기기', '환경변수 넘기기'],
    ['log in', 'login'],
    ['이름을 바꾸기', '이름변경기'],
    ['도커 파일', '도커파일'],
  ])('normalizeText(%s) = %s', (input, out) => {
    expect(normalizeText(input)).toBe(out);
  });
});

describe('verbBaseForms: conjugated Korean verbs back to a base form (the engine keeps only forms the index knows)', () => {
  it.each([
    ['기다린', '기다리'],
    ['붙여서', '붙이'],
    ['바꿔', '바꾸'],
    ['꺼', '끄'],
    ['써요', '쓰'],
    ['지워', '지우'],
    ['만든', '만드'],
  ])('%s -> %s', (word, base) => {
    expect(verbBaseForms(word)).toContain(base);
  });
  it('leaves other scripts alone', () => {
    expect(verbBaseForms('logs')).toEqual([]);
  });
});
