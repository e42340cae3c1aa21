// The guides' parity check (src/lib/content/guides.ts): every chapter in both languages with the
// same section anchors in the same order and the same number of examples and mistake blocks. It
// passes on the real guides and fails, naming file and line, when a section goes missing.
import { describe, expect, it } from 'vitest';
import { registryOf } from '../../src/lib/content/registry';
import { readContentFiles } from '../../src/lib/content/files';
import { checkGuideParity } from '../../src/lib/content/guides';

const files = readContentFiles('.');
const parity = (fs: typeof files) => checkGuideParity(registryOf(fs));

describe('guide parity', () => {
  it('holds for the eight chapters in both languages', () => {
    expect(files.filter((f) => f.path.startsWith('content/guides/')).length).toBe(16);
    expect(parity(files)).toEqual([]);
  });

  it('fails when a section is removed from one language', () => {
    const changed = files.map((f) => {
      if (f.path !== 'content/guides/en/volumes.mdx') return f;
      const start = f.text.indexOf('\n## ', f.text.indexOf('\n## ') + 1);
      const end = f.text.indexOf('\n## ', start + 1);
      return { ...f, text: f.text.slice(0, start) + f.text.slice(end) };
    });
    const problems = parity(changed).map((p) => `${p.file}:${p.line}: ${p.message}`);
    expect(problems.some((p) => /^content\/guides\/ko\/volumes\.mdx:\d+: sections differ from content\/guides\/en\/volumes\.mdx/.test(p))).toBe(true);
  });

  it('fails when a chapter exists in one language only, and when a heading has no anchor', () => {
    const noEn = files.filter((f) => f.path !== 'content/guides/en/networks.mdx');
    expect(parity(noEn).map((p) => p.message)).toContain('content/guides/en/networks.mdx is missing: every guide exists in every language with the same sections');
    const noAnchor = files.map((f) => (f.path === 'content/guides/ko/images.mdx' ? { ...f, text: f.text.replace(/^(## [^\n]*?) \[#[a-z0-9-]+\]$/m, '$1') } : f));
    expect(parity(noAnchor).some((p) => p.file === 'content/guides/ko/images.mdx' && /has no anchor/.test(p.message))).toBe(true);
  });

  it('fails when one language has an example the other lacks', () => {
    const extra = files.map((f) => (f.path === 'content/guides/ko/overview.mdx' ? { ...f, text: `${f.text}\n\n\`\`\`sh\ndocker version\n\`\`\`\n` } : f));
    expect(parity(extra).some((p) => /examples here but/.test(p.message))).toBe(true);
  });
});
