// The site's one Shiki highlighter for code examples (<Example>): the two themes the stylesheet
// colours (compact-code.ts), the languages loaded as they are first needed, and Shiki's JavaScript
// regex engine rather than Oniguruma's WebAssembly build. The two engines give the same tokens for
// every grammar the site uses (the engine refuses a pattern it cannot run instead of guessing, so a
// new grammar either works or stops the build); the JavaScript one needs no WebAssembly start-up and
// tokenizes the site's shell commands in about three quarters of the time. Each line is read once
// for both themes (one-pass.ts).
// Astro's <Code> component does the same through a highlighter cache keyed on every call's options;
// the HTML is the same (compactTransformer replaces the <pre>'s attributes that <Code> sets).
import { createHighlighterCore, type HighlighterCore, type ShikiTransformer } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { bundledLanguages } from 'shiki/langs';
import { tokenizeOncePerLine } from './one-pass';

export const THEMES = { light: 'github-light', dark: 'github-dark' } as const;

let highlighter: Promise<HighlighterCore> | undefined;
const loading = new Map<string, Promise<void>>();
const onePass = new WeakSet<object>();

function core(): Promise<HighlighterCore> {
  highlighter ??= createHighlighterCore({
    themes: [import('shiki/themes/github-light.mjs'), import('shiki/themes/github-dark.mjs')],
    langs: [],
    engine: createJavaScriptRegexEngine(),
  });
  return highlighter;
}

/** Plain text needs no grammar; any other language must be one Shiki bundles. */
const PLAIN = new Set(['text', 'txt', 'plain', 'plaintext']);

/** Loads `lang`'s grammar once; throws for a language Shiki does not have. */
async function ensureLanguage(h: HighlighterCore, lang: string): Promise<void> {
  if (PLAIN.has(lang) || h.getLoadedLanguages().includes(lang)) return;
  let done = loading.get(lang);
  if (!done) {
    const grammar = bundledLanguages[lang as keyof typeof bundledLanguages];
    if (!grammar) throw new Error(`no Shiki grammar for the code language "${lang}"`);
    // Each line read once for both themes (one-pass.ts), not once per theme.
    done = h.loadLanguage(grammar).then(() => {
      const g = h.getLanguage(lang);
      if (!onePass.has(g)) {
        onePass.add(g);
        tokenizeOncePerLine(h, lang, THEMES.light, THEMES.dark);
      }
    });
    loading.set(lang, done);
  }
  await done;
}

/** `code` highlighted in `lang` with the site's two themes, as HTML, after `transformers`. */
export async function highlightCode(code: string, lang: string, transformers: ShikiTransformer[]): Promise<string> {
  const h = await core();
  await ensureLanguage(h, lang);
  return h.codeToHtml(code, { lang, themes: THEMES, defaultColor: false, transformers });
}

const finished = new Map<string, Promise<string>>();

/**
 * The HTML of a block whose highlight depends on its code, language and `variant` alone (no flag
 * links, so nothing of the page it is on), made once per build: a Dockerfile or a mistake is
 * often shown on both languages' pages, and its HTML is the same on each.
 */
export function highlightOnce(code: string, lang: string, variant: string, transformers: () => ShikiTransformer[]): Promise<string> {
  const key = `${lang}\u0000${variant}\u0000${code}`;
  let html = finished.get(key);
  if (!html) finished.set(key, (html = highlightCode(code, lang, transformers())));
  return html;
}
