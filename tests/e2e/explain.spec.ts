import { expect, test } from '@playwright/test';
import { LANGS, expectNoAxeViolations, useTheme } from './helpers';

const url = (lang: string, cmd: string) => `/${lang}/explain/?cmd=${encodeURIComponent(cmd)}`;

test('a seed mistake is reported with its code, span and a fix that can be applied', async ({ page }) => {
  await page.goto(url('ko', 'docker run -d --restart-always -p 8080:80 nginx'));
  const diags = page.locator('[data-diagnostics] > *');
  await expect(diags).toHaveCount(1);
  await expect(diags.first()).toHaveAttribute('data-severity', 'error');
  await expect(diags.first()).toHaveAttribute('data-code', 'unknown-flag');
  await expect(diags.first().locator('mark')).toHaveText('--restart-always');
  await diags.first().getByRole('button').click();
  await expect(page.locator('#explain-input')).toHaveValue('docker run -d --restart=always -p 8080:80 nginx');
  await expect(diags).toHaveCount(0);
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-valid', 'true');
});

test('a valid command is explained part by part, with links to the option rows', async ({ page }) => {
  await page.goto(url('en', 'docker ps -a'));
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-valid', 'true');
  await expect(page.locator('[data-diagnostics] > *')).toHaveCount(0);
  await expect(page.locator('[data-parts] a[href="/en/commands/container-ls/#flag-all"]')).toBeVisible();
});

test('typing updates the verdict and the URL', async ({ page }) => {
  await page.goto('/en/explain/');
  await page.locator('#explain-input').fill('docker netowrk ls');
  await expect(page.locator('[data-diagnostics] > [data-severity="error"]')).toHaveCount(1);
  await expect(page).toHaveURL(/cmd=docker/);
});

test('a warning-only line is accepted and shows the warning', async ({ page }) => {
  await page.goto(url('en', 'docker run -d --restart=alwayz nginx'));
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-valid', 'true');
  await expect(page.locator('[data-diagnostics] > [data-severity="warning"]')).not.toHaveCount(0);
});

for (const lang of LANGS) {
  for (const theme of ['light', 'dark'] as const) {
    test(`${lang}: the explain page has no axe violations (${theme})`, async ({ page }) => {
      await page.goto(url(lang, 'docker run -d --restart-always nginx'));
      await useTheme(page, theme);
      await expect(page.locator('[data-diagnostics] > *')).not.toHaveCount(0);
      await expectNoAxeViolations(page);
    });
  }
}
