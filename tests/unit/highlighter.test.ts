// The examples' highlighter (src/lib/highlight/highlighter.ts) runs Shiki on its JavaScript regex
// engine: for every language the site highlights it must give exactly the HTML of Shiki's default
// (Oniguruma) highlighter, with the site's transformers, and refuse a language it does not have.
import { codeToHtml } from 'shiki';
import { describe, expect, it } from 'vitest';
import { compactTransformer } from '../../src/lib/highlight/compact-code';
import { highlightCode, highlightOnce, THEMES } from '../../src/lib/highlight/highlighter';

const CASES: Array<[string, string]> = [
  ['shell', 'docker run --rm -e "A=$HOME" alpine sh -c \'echo hi > /tmp/x && cat /tmp/x\' | tee out # note'],
  ['shell', 'docker buildx build \\\n  --platform linux/amd64,linux/arm64 \\\n  -t registry.example.com/app:1.0 --push .'],
  ['shell', 'docker ps --format "{{.ID}}\\t{{.Names}}" --filter "label=env=prod"\ndocker rm $(docker ps -aq)'],
  ['shellsession', '$ docker container port web-any\n80/tcp -> 0.0.0.0:32768\n$ echo "${HOME}" | wc -c'],
  ['dockerfile', '# syntax=docker/dockerfile:1\nFROM golang:1.24 AS builder\nARG VERSION=1\nENV PATH="/app:$PATH"\nRUN --mount=type=cache,target=/root/.cache go build -o /out/app . && echo "${VERSION}"\nCOPY --from=builder /out/app /app\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\nENTRYPOINT ["/app"]\nRUN <<EOF\napt-get update\nEOF'],
  ['yaml', 'services:\n  web:\n    image: nginx:1.27 # pinned\n    ports: ["8080:80"]\n    healthcheck: { test: [CMD, true], retries: 3 }'],
  ['json', '{"features": {"buildkit": true}, "log-opts": {"max-size": "10m", "max-file": 3}, "x": null}'],
  ['text', 'C /usr\nA /tmp/x'],
];

describe('highlightCode', () => {
  it.each(CASES)('%s: the same HTML as Shiki with Oniguruma: %j', async (lang, code) => {
    for (const wraps of [true, false]) {
      const expected = await codeToHtml(code, { lang, themes: THEMES, defaultColor: false, transformers: [compactTransformer({ wraps })] });
      expect(await highlightCode(code, lang, [compactTransformer({ wraps })])).toBe(expected);
    }
  });

  it('refuses a language Shiki has no grammar for', async () => {
    await expect(highlightCode('x', 'no-such-language', [])).rejects.toThrow(/no Shiki grammar for the code language "no-such-language"/);
  });

  it('highlightOnce makes a block once per language and variant, with the HTML highlightCode gives', async () => {
    let made = 0;
    const make = (wraps: boolean) => () => {
      made++;
      return [compactTransformer({ wraps })];
    };
    const code = 'FROM alpine:3.20\nRUN apk add --no-cache curl';
    const first = await highlightOnce(code, 'dockerfile', 'keeps-lines', make(false));
    expect(await highlightOnce(code, 'dockerfile', 'keeps-lines', make(false))).toBe(first);
    expect(made).toBe(1);
    expect(first).toBe(await highlightCode(code, 'dockerfile', [compactTransformer({ wraps: false })]));
    expect(await highlightOnce(code, 'dockerfile', 'wraps', make(true))).toBe(await highlightCode(code, 'dockerfile', [compactTransformer({ wraps: true })]));
    expect(made).toBe(2);
  });
});
