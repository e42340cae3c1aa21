// scripts/prune-pagefind.mjs (run by npm run build): the Pagefind UIs no page loads are removed,
// what the search island needs stays, and an unknown UI file fails the build.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/prune-pagefind.mjs', import.meta.url));

function site(files: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'dockref-pf-'));
  mkdirSync(join(root, 'pagefind'));
  for (const f of files) writeFileSync(join(root, 'pagefind', f), 'x');
  return root;
}

const KEPT = ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'pagefind.en_1.pf_meta', 'wasm.en.pagefind'];
const UI = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js'];

describe('prune-pagefind', () => {
  it('removes the prebuilt UIs and keeps what pagefind.js loads', () => {
    const root = site([...KEPT, ...UI]);
    const r = spawnSync(process.execPath, [script, root], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(readdirSync(join(root, 'pagefind')).sort()).toEqual([...KEPT].sort());
  });
  it('fails on a UI file it does not know', () => {
    const root = site([...KEPT, 'pagefind-fancy-ui.js']);
    const r = spawnSync(process.execPath, [script, root], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('pagefind-fancy-ui.js');
  });
  it('fails when there is no bundle', () => {
    const r = spawnSync(process.execPath, [script, mkdtempSync(join(tmpdir(), 'dockref-pf-'))], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('pagefind.js not found');
  });
});
