import { test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
for (const lang of ['ko', 'en']) {
  test(`measure ${lang}`, async ({ page }) => {
    await page.goto(`/${lang}/cheatsheet/`);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false });
    writeFileSync(`/tmp/phones2-sheet-${lang}.pdf`, pdf);
    const text = spawnSync('pdftotext', ['-layout', `/tmp/phones2-sheet-${lang}.pdf`, '-'], { encoding: 'utf8' }).stdout;
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    console.log(lang, pages.map((p) => (p.match(/docker |^\s*[A-Z]+ /gm) ?? []).length + ' cmds/' + p.split('\n').filter((l) => l.trim()).length + ' lines').join(' | '));
  });
}
