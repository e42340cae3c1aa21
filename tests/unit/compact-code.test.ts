// Smaller highlighted code (src/lib/highlight/compact-code.ts), short tooltips
// (src/lib/explain/code-links.ts tipText) and deferred module scripts (src/lib/defer-script.ts):
// the page-weight work, checked on what Shiki really produces.
import { codeToHtml } from 'shiki';
import { describe, expect, it } from 'vitest';
import { compactTransformer, tokenClass } from '../../src/lib/highlight/compact-code';
import { codeLinks, linkTransformer, tipText, type LinkTexts } from '../../src/lib/explain/code-links';
import { deferScripts } from '../../src/lib/defer-script';

// The help's own English for the tooltips (the site uses the catalog's words; the shape is the same).
const helpTexts: LinkTexts = {
  options: (spec) => new Map(spec.options.map((o) => [o.long, { text: o.description, en: false }])),
  summary: (spec) => ({ text: spec.summary, en: false }),
};
const THEMES = { light: 'github-light', dark: 'github-dark' } as const;
const highlight = (code: string, lang: string, transformers: unknown[] = [compactTransformer()]) =>
  codeToHtml(code, { lang, themes: THEMES, defaultColor: false, transformers: transformers as never });
const textOf = (html: string) => html.replace(/<span role="tooltip"[^>]*>[^<]*<\/span>/g, '').replace(/<[^>]+>/g, '').replace(/&#x3C;/g, '<').replace(/&#x26;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

describe('compactTransformer', () => {
  it.each([
    ['shell', 'docker container run -d --name web -p 8080:80 nginx:1.27', '<pre class="astro-code" tabindex="0"><code><span class="hf">docker</span><span class="hs"> container run</span><span class="hc"> -d --name</span><span class="hs"> web</span><span class="hc"> -p</span><span class="hs"> 8080:80 nginx:1.27</span></code></pre>'],
    ['shell', '# a comment\ndocker ps', '<pre class="astro-code" tabindex="0"><code><span class="hm"># a comment</span>\n<span class="hf">docker</span><span class="hs"> ps</span></code></pre>'],
    ['text', 'C /usr\nA /tmp/x', '<pre class="astro-code" tabindex="0"><code>C /usr\nA /tmp/x</code></pre>'],
  ])('%s: %j', async (lang, code, expected) => {
    expect(await highlight(code, lang)).toBe(expected);
  });

  // Every syntax the site highlights, with keywords, strings, comments, variables and operators.
  const SAMPLES: Array<[string, string]> = [
    ['shell', 'docker run --rm -e "A=$HOME" alpine sh -c \'echo hi > /tmp/x && cat /tmp/x\' | tee out # note'],
    ['shellsession', '$ docker container port web-any\n80/tcp -> 0.0.0.0:32768'],
    ['dockerfile', '# syntax=docker/dockerfile:1\nFROM golang:1.24 AS builder\nARG VERSION=1\nENV PATH="/app:$PATH"\nRUN --mount=type=cache,target=/root/.cache go build -o /out/app . && echo "${VERSION}"\nCOPY --from=builder /out/app /app\nEXPOSE 80/tcp\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\nENTRYPOINT ["/app"]\nCMD ["--port", "80"]'],
    ['yaml', 'services:\n  web:\n    image: nginx:1.27 # pinned\n    ports: ["8080:80"]\n    environment:\n      - A=1\n    healthcheck: { test: [CMD, true], retries: 3 }'],
    ['json', '{"features": {"buildkit": true}, "log-opts": {"max-size": "10m", "max-file": 3}, "x": null}'],
  ];
  it.each(SAMPLES)('%s: every colour is in the palette and the text is unchanged', async (lang, code) => {
    const html = await highlight(code, lang);
    expect(html).not.toMatch(/style=/);
    expect(html).not.toMatch(/<span class="line">/);
    expect(textOf(html.replace(/^<pre[^>]*><code>|<\/code><\/pre>$/g, ''))).toBe(code);
  });

  it('keeps an unknown colour pair as an inline style, so nothing is drawn wrong', () => {
    expect(tokenClass('--shiki-light:#123456;--shiki-dark:#654321')).toBeUndefined();
    expect(tokenClass('--shiki-light:#24292E;--shiki-dark:#E1E4E8')).toBeNull();
    expect(tokenClass('--shiki-light:#005cc5;--shiki-dark:#79b8ff')).toBe('hc');
  });

  it('gives a flag link its token class and keeps its tooltip apart', async () => {
    const code = 'docker container run -d nginx:1.27';
    const links = codeLinks(code, 'shell', 'en', helpTexts);
    const html = await highlight(code, 'shell', [linkTransformer(links, null, new Map()), compactTransformer()]);
    // container run's option table is long: its rows are on its options page (src/lib/catalog/option-pages.ts).
    expect(html).toContain('<a href="/en/commands/container-run/options/#flag-detach" class="flag-doc hc" aria-describedby="tip-2">-d</a><span role="tooltip" id="tip-2" class="flag-tip">');
    expect(textOf(html)).toBe(code);
  });

  it('links a flag of a short option table to its row on the command page', () => {
    const links = codeLinks('docker container ls -a', 'shell', 'en', helpTexts);
    expect(links.map((l) => l.href)).toEqual(['/en/commands/container-ls/', '/en/commands/container-ls/#flag-all']);
  });
});

describe('tipText', () => {
  it.each([
    ["Publish a container's port(s) to the host. Format: ip:host:container", "Publish a container's port(s) to the host."],
    ['컨테이너의 포트를 호스트에 공개합니다. 형식은 [호스트IP:]호스트포트:컨테이너포트입니다', '컨테이너의 포트를 호스트에 공개합니다.'],
    ['Number of CPUs (e.g. 1.5). Fractions are allowed', 'Number of CPUs (e.g. 1.5).'],
    ['Filter output (e.g. status=exited)', 'Filter output (e.g. status=exited)'],
    ['Run in the background and print the container ID', 'Run in the background and print the container ID'],
    ['Use 1.5 CPUs. Then more', 'Use 1.5 CPUs.'],
    ['', ''],
  ])('%j -> %j', (description, tip) => {
    expect(tipText(description)).toBe(tip);
  });
});

describe('deferScripts', () => {
  const script = '<script type="module" src="/_astro/QuickSearchScript.astro_astro_type_script_index_0_lang.AbC1.js"></script>';
  it('moves the named component\'s module script into its template', () => {
    const page = `<header>${script}<quick-search><template data-defer="QuickSearchScript"></template></quick-search></header><script type="module" src="/_astro/Base.js"></script>`;
    expect(deferScripts(page)).toBe(`<header><quick-search><template data-defer="QuickSearchScript">${script}</template></quick-search></header><script type="module" src="/_astro/Base.js"></script>`);
  });
  it('keeps the template\'s data-load attribute (src/islands/deferred.ts reads it)', () => {
    const builder = '<script type="module" src="/_astro/CommandBuilderScript.astro_astro_type_script_index_0_lang.X1.js"></script>';
    const page = `<section>${builder}<template data-defer="CommandBuilderScript" data-load="view"></template></section>`;
    expect(deferScripts(page)).toBe(`<section><template data-defer="CommandBuilderScript" data-load="view">${builder}</template></section>`);
  });
  it('leaves a page without such a template alone', () => {
    const page = `<body>${script}</body>`;
    expect(deferScripts(page)).toBe(page);
  });
  it('fails, naming the component, when the script is missing', () => {
    expect(() => deferScripts('<template data-defer="QuickSearchScript"></template>')).toThrow(/no module script built from QuickSearchScript\.astro/);
  });
});
