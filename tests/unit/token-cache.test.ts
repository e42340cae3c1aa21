// Shiki's tokens kept per code and language (src/lib/highlight/token-cache.ts): a second highlight
// of the same code reuses the first one's tokens and gives exactly the HTML it gives without the
// cache, with the site's other transformers (flag links, compact classes) doing their work on it.
import { codeToHtml } from 'shiki';
import { describe, expect, it } from 'vitest';
import { compactTransformer } from '../../src/lib/highlight/compact-code';
import { tokenCache, tokenCacheStats } from '../../src/lib/highlight/token-cache';

const THEMES = { light: 'github-light', dark: 'github-dark' } as const;
const html = (code: string, lang: string, transformers: unknown[]) => codeToHtml(code, { lang, themes: THEMES, defaultColor: false, transformers: transformers as never });

describe('tokenCache', () => {
  it.each([
    ['shellscript', 'docker container run -d --name web -p 8080:80 nginx:1.27'],
    ['shellsession', '$ docker ps --format "{{.Names}}"\nweb\n$ docker logs web | tail -n 5'],
    ['dockerfile', 'FROM ubuntu:24.04\n# 패키지 설치\nRUN apt-get update \\\n    && apt-get install -y curl\nCMD ["curl", "--help"]'],
    ['yaml', 'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]'],
  ])('%s: the cached highlight is the uncached one', async (lang, code) => {
    const plain = await html(code, lang, [compactTransformer({ wraps: true })]);
    const before = tokenCacheStats();
    const first = await html(code, lang, [tokenCache(code, lang), compactTransformer({ wraps: true })]);
    const second = await html(code, lang, [tokenCache(code, lang), compactTransformer({ wraps: true })]);
    const after = tokenCacheStats();
    expect(first).toBe(plain);
    expect(second).toBe(plain);
    expect([after.misses - before.misses, after.hits - before.hits]).toEqual([1, 1]);
  });

  it('keeps different code apart, and one language from another', async () => {
    const a = await html('docker ps', 'shellscript', [tokenCache('docker ps', 'shellscript')]);
    const b = await html('docker ps -a', 'shellscript', [tokenCache('docker ps -a', 'shellscript')]);
    const c = await html('docker ps', 'text', [tokenCache('docker ps', 'text')]);
    expect(b).toBe(await html('docker ps -a', 'shellscript', []));
    expect(c).toBe(await html('docker ps', 'text', []));
    expect(a).not.toBe(c);
  });
});
