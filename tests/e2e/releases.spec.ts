// The release picker: the explain page and the builder judge for the chosen Docker
// release, remembered across pages (localStorage).
import { LOCALES } from '../../src/lib/i18n/locales';
import { expect, openBuilder, test } from './helpers';

const url = (lang: string, cmd: string) => `/${lang}/explain/?cmd=${encodeURIComponent(cmd)}`;

for (const lang of LOCALES) {
  test(`${lang}: with the picker on 27.5 the explain page flags --use-api-socket as needing 28.1, and remembers the choice`, async ({ sitePage: page }) => {
    await page.goto(url(lang, 'docker run --use-api-socket nginx'));
    const picker = page.locator('[data-release-picker]');
    await expect(picker).toHaveValue('29.7');
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-valid', 'true');
    await picker.selectOption('27.5');
    const d = page.locator('[data-diagnostics] > [data-code="flag-newer-than-release"]');
    await expect(d).toHaveCount(1);
    await expect(d).toHaveAttribute('data-severity', 'error');
    await expect(d.locator('mark')).toHaveText('--use-api-socket');
    await expect(d).toContainText(lang === 'ko' ? 'Docker 28.1부터 있습니다' : 'needs Docker 28.1 or newer');
    await expect(d.locator('.fix code')).toHaveText('docker run nginx');
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-valid', 'false');
    // Remembered: a reload (and the builder on a command page) starts on 27.5.
    await page.reload();
    await expect(picker).toHaveValue('27.5');
    await expect(page.locator('[data-diagnostics] > [data-code="flag-newer-than-release"]')).toHaveCount(1);
    await picker.selectOption('29.7');
    await expect(page.locator('[data-diagnostics] > *')).toHaveCount(0);
  });

  test(`${lang}: on 29.7, --disable-content-trust is gone and commit --pause=false points to --no-pause`, async ({ sitePage: page }) => {
    await page.goto(url(lang, 'docker container run --disable-content-trust nginx'));
    await expect(page.locator('[data-diagnostics] > [data-code="flag-removed-in-release"]')).toContainText('29.0');
    await page.goto(url(lang, 'docker container commit --pause=false web snapshot'));
    await expect(page.locator('[data-diagnostics] > [data-code="flag-replaced-in-release"]')).toContainText('--no-pause');
    await page.locator('[data-release-picker]').selectOption('28.2');
    await expect(page.locator('[data-diagnostics] > *')).toHaveCount(0);
  });
}

test('the builder judges for the remembered release', async ({ sitePage: page }) => {
  await page.goto('/en/explain/');
  await page.evaluate(() => localStorage.setItem('dockref.dockerRelease', '28.2'));
  await page.goto('/en/commands/container-commit/');
  const builder = await openBuilder(page);
  await expect(builder.locator('[data-release-picker]')).toHaveValue('28.2');
  await builder.locator('[data-arg]').first().fill('web');
  await builder.locator('[data-flag="no-pause"] input[type="checkbox"]').check();
  await expect(builder.locator('[data-builder-verdict]')).toHaveAttribute('data-valid', 'false');
  await builder.locator('[data-release-picker]').selectOption('29.7');
  await expect(builder.locator('[data-builder-verdict]')).toHaveAttribute('data-valid', 'true');
});
