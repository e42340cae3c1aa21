// Every URL and element id the site mints, defined once (DESIGN.md, "Contracts").
// Pages, islands, scripts and tests import these instead of joining strings themselves.
import { pathLocale, type Locale } from './i18n/locales.ts';

/**
 * The page slug of a command: its canonical path joined with `-` (`container-run`), `docker` for
 * the root. The canonical path is the first form on the help's `Aliases:` line, else the usage path.
 */
export function commandSlug(canonicalPath: readonly string[]): string {
  return canonicalPath.length === 0 ? 'docker' : canonicalPath.join('-');
}

/** The id of an option row on a command page: `flag-restart`. */
export function optionRowId(long: string): string {
  return `flag-${long}`;
}

function withHash(path: string, hash?: string | null): string {
  return hash ? `${path}#${hash}` : path;
}

/**
 * The text with each lone UTF-16 surrogate (half of a pair, as a cut paste or a `\ud800` in a
 * link can leave) replaced by U+FFFD. `encodeURIComponent` throws a URIError on one, which left
 * Share doing nothing, the search page busy and the builder's explain link stale.
 */
export function wellFormed(s: string): string {
  return s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

function withQuery(path: string, key: string, value?: string | null): string {
  return value ? `${path}?${key}=${encodeURIComponent(wellFormed(value))}` : path;
}

/**
 * The same page in another language. Every route lives under `/{lang}/` with the same slugs in
 * every language (DESIGN.md, "Contracts"), so switching is a prefix swap that keeps the rest of
 * the path, the query and the hash; a path outside every language goes to that language's home.
 */
export function localizedHref(pathname: string, to: Locale): string {
  if (pathLocale(pathname) === null) return homeHref(to);
  const rest = pathname.slice(pathname.indexOf('/', 1) === -1 ? pathname.length : pathname.indexOf('/', 1));
  return `/${to}${rest === '' ? '/' : rest}`;
}

export const homeHref = (lang: Locale): string => `/${lang}/`;
export const commandsHref = (lang: Locale): string => `/${lang}/commands/`;
/** A command page, or one of its option rows when `flag` (long name) is given. */
export const commandHref = (lang: Locale, slug: string, flag?: string | null): string =>
  withHash(`/${lang}/commands/${slug}/`, flag ? optionRowId(flag) : null);
/** A long option table's own page (every option with its type, default and description): `/ko/commands/container-run/options/`. */
/** A command's examples page (all its examples; the command page shows the first few). */
export const commandExamplesHref = (lang: Locale, slug: string): string => `/${lang}/commands/${slug}/examples/`;
export const commandOptionsHref = (lang: Locale, slug: string, flag?: string | null): string =>
  withHash(`/${lang}/commands/${slug}/options/`, flag ? optionRowId(flag) : null);
export const guidesHref = (lang: Locale): string => `/${lang}/guides/`;
export const guideHref = (lang: Locale, chapter: string, anchor?: string | null): string => withHash(`/${lang}/guides/${chapter}/`, anchor);
export const dockerfileHref = (lang: Locale, instruction?: string | null): string =>
  instruction ? `/${lang}/dockerfile/${instruction.toLowerCase()}/` : `/${lang}/dockerfile/`;
export const cheatsheetHref = (lang: Locale): string => `/${lang}/cheatsheet/`;
/** The task index of one language, fetched when someone starts searching. */
export const searchIndexHref = (lang: Locale): string => `/${lang}/search-index.json`;
export const searchHref = (lang: Locale, query?: string | null): string => withQuery(`/${lang}/search/`, 'q', query);
export const explainHref = (lang: Locale, cmd?: string | null): string => withQuery(`/${lang}/explain/`, 'cmd', cmd);
/** The cheat sheet rows' extra filter words, per command (src/pages/[lang]/cheatsheet-terms.json.ts). */
export const cheatsheetTermsHref = (lang: Locale): string => `/${lang}/cheatsheet-terms.json`;
/** The spec index and one command's spec slice, as JSON (src/lib/explain/spec-slices.ts). */
export const specIndexHref = (lang: Locale): string => `/${lang}/spec.json`;
export const specSliceHref = (lang: Locale, slug: string): string => `/${lang}/spec/${slug}.json`;
/** The command builder's UI strings and release facts (src/pages/[lang]/builder.json.ts). */
export const builderDataHref = (lang: Locale): string => `/${lang}/builder.json`;
