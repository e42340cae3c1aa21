// Language is a dimension: in a temporary copy of the project, a third language is added by
// changing ONLY the locale list (src/lib/i18n/locales.ts). The type check still passes (no code
// spells out the languages), and the content check fails, naming every text the new language
// lacks by file and key: each UI string and message, each guide chapter, each catalog text. Once
// its message file is written, the validator speaks it in all three places it runs (Node, the
// command-line bundle, the browser's Vite build) with no other code file changed.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readChapters } from '../../src/lib/content/files.ts';
import { tempProjects } from '../helpers/temp-project.ts';

const LIST = "export const LOCALES = ['ko', 'en'] as const;";
const WITH_JA = "export const LOCALES = ['ko', 'en', 'ja'] as const;";

const copy = tempProjects('third-locale', 'all');
let root = '';
const run = (cmd: string, args: string[]) =>
  spawnSync(cmd, args, { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' }, timeout: 280_000 });

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(d.name) ? [path] : [];
  });
}

beforeAll(() => {
  root = copy(['content', 'src', 'scripts', 'tests', 'public', '.astro', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'vitest.config.ts', 'vitest.integration.config.ts', 'vitest.robust.config.ts', 'playwright.config.ts'], { nodeModules: true });
  const file = join(root, 'src/lib/i18n/locales.ts');
  const before = readFileSync(file, 'utf8');
  expect(before, 'the locale list is written as this test expects').toContain(LIST);
  writeFileSync(file, before.replace(LIST, WITH_JA));
}, 120_000);

describe('a third language added to the locale list only', () => {
  it('changes one line of one code file (the only code file a new language touches)', () => {
    const changed = (dir: string): string[] =>
      readdirSync(join(root, dir), { withFileTypes: true }).flatMap((d) => {
        const path = join(dir, d.name);
        if (d.isDirectory()) return changed(path);
        return readFileSync(join(root, path), 'utf8') === readFileSync(path, 'utf8') ? [] : [path];
      });
    // The code, the static files (the service worker) and the configuration files.
    const configs = ['astro.config.mjs', 'playwright.config.ts', 'vitest.config.ts', 'vitest.integration.config.ts', 'vitest.robust.config.ts'].filter((f) => readFileSync(join(root, f), 'utf8') !== readFileSync(f, 'utf8'));
    expect([...['src', 'scripts', 'public'].flatMap(changed), ...configs]).toEqual(['src/lib/i18n/locales.ts']);
    const before = readFileSync('src/lib/i18n/locales.ts', 'utf8').split('\n');
    const after = readFileSync(join(root, 'src/lib/i18n/locales.ts'), 'utf8').split('\n');
    expect(after.filter((line, i) => line !== before[i])).toEqual([WITH_JA]);
  });

  it('passes the type check (tsc and astro check)', () => {
    const r = run('npm', ['run', '--silent', 'typecheck']);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/astro check: \d+ files checked, 0 errors/);
  });

  it('fails the content check, naming every missing text by file and key', () => {
    const r = run(join(root, 'node_modules/.bin/tsx'), ['scripts/check-content.ts']);
    expect(r.status).toBe(1);
    const lines = r.stderr.split('\n');
    const has = (line: string) => lines.includes(line);

    // Every UI string and every checker message, by key, in the file the language needs.
    for (const dir of ['content/ui', 'content/messages', 'content/messages/dockerfile']) {
      const keys = Object.keys(JSON.parse(readFileSync(join(root, dir, 'en.json'), 'utf8')) as object);
      expect(keys.length).toBeGreaterThan(100);
      const missing = keys.filter((k) => !lines.some((l) => l.startsWith(`${dir}/ja.json: error: ja.json: missing key "${k}" `)));
      expect(missing, `${dir}: keys the check did not name`).toEqual([]);
    }

    // Every guide chapter.
    for (const { slug: chapter } of readChapters('.')) expect(lines.some((l) => l.includes(`content/guides/ja/${chapter}.mdx is missing`)), chapter).toBe(true);

    // Every catalog text: as many `….ja: write the Japanese text (ja)` lines, each with its line
    // and column, as the file has Korean texts (`ko:`), in every YAML file of content/.
    const files = yamlFiles(join(root, 'content')).map((f) => f.slice(root.length + 1));
    expect(files.length).toBeGreaterThan(300);
    const uncounted = files.flatMap((file) => {
      const texts = [...readFileSync(join(root, file), 'utf8').matchAll(/(?:^|[\s{,])ko:/g)].length;
      const named = lines.filter((l) => l.startsWith(`${file}:`) && /^\S+:\d+:\d+: error: \S+\.ja: write the Japanese text \(ja\)$/.test(l)).length;
      return texts === named ? [] : [`${file}: ${texts} Korean texts, ${named} named for ja`];
    });
    expect(uncounted).toEqual([]);

    // Texts in the validator's data too; and nothing else (no follow-on noise from entries that did not load).
    expect(lines.some((l) => /^content\/validator\/validator-data\.json: error: flagConfusions\..+\.why\.ja: write the Japanese text \(ja\)$/.test(l))).toBe(true);
    const other = lines.filter((l) => l !== '' && !/ja\.json|content\/guides\/ja\/|\.ja: write the Japanese text \(ja\)$|^check-content: \d+ error/.test(l));
    expect(other).toEqual([]);
  });

  describe('with its message file written, and still no other code file changed', () => {
    // A stand-in translation: each English message marked, so the output shows which file it came from.
    const MARK = '[ja] ';
    beforeAll(() => {
      const en = JSON.parse(readFileSync(join(root, 'content/messages/en.json'), 'utf8')) as Record<string, string>;
      writeFileSync(join(root, 'content/messages/ja.json'), JSON.stringify(Object.fromEntries(Object.entries(en).map(([k, v]) => [k, MARK + v])), null, 2));
      writeFileSync(join(root, 'bad.sh'), 'docker run --rmm nginx\n');
    });
    const expected = `${MARK}\`docker container run\` has no \`--rmm\` option.`;

    it('Node (tsx): check-commands --lang ja prints the message of the Japanese file', () => {
      const r = run(join(root, 'node_modules/.bin/tsx'), ['scripts/check-commands.ts', '--lang', 'ja', join(root, 'bad.sh')]);
      expect(r.status, r.stderr).toBe(1);
      expect(r.stdout).toContain(expected);
    });

    it('the command-line bundle (esbuild): dockref check --lang ja prints it', () => {
      const build = run(process.execPath, ['scripts/build-cli.mjs']);
      expect(build.status, build.stderr).toBe(0);
      const r = run(process.execPath, ['dist-cli/dockref.js', 'check', '--lang', 'ja', join(root, 'bad.sh')]);
      expect(r.status, r.stderr).toBe(1);
      expect(r.stdout).toContain(expected);
    });

    it('the browser build (Vite): the messages module bundles the Japanese file', () => {
      const script = `import { build } from 'vite';
await build({ logLevel: 'silent', build: { outDir: '.tmp/vite-messages', emptyOutDir: true, minify: false, lib: { entry: 'src/lib/i18n/messages.ts', formats: ['es'], fileName: 'messages' }, rolldownOptions: { external: [/node_modules/] } } });`;
      writeFileSync(join(root, 'vite-messages.mjs'), script);
      const r = run(process.execPath, ['vite-messages.mjs']);
      expect(r.status, r.stdout + r.stderr).toBe(0);
      const out = readdirSync(join(root, '.tmp/vite-messages')).map((f) => readFileSync(join(root, '.tmp/vite-messages', f), 'utf8')).join('\n');
      expect(out).toContain(`${MARK}{cmd} has no {flag} option.`);
    });
  });
});
