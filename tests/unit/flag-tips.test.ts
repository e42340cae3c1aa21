// Flag tooltips out of a page's first load (src/lib/flag-tips.ts): only on a page that carries the
// loader, every tooltip and nothing else, in page order.
import { describe, expect, it } from 'vitest';
import { splitFlagTips } from '../../src/lib/flag-tips';

const LOADER = '<script type="module" src="/_astro/FlagTipsScript.astro_astro_type_script_index_0_lang.AbCd1234.js"></script>';
const code =
  '<pre class="astro-code"><code><span class="hf">docker</span> <a href="/en/commands/container-run/" class="flag-doc hs" aria-describedby="tip-1">container run</a>' +
  '<span role="tooltip" id="tip-1" class="flag-tip">Create and run a new container</span> <a href="/en/commands/container-run/options/#flag-rm" class="flag-doc hc" aria-describedby="tip-2">--rm</a>' +
  '<span role="tooltip" id="tip-2" class="flag-tip" lang="en">Remove the container &amp; its volumes</span><span class="hs"> alpine</span></code></pre>';

describe('splitFlagTips', () => {
  it('takes every tooltip out of a page with the loader, in order, and leaves the rest as it was', () => {
    const r = splitFlagTips(`<main>${code}<span role="status"></span></main>${LOADER}`)!;
    expect(r.tips).toBe('<span role="tooltip" id="tip-1" class="flag-tip">Create and run a new container</span><span role="tooltip" id="tip-2" class="flag-tip" lang="en">Remove the container &amp; its volumes</span>');
    expect(r.html).not.toContain('role="tooltip"');
    expect(r.html).toContain('aria-describedby="tip-2">--rm</a><span class="hs"> alpine</span>');
    expect(r.html).toContain('<span role="status"></span>');
    expect(r.html).toContain(LOADER);
  });

  it.each([
    ['a page without the loader keeps its tooltips', `<main>${code}</main>`],
    ['a page with the loader and no tooltip is left alone', `<main><p>text</p></main>${LOADER}`],
  ])('%s', (_what, html) => expect(splitFlagTips(html)).toBeNull());

  it('runs in linear time on a long run of unclosed tooltips', () => {
    const html = `${'<span role="tooltip" id="tip-1" '.repeat(20_000)}${LOADER}`;
    const t0 = performance.now();
    expect(splitFlagTips(html)).toBeNull();
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
