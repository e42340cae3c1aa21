// Korean pages show a whole-file example's comments in Korean; the file is otherwise
// the one the checker validated, and a comment without a Korean line stops the build.
import { describe, expect, it } from 'vitest';
import { readDockerfileCatalog } from '../../src/lib/content/files';
import { checkDockerfile, hasErrors } from '../../src/lib/dockerfile/check';
import { WholeFileExampleSchema, codeFor, commentLines } from '../../src/lib/dockerfile-catalog/schema';

const base = {
  title: { ko: '예', en: 'Example' },
  description: { ko: '설명입니다.', en: 'What it does.' },
  filename: 'Dockerfile',
  instructions: ['FROM'],
  code: '# syntax=docker/dockerfile:1\n# Base image.\nFROM alpine:3.20\nRUN true \\\n    # Keep going.\n    && true\n',
};

describe('codeFor', () => {
  const example = WholeFileExampleSchema.parse({ ...base, commentsKo: { '# Base image.': '# 베이스 이미지', '# Keep going.': '# 계속 실행' } });
  it('replaces comment lines on Korean pages, keeping indentation and directives', () => {
    expect(codeFor(example, 'ko')).toBe('# syntax=docker/dockerfile:1\n# 베이스 이미지\nFROM alpine:3.20\nRUN true \\\n    # 계속 실행\n    && true\n');
    expect(codeFor(example, 'en')).toBe(base.code);
  });
  it('lists comment lines without parser directives', () => {
    expect(commentLines(base.code)).toEqual(['# Base image.', '# Keep going.']);
  });
});

describe('the schema', () => {
  it('rejects a comment without its Korean line, naming it', () => {
    const r = WholeFileExampleSchema.safeParse({ ...base, commentsKo: { '# Base image.': '# 베이스 이미지' } });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain('the comment \\"# Keep going.\\" has no Korean line');
  });
  it('rejects an entry that is not a comment of the file', () => {
    const r = WholeFileExampleSchema.safeParse({ ...base, commentsKo: { '# Base image.': '# 베이스 이미지', '# Keep going.': '# 계속', '# Gone.': '# 없음' } });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain('\\"# Gone.\\" is not a comment line of code');
  });
  it('rejects a Korean line that is not a one-line comment', () => {
    expect(WholeFileExampleSchema.safeParse({ ...base, commentsKo: { '# Base image.': '베이스', '# Keep going.': '# 계속' } }).success).toBe(false);
  });
});

describe('the catalog', () => {
  const catalog = readDockerfileCatalog(process.cwd());
  it('has Korean comments in every whole-file example, and the Korean file checks as clean as the English one', () => {
    expect(catalog.problems).toEqual([]);
    for (const { slug, value } of catalog.examples) {
      const ko = codeFor(value, 'ko');
      const english = commentLines(ko).filter((l) => !/[가-힣]/.test(l));
      expect(english, slug).toEqual([]);
      expect(hasErrors(checkDockerfile(ko)), slug).toBe(false);
      expect(checkDockerfile(ko).map((p) => p.code), slug).toEqual(checkDockerfile(value.code).map((p) => p.code));
    }
  });
});
