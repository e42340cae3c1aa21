import { LOCALES } from '../../src/lib/i18n/locales';
import { expect, test } from './helpers';

const url = (lang: string, cmd: string) => `/${lang}/explain/?cmd=${encodeURIComponent(cmd)}`;
const diags = (page: import('@playwright/test').Page) => page.locator('[data-diagnostics] > *');

/** Puts `text` into the field as one paste and returns the milliseconds until two frames have drawn. */
const pasteInto = (page: import('@playwright/test').Page, text: string) =>
  page.evaluate((value) => {
    const input = document.querySelector<HTMLTextAreaElement>('#explain-input')!;
    const t0 = performance.now();
    input.value = value;
    input.dispatchEvent(new Event('input'));
    return new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0))));
  }, text);

test('a seed mistake is reported with its code, span and a fix that can be applied', async ({ sitePage: page }) => {
  await page.goto(url('ko', 'docker run -d --restart-always -p 8080:80 nginx'));
  await expect(diags(page)).toHaveCount(1);
  await expect(diags(page).first()).toHaveAttribute('data-severity', 'error');
  await expect(diags(page).first()).toHaveAttribute('data-code', 'unknown-flag');
  await expect(diags(page).first().locator('mark')).toHaveText('--restart-always');
  // Code is shown as code, with the particle after a Korean word, never raw backticks.
  await expect(diags(page).first().locator('bdi')).not.toContainText('`');
  await expect(diags(page).first().locator('bdi code').filter({ hasText: '--restart=always' })).toHaveCount(1);
  await expect(diags(page).first().locator('bdi')).toContainText('옵션을 뜻했나요?');
  await diags(page).first().getByRole('button').click();
  await expect(page.locator('#explain-input')).toHaveValue('docker run -d --restart=always -p 8080:80 nginx');
  await expect(diags(page)).toHaveCount(0);
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-valid', 'true');
});

for (const lang of LOCALES) {
  test(`${lang}: --restart-always is an error with the fix --restart=always, and applying it leaves no errors`, async ({ sitePage: page }) => {
    await page.goto(url(lang, 'docker container run -it --restart-always centos /bin/bash'));
    const err = page.locator('[data-diagnostics] > [data-severity="error"]');
    await expect(err).toHaveCount(1);
    await expect(err.locator('mark')).toHaveText('--restart-always');
    await expect(err.locator('.fix code')).toHaveText('docker container run -it --restart=always centos /bin/bash');
    await err.getByRole('button').click();
    await expect(page.locator('[data-diagnostics] > [data-severity="error"]')).toHaveCount(0);
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-valid', 'true');
    // The container's own command is marked as such.
    await expect(page.locator('[data-part="container-command"]')).toContainText('/bin/bash');
  });

  test(`${lang}: a valid run is explained token by token, nginx named IMAGE, -d described in the page's language`, async ({ sitePage: page }) => {
    await page.goto(url(lang, 'docker run -d -p 8080:80 --name web nginx'));
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-valid', 'true');
    await expect(diags(page)).toHaveCount(0);
    await expect(page.locator('[data-part="argument"][data-arg-name="IMAGE"] dt')).toContainText('nginx');
    const command = page.locator('[data-part="command"]');
    await expect(command.locator('a')).toHaveAttribute('href', `/${lang}/commands/container-run/`);
    await expect(command).toContainText('docker run');
    const detach = page.locator('[data-part="flag"]').filter({ has: page.locator('dt code', { hasText: /^-d$/ }) });
    await expect(detach.locator('a')).toHaveAttribute('href', `/${lang}/commands/container-run/#flag-detach`);
    if (lang === 'ko') {
      await expect(detach.locator('dd')).toContainText('백그라운드');
      await expect(detach.locator('dd [lang="en"]')).toHaveCount(0);
    } else {
      await expect(detach.locator('dd')).toContainText('background');
    }
    const publish = page.locator('[data-part="flag"]').filter({ has: page.locator('dt code', { hasText: /^-p$/ }) });
    await expect(publish.locator('[data-value-state]')).toHaveAttribute('data-value-state', 'ok');
  });

  test(`${lang}: docker run nginx -d draws the note that -d goes to the container`, async ({ sitePage: page }) => {
    await page.goto(url(lang, 'docker run nginx -d'));
    const note = page.locator('[data-note="flag-after-image"]');
    await expect(note).toHaveCount(1);
    await expect(note.locator('code').first()).toHaveText('-d');
    await note.getByRole('button').click();
    await expect(page.locator('#explain-input')).toHaveValue('docker run -d nginx');
    await expect(page.locator('[data-note]')).toHaveCount(0);
  });

  test(`${lang}: docker netowrk inspect web suggests network`, async ({ sitePage: page }) => {
    await page.goto(url(lang, 'docker netowrk inspect web'));
    const err = page.locator('[data-diagnostics] > [data-code="unknown-command"]');
    await expect(err).toHaveCount(1);
    await expect(err.locator('bdi code').filter({ hasText: 'docker network' })).toHaveCount(1);
    await expect(err.locator('.fix code')).toHaveText('docker network inspect web');
  });

  test(`${lang}: docker --debug ps links the global option to the root page, and every link resolves`, async ({ sitePage: page, request }) => {
    await page.goto(url(lang, 'docker --debug ps'));
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-valid', 'true');
    await expect(page.locator(`[data-parts] a[href="/${lang}/commands/docker/#flag-debug"]`)).toBeVisible();
    const hrefs = await page.locator('[data-parts] a').evaluateAll((as) => as.map((a) => a.getAttribute('href') as string));
    expect(hrefs.length).toBeGreaterThanOrEqual(2);
    for (const href of hrefs) {
      const [path, hash] = href.split('#');
      const res = await request.get(path as string);
      expect(res.status(), href).toBe(200);
      if (hash) expect(await res.text(), href).toContain(`id="${hash}"`);
    }
  });

  test(`${lang}: a line that is not docker is said plainly, with no contradictory verdict`, async ({ sitePage: page }) => {
    await page.goto(url(lang, 'ls -la'));
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-checked', 'false');
    await expect(page.locator('[data-verdict]')).not.toContainText(lang === 'ko' ? '올바른' : 'Valid');
    await expect(page.locator('[data-not-docker]')).toHaveCount(1);
  });
}

test('several commands joined by &&, ; and | are explained one by one, continuations joined', async ({ sitePage: page }) => {
  await page.goto('/en/explain/');
  await page.locator('#explain-input').fill('docker ps -q | xargs echo && \\\n  docker images; ls');
  await expect(page.locator('[data-segment]')).toHaveCount(4);
  await expect(page.locator('[data-segment="docker"]')).toHaveCount(2);
  await expect(page.locator('[data-segment="other"]')).toHaveCount(2);
  // The operator before a continued line and the command after it, each on one line.
  await expect(page.locator('[data-segment] .joiner')).toHaveText(['|', '&&', ';']);
  await expect(page.locator('[data-segment] .segment-head code').nth(2)).toHaveText('docker images');
});

test('typing updates the verdict but not the URL; submit does, without secret values', async ({ sitePage: page }) => {
  await page.goto('/en/explain/');
  await page.locator('#explain-input').fill('docker netowrk ls');
  await expect(page.locator('[data-diagnostics] > [data-severity="error"]')).toHaveCount(1);
  expect(page.url()).not.toContain('cmd=');
  await page.locator('#explain-input').fill('docker run -e DB_PASSWORD=hunter2 --env=TOKEN=abc nginx');
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-valid', 'true');
  await page.getByRole('button', { name: 'Explain' }).click();
  await expect(page).toHaveURL(/cmd=docker/);
  const cmd = new URL(page.url()).searchParams.get('cmd');
  expect(cmd).toBe('docker run -e DB_PASSWORD=*** --env=TOKEN=*** nginx');
  await page.locator('[data-share-secrets] input').check();
  await page.getByRole('button', { name: 'Explain' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('cmd')).toBe('docker run -e DB_PASSWORD=hunter2 --env=TOKEN=abc nginx');
});

test('a warning-only line is accepted and shows the warning', async ({ sitePage: page }) => {
  await page.goto(url('en', 'docker run -d --restart=alwayz nginx'));
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-valid', 'true');
  await expect(page.locator('[data-diagnostics] > [data-severity="warning"]')).not.toHaveCount(0);
});

test('a 100 KB paste is refused with a message at once, and the page stays responsive', async ({ sitePage: page }) => {
  await page.goto('/en/explain/');
  await page.locator('#explain-input').focus();
  await expect(page.locator('[data-verdict]')).toHaveText(/Type or paste|Loading/);
  const big = `docker run ${'-e A=1 '.repeat(15_000)}nginx`;
  const ms = await pasteInto(page, big);
  // How long it took is a figure for the log, not a pass mark (speed goals belong to the benchmarks).
  console.log(`100 KB paste: refused in ${ms.toFixed(0)} ms (two frames)`);
  await expect(page.locator('[data-verdict]')).toContainText('at most 65536');
  await page.locator('#explain-input').fill('docker ps');
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-valid', 'true');
});

// 60k characters of right-to-left overrides and zero-width spaces: under the 64 KB limit, so the
// line is checked (60,000 invisible-character findings) and the first 200 are drawn, each as a
// window around its span, never the whole line (which once blocked the page for 11 s).
test('a 60k-character paste of \\u202e\\u200b is checked and drawn in windows, and the page answers', async ({ sitePage: page }) => {
  const line = `docker run ${'\u202e\u200b'.repeat(30_000)}`;
  await page.goto(url('en', 'docker ps'));
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-valid', 'true');
  const ms = await pasteInto(page, line);
  // A figure for the log, not a pass mark (speed goals belong to the benchmarks).
  console.log(`60k \\u202e\\u200b paste: checked and drawn in ${ms.toFixed(0)} ms (two frames)`);
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-valid', 'false');
  const drawn = await page.locator('[data-diagnostics]').evaluate((ul) => ({ items: ul.children.length, chars: (ul.textContent ?? '').length }));
  expect(drawn.items).toBe(200);
  // Windows, not lines: each drawn finding holds a small part of the 60,011-character line.
  expect(drawn.chars / drawn.items).toBeLessThan(5_000);
  await page.locator('#explain-input').fill('docker ps');
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-valid', 'true');
});

test('a 2 KB line is checked and drawn once loaded (figures: median of 9 keystrokes)', async ({ sitePage: page }) => {
  await page.goto(url('en', 'docker run nginx'));
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-valid', 'true');
  const line = `docker run ${'-e A=1 -p 80:80 '.repeat(130)}nginx`.slice(0, 2048);
  const times = await page.evaluate((text) => {
    const input = document.querySelector<HTMLTextAreaElement>('#explain-input')!;
    const island = input.closest('explain-command') as unknown as { run(): void };
    const out: number[] = [];
    for (let i = 0; i < 9; i++) {
      input.value = i % 2 ? text : `${text} `;
      const t0 = performance.now();
      island.run();
      out.push(performance.now() - t0);
    }
    return out.sort((a, b) => a - b);
  }, line);
  // The time is a figure for the log (speed goals belong to the benchmarks); what must hold is the result.
  console.log(`2 KB line: median ${times[4]!.toFixed(1)} ms, max ${times[8]!.toFixed(1)} ms`);
  // The last keystroke's line (cut at 2 KB, mid-word) has a verdict drawn for it.
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-valid', /^(true|false)$/);
  await expect(page.locator('[data-verdict]')).not.toHaveText(/Type or paste|Loading/);
});

test('<script> and control characters typed into the field are shown as text, never run', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto('/en/explain/');
  await page.locator('#explain-input').fill('docker run nginx echo \'<script>alert(1)</script>\' "\u001b[31m\u202e"');
  await expect(page.locator('[data-verdict]')).not.toHaveText(/Type or paste|Loading/);
  await expect(page.locator('explain-command script:not([data-spec-index])')).toHaveCount(0);
  await expect(page.locator('[data-parts]')).toContainText('<script>alert(1)</script>');
  await expect(page.locator('[data-parts]')).toContainText('\\x1b[31m');
  expect(dialogs).toEqual([]);
});

test('without JavaScript the page shows the form and says plainly what it does', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ko/explain/');
  await expect(page.locator('#explain-input')).toBeVisible();
  const text = await page.locator('explain-command noscript').textContent();
  expect(text).toContain('JavaScript');
  expect(text).not.toContain('npm');
  await context.close();
});

test('works offline once loaded: a new command is checked and the page reloads without the network', async ({ page, context }) => {
  await page.goto(url('en', 'docker run nginx'));
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-valid', 'true');
  await page.evaluate(() => navigator.serviceWorker.ready);
  const cached = (path: string) => page.evaluate(async (p) => Boolean(await (await caches.open('dockref-v2')).match(p)), path);
  await expect.poll(() => cached('/en/spec/all.json'), { timeout: 10_000 }).toBe(true);
  await expect.poll(() => cached('/en/explain/'), { timeout: 10_000 }).toBe(true);
  await context.setOffline(true);
  await page.locator('#explain-input').fill('docker volume create --label a=b data');
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-valid', 'true');
  await page.reload();
  await page.locator('#explain-input').fill('docker network create --driver bridge net1');
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-valid', 'true');
  await context.setOffline(false);
});
