// Outputs from real runs (npm run test:engine -- --update): the guides show the captured output of
// at least 40 examples per language under the example ([data-run-output]), each naming the engine
// and the stand-in image it ran with, in the page's language.
import { LOCALES } from '../../src/lib/i18n/locales';
import { CHAPTERS, expect, test } from './helpers';

for (const lang of LOCALES) {
  test(`${lang}: the guides show at least 40 captured outputs, each naming the engine and the stand-in image (if any)`, async ({ request }) => {
    let total = 0;
    const unnamed: string[] = [];
    for (const chapter of CHAPTERS) {
      const html = await (await request.get(`/${lang}/guides/${chapter}/`)).text();
      const blocks = html.split('data-run-output').slice(1);
      total += blocks.length;
      for (const b of blocks) {
        const caption = /<p class="run-output-caption">([^]*?)<\/p>/.exec(b)?.[1] ?? '';
        // The stand-in image it ran with, or, for commands that involve none (network ls), that.
        const standIn = lang === 'ko' ? /대체 이미지: .*대신|이미지는 쓰이지 않습니다/.test(caption) : /Stand-in image: .*standing in for|No image is involved/.test(caption);
        if (!caption.includes('Docker Engine 20.10') || !standIn) unnamed.push(`${chapter}: ${caption.slice(0, 120)}`);
      }
    }
    expect(unnamed).toEqual([]);
    expect(total).toBeGreaterThanOrEqual(40);
  });

  test(`${lang}: a captured output sits under its example and shows the command's real output`, async ({ sitePage: page }) => {
    await page.goto(`/${lang}/guides/networks/`);
    const example = page.locator('figure.example', { hasText: 'docker network ls' }).filter({ has: page.locator('[data-run-output]') }).first();
    await expect(example.locator('[data-run-output] pre')).toContainText('NETWORK ID');
    await expect(example.locator('[data-run-output] pre')).toContainText('bridge');
  });
}
