// The guides' parity check (src/lib/content/guides.ts): every chapter of content/guides/chapters.yaml
// in both languages with the same section anchors in the same order and the same number of
// examples and mistake blocks. It passes on the real guides and fails, naming file and line, when a
// section goes missing; the chapter list is content, checked with file:line:col.
import { describe, expect, it } from 'vitest';
import { registryOf } from '../../src/lib/content/registry';
import { readChapters, readContentFiles } from '../../src/lib/content/files';
import { checkGuideParity } from '../../src/lib/content/guides';
import { CHAPTERS_FILE } from '../../src/lib/content/chapters';
import { formatProblem } from '../../src/lib/content/problem';
import { checkCheatsheet } from '../../src/lib/content-checks/guides';

const files = readContentFiles('.');
const parity = (fs: typeof files) => checkGuideParity(registryOf(fs));
/** The files with `path`'s text changed by `edit`. */
const changing = (path: string, edit: (text: string) => string) => files.map((f) => (f.path === path ? { ...f, text: edit(f.text) } : f));
const lines = (fs: typeof files) => parity(fs).map(formatProblem);

describe('guide parity', () => {
  it('holds for the eight chapters in both languages', () => {
    expect(readChapters('.').map((c) => c.slug)).toEqual(['overview', 'images', 'containers', 'networks', 'running-containers', 'volumes', 'building-images', 'dockerfile']);
    expect(files.filter((f) => /^content\/guides\/.*\.mdx$/.test(f.path)).length).toBe(16);
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

describe('the chapter list (content/guides/chapters.yaml)', () => {
  const entry = '  - slug: logging\n    title: { ko: 로그, en: Logging }\n';
  const guide = (lang: string) => ({ path: `content/guides/${lang}/logging.mdx`, text: `---\ntitle: ${lang}\ndescription: ${lang}\n---\n\n## ${lang} [#start]\n\nText.\n` });

  it('adds a chapter with one entry and its guide in each language', () => {
    const added = [...changing(CHAPTERS_FILE, (t) => t + entry), guide('ko'), guide('en')];
    expect(registryOf(added).chapters.at(-1)).toEqual({ slug: 'logging', title: { ko: '로그', en: 'Logging' } });
    expect(lines(added)).toEqual([]);
  });

  it('names the guides a listed chapter lacks, at its line, and a guide no chapter lists', () => {
    const text = files.find((f) => f.path === CHAPTERS_FILE)!.text;
    const line = (text + entry).split('\n').indexOf('  - slug: logging') + 1;
    expect(lines(changing(CHAPTERS_FILE, (t) => t + entry))).toEqual([`${CHAPTERS_FILE}:${line}: error: chapter "logging" has no guide; write content/guides/ko/logging.mdx and content/guides/en/logging.mdx`]);
    expect(lines([...files, guide('ko'), guide('en')])).toContain('content/guides/ko/logging.mdx:1: error: "logging" is not a guide chapter; add it to content/guides/chapters.yaml or use one of overview, images, containers, networks, running-containers, volumes, building-images, dockerfile');
  });

  it('reports a missing title, a listed-twice slug and a bad slug at file:line:col', () => {
    const text = files.find((f) => f.path === CHAPTERS_FILE)!.text;
    const at = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    expect(lines(changing(CHAPTERS_FILE, (t) => t.replace('{ ko: 볼륨, en: Volumes }', '{ ko: 볼륨 }')))).toEqual([`${CHAPTERS_FILE}:${at('ko: 볼륨')}:12: error: chapters.5.title.en: write the English text (en)`]);
    // Listed twice: no chapter list to place the guides by, so the list's own problem is the only one.
    expect(lines(changing(CHAPTERS_FILE, (t) => t.replace('slug: volumes', 'slug: images')))).toEqual([`${CHAPTERS_FILE}:${at('slug: volumes')}:11: error: chapters.5.slug: "images" is listed twice; give each chapter one entry`]);
    expect(lines(changing(CHAPTERS_FILE, (t) => t.replace('slug: volumes', 'slug: Volumes')))[0]).toBe(`${CHAPTERS_FILE}:${at('slug: volumes')}:11: error: chapters.5.slug: write the slug in lower case with hyphens between words, as in running-containers`);
    expect(lines(files.filter((f) => f.path !== CHAPTERS_FILE))[0]).toBe(`${CHAPTERS_FILE}: error: missing: the guides need this file (the chapters in reading order, each with its slug and title)`);
  });

  it('the cheat sheet names only listed chapters', () => {
    const reg = registryOf(changing('content/cheatsheet.yaml', (t) => t.replace('chapter: volumes', 'chapter: volume')));
    expect(checkCheatsheet(reg).map(formatProblem)[0]).toMatch(/^content\/cheatsheet\.yaml:\d+: error: chapters\.5\.chapter: "volume" is not a guide chapter; use one of overview, .*dockerfile \(content\/guides\/chapters\.yaml\)$/);
  });
});
