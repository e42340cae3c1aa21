// The content pipeline end to end, in a temporary copy of the project: a new guide with
// one runnable ```sh block and one ```sh mistake block is rendered like every other example
// (data-example with a copy button, data-mistake), checked by the content check, reported as
// awaiting the docker judge by the unit run, and judged on its own where docker is installed.
// A broken fence fails the content check and the build naming file:line:col, the span and the fix.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dockerUnavailableReason } from '../../scripts/lib/docker-exec.ts';
import { tempProjects } from '../helpers/temp-project.ts';

// A command line no other content uses, so exactly one docker verdict is missing from the cache.
const NEW = 'docker image ls --digests --filter reference=pipeline-test';
// A mistake the site already shows, so its verdict is cached: only NEW awaits the judge.
const WRONG = 'docker netowrk ls';
const guide = (lang: string, body: string) => `---\ntitle: Pipeline ${lang}\ndescription: A guide added by a test\n---\n\n## Only section [#only]\n\nText.\n\n${body}`;
const GOOD = '```sh\n' + NEW + '\n```\n\n```sh mistake\n' + WRONG + '\n```\n';

const copy = tempProjects('pipeline', 'all');
let root = '';
const run = (cmd: string, args: string[], env: Record<string, string> = { NO_COLOR: '1', FORCE_COLOR: '0' }) =>
  spawnSync(cmd, args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' }, timeout: 300_000 });
const bin = (name: string) => join(root, 'node_modules/.bin', name);

beforeAll(() => {
  root = copy(['content', 'src', 'scripts', 'tests/fixtures', 'tests/unit/command-judge-cache.test.ts', 'tests/judge', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'vitest.config.ts'], { nodeModules: true });
  // The only guides in the copy: one chapter in both languages, the only chapter listed and the
  // only one the cheat sheet shows.
  rmSync(join(root, 'content/guides'), { recursive: true, force: true });
  mkdirSync(join(root, 'content/guides'));
  writeFileSync(join(root, 'content/guides/chapters.yaml'), 'chapters:\n  - slug: overview\n    title: { ko: 개요, en: Overview }\n');
  writeFileSync(join(root, 'content/cheatsheet.yaml'), 'perCommand: 2\nchapters:\n  - chapter: overview\n    commands: [version]\n');
  for (const lang of ['ko', 'en']) {
    mkdirSync(join(root, `content/guides/${lang}`), { recursive: true });
    writeFileSync(join(root, `content/guides/${lang}/overview.mdx`), guide(lang, GOOD));
  }
  // The search's guide answers name sections of the real guides; in the copy, the one section there is.
  writeFileSync(join(root, 'content/search/guide-answers.yaml'), 'answers:\n  - section: overview#only\n    tasks:\n      ko: [파이프라인 시험]\n      en: [pipeline test]\n');
}, 60_000);

describe('a new guide in a copy of the project', () => {
  it('passes the content check, which counts its blocks', () => {
    const r = run(bin('tsx'), ['scripts/check-content.ts']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('guides: ko 1 runnable + 1 mistake blocks, en 1 runnable + 1 mistake blocks');
  });

  it('builds, rendering the fences as examples with copy buttons and the mistake as data-mistake', () => {
    const r = run(bin('astro'), ['build']);
    expect(r.status, r.stderr + r.stdout).toBe(0);
    for (const lang of ['ko', 'en']) {
      const html = readFileSync(join(root, `dist/${lang}/guides/overview/index.html`), 'utf8');
      // The example's code, read as its copy button copies it: the block's text without the flag tooltips.
      const example = /<figure class="example"[^>]*data-example[^>]*>([\s\S]*?)<\/figure>/.exec(html)?.[1] ?? '';
      expect(example).toContain('<copy-button');
      const code = /<pre\b[^>]*>([\s\S]*?)<\/pre>/.exec(example)?.[1] ?? '';
      expect(code.replace(/<span role="tooltip"[^>]*>[^<]*<\/span>/g, '').replace(/<[^>]+>/g, '')).toBe(NEW);
      expect(html).toMatch(/<figure class="example mistake"[^>]*data-mistake/);
      expect(html).toContain('id="only"');
    }
  }, 300_000);

  it('the unit judge run passes without docker and reports the new line as awaiting the judge', () => {
    const r = run(bin('vitest'), ['run', 'tests/unit/command-judge-cache.test.ts']);
    expect(r.status, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/\b1 example awaits the docker judge/);
  }, 120_000);

  it.skipIf(dockerUnavailableReason() !== null)('with docker, the judge judges exactly that line', () => {
    const r = run(bin('vitest'), ['run', 'tests/judge']);
    expect(r.status, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/the docker judge runs 2 of \d+ lines/);
  }, 300_000);

  it('a broken fence fails the content check and the build, naming file:line:col, the span and the fix', () => {
    for (const lang of ['ko', 'en']) writeFileSync(join(root, `content/guides/${lang}/overview.mdx`), guide(lang, '```sh\ndocker run --restart-always nginx\n```\n'));
    const check = run(bin('tsx'), ['scripts/check-content.ts']);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('content/guides/en/overview.mdx:11:1: error: sh fence: unknown-flag');
    expect(check.stderr).toContain('columns 12-27');
    expect(check.stderr).toContain('fix: docker run --restart=always nginx');
    const build = run(bin('astro'), ['build']);
    expect(build.status).not.toBe(0);
    expect(build.stderr + build.stdout).toContain('content/guides/');
    expect(build.stderr + build.stdout).toContain('--restart=always');
  }, 300_000);
});
