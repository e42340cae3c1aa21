// One stylesheet per page type (src/lib/merge-styles.ts): the site-wide stylesheet and the page's
// inline rules joined into one file named by its content, in the page's order.
import { describe, expect, it } from 'vitest';
import { mergeStyles } from '../../src/lib/merge-styles';

const BASE = ':root{--bg:#fff}';
const read = (path: string) => {
  if (path !== '/_astro/Base.abc.css') throw new Error(`unexpected read of ${path}`);
  return BASE;
};
const page = (head: string) => `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body><style>.late{}</style></body></html>`;

describe('mergeStyles', () => {
  it('joins the link and the inline styles after it into one file, in order, and keeps the body alone', () => {
    const r = mergeStyles(page('<link rel="stylesheet" href="/_astro/Base.abc.css"><style>.a{color:red}</style><title>t</title><style>@media (width<=640px){.b{}}</style>'), read);
    expect(r).not.toBeNull();
    expect(r!.css).toBe(`${BASE}\n.a{color:red}\n@media (width<=640px){.b{}}`);
    expect(r!.file).toMatch(/^\/_astro\/page\.[\w-]{10}\.css$/);
    expect(r!.html).toBe(page(`<link rel="stylesheet" href="${r!.file}"><title>t</title>`));
  });

  it('names the file by its content: the same rules give the same file, others another', () => {
    const a = mergeStyles(page('<link rel="stylesheet" href="/_astro/Base.abc.css"><style>.a{}</style>'), read)!;
    const b = mergeStyles(page('<link rel="stylesheet" href="/_astro/Base.abc.css"><style>.a{}</style>'), read)!;
    const c = mergeStyles(page('<link rel="stylesheet" href="/_astro/Base.abc.css"><style>.c{}</style>'), read)!;
    expect(a.file).toBe(b.file);
    expect(c.file).not.toBe(a.file);
  });

  it.each([
    ['no inline style', '<link rel="stylesheet" href="/_astro/Base.abc.css">'],
    ['an inline style before the link (its order would change)', '<style>.a{}</style><link rel="stylesheet" href="/_astro/Base.abc.css">'],
    ['two links', '<link rel="stylesheet" href="/_astro/Base.abc.css"><link rel="stylesheet" href="/_astro/x.css"><style>.a{}</style>'],
    ['no link', '<style>.a{}</style>'],
  ])('leaves a page alone with %s', (_, head) => {
    expect(mergeStyles(page(head), read)).toBeNull();
  });
});
