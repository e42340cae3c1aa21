// src/integrations/post-build.ts, the passes over dist/ after the build: the page pass (deferred
// scripts, then the CSP meta, and dist/_headers), and the Pagefind prune (the UIs no page loads are
// removed, what the search island needs stays, an unknown UI file fails the build), and the spec
// slice files cut out of each language's spec/all.json.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pruneUnusedPagefind, rewritePages, splitSpecSlices, UNUSED_PAGEFIND_FILES } from '../../src/integrations/post-build';
import { deferScripts } from '../../src/lib/defer-script';
import { withCspMeta } from '../../src/lib/csp';

function bundle(files: string[]): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'dockref-pf-')), 'pagefind');
  mkdirSync(dir);
  for (const f of files) writeFileSync(join(dir, f), 'x');
  return dir;
}

const KEPT = ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'pagefind.en_1.pf_meta', 'wasm.en.pagefind'];

describe('pruneUnusedPagefind', () => {
  it('removes the prebuilt UIs and keeps what pagefind.js loads', () => {
    const dir = bundle([...KEPT, ...UNUSED_PAGEFIND_FILES]);
    expect(pruneUnusedPagefind(dir)).toEqual({ bytes: UNUSED_PAGEFIND_FILES.length, missing: [] });
    expect(readdirSync(dir).sort()).toEqual([...KEPT].sort());
  });
  it('reports a listed file the bundle does not have', () => {
    const dir = bundle([...KEPT, 'pagefind-ui.js']);
    expect(pruneUnusedPagefind(dir).missing).toContain('pagefind-highlight.js');
  });
  it('fails on a UI file it does not know', () => {
    expect(() => pruneUnusedPagefind(bundle([...KEPT, 'pagefind-fancy-ui.js']))).toThrow(/pagefind-fancy-ui\.js/);
  });
  it('fails when there is no bundle', () => {
    expect(() => pruneUnusedPagefind(bundle([]))).toThrow(/pagefind\.js not found/);
  });
});

const page = (body: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;
const SEARCH = '<script type="module" src="/_astro/QuickSearchScript.astro_astro_type_script_index_0_lang.X1.js"></script>';

describe('rewritePages', () => {
  it('defers scripts, then adds the CSP meta, in every page; _headers has every hash', () => {
    const root = mkdtempSync(join(tmpdir(), 'dockref-dist-'));
    mkdirSync(join(root, 'ko'));
    const a = page(`<template data-defer="QuickSearchScript"></template>${SEARCH}<script>one()</script>`);
    const b = page('<script>two()</script>');
    writeFileSync(join(root, 'index.html'), a);
    writeFileSync(join(root, 'ko', 'index.html'), b);
    writeFileSync(join(root, 'ko', 'data.json'), '{}');
    const r = rewritePages(root);
    expect(r.pages).toBe(2);
    expect(r.deferred).toBe(1);
    expect(readFileSync(join(root, 'index.html'), 'utf8')).toBe(withCspMeta(deferScripts(a)).html);
    expect(readFileSync(join(root, 'ko', 'index.html'), 'utf8')).toBe(withCspMeta(b).html);
    expect(readFileSync(join(root, 'ko', 'data.json'), 'utf8')).toBe('{}');
    const headers = readFileSync(join(root, '_headers'), 'utf8');
    for (const h of [...withCspMeta(a).hashes, ...withCspMeta(b).hashes]) expect(headers).toContain(h);
  });
  it('names the page whose deferred component has no script', () => {
    const root = mkdtempSync(join(tmpdir(), 'dockref-dist-'));
    writeFileSync(join(root, 'index.html'), page('<template data-defer="Gone"></template>'));
    expect(() => rewritePages(root)).toThrow(/index\.html: <template data-defer="Gone">/);
  });
  it('names the page without <meta charset>', () => {
    const root = mkdtempSync(join(tmpdir(), 'dockref-dist-'));
    writeFileSync(join(root, 'bare.html'), '<html><body></body></html>');
    expect(() => rewritePages(root)).toThrow(/bare\.html: no <meta charset/);
  });
});

describe('splitSpecSlices', () => {
  it("writes each slug's slice as its own file, byte for byte what JSON.stringify gives it", () => {
    const root = mkdtempSync(join(tmpdir(), 'dockref-dist-'));
    const slices = {
      ko: { 'container-run': { s: '컨테이너를 실행합니다', o: [{ l: 'detach', e: false }] }, docker: null },
      en: { 'container-run': { s: 'Run a "container" \u2028 with </script>', o: [] }, docker: null },
    };
    for (const [lang, all] of Object.entries(slices)) {
      mkdirSync(join(root, lang, 'spec'), { recursive: true });
      writeFileSync(join(root, lang, 'spec', 'all.json'), JSON.stringify(all));
    }
    expect(splitSpecSlices(root, ['ko', 'en'])).toBe(4);
    for (const [lang, all] of Object.entries(slices)) {
      for (const [slug, slice] of Object.entries(all)) expect(readFileSync(join(root, lang, 'spec', `${slug}.json`), 'utf8')).toBe(JSON.stringify(slice));
    }
  });
  it('fails naming the language without all.json', () => {
    const root = mkdtempSync(join(tmpdir(), 'dockref-dist-'));
    mkdirSync(join(root, 'ko', 'spec'), { recursive: true });
    writeFileSync(join(root, 'ko', 'spec', 'all.json'), '{}');
    expect(() => splitSpecSlices(root, ['ko', 'en'])).toThrow(/en\/spec\/all\.json not found/);
  });
});
