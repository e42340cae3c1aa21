// Shared by tests/unit/island-labels.test.ts (the source) and tests/e2e/links.spec.ts (the built pages).

/** The ways islands used to get their words, each of which data-i18n replaces. */
export const OLD_LABEL_WAYS: readonly [RegExp, string][] = [
  [/data-labels\b/, 'a data-labels JSON'],
  [/data-label-[a-z]/, 'a data-label-* attribute'],
  [/dataset\.label[A-Z]?/, 'a data-label-* attribute'],
  [/data-copy-(?:done|failed)|dataset\.copy(?:Done|Failed)/, 'the copy words on <html>'],
  [/data-no-match\b/, 'a <template data-no-match>'],
  [/data-count-template|dataset\.countTemplate/, 'a data-count-template'],
  [/data-load-failed|dataset\.loadFailed/, 'a data-load-failed'],
  [/data-none\b|dataset\.none\b/, 'a data-none'],
  [/=== ?'en' \? 'en' : 'ko'|=== ?'ko' \? 'en' : 'ko'|=== ?'ko' \? 'ko' : 'en'|=== ?'en' \? 'ko' : 'en'/, 'a language picked between two named ones'],
];
