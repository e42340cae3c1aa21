// Which commands have a page of their own for their option table (`/{lang}/commands/NAME/options/`):
// those whose table is long (container run lists over 100 options), and for their examples
// (`/{lang}/commands/NAME/examples/`): those with many. Their command page keeps a placeholder with
// a link to that page and, with JavaScript, loads the table (and the removed options) or the
// examples beyond the first few in its place when the reader nears it or an address asks for one of
// its ids (`#flag-env`, `#example-12`): src/islands/in-place.ts (page weight).
import type { CommandSpec } from '../cli-spec/schema.ts';

/** Option tables with more rows than this move to their own page. */
export const LONG_OPTION_TABLE = 24;

/** `spec` is the command page's spec; `served` the plugin command that serves it (image build: buildx build), if any. */
export function hasOptionsPage(spec: CommandSpec, served?: CommandSpec): boolean {
  return (served ?? spec).options.length > LONG_OPTION_TABLE;
}

/** Examples a command page shows itself; the rest are on its examples page, loaded in place. */
export const EXAMPLES_ON_PAGE = 6;

/**
 * Whether the command (its catalog entry's examples) has an examples page: more than ten examples,
 * or a long page (`longTable`: its option table has a page of its own) with more examples than the
 * command page shows. That page also holds the command's notes and its full "used in" list.
 */
export function hasExamplesPage(examples: number, longTable = false): boolean {
  return examples > 10 || (longTable && examples > EXAMPLES_ON_PAGE);
}

/** Guide sections a command page lists itself under "used in guides"; a command used in more (and
 *  with an examples page) lists its guides, and the full list of sections is on its examples page,
 *  loaded in place like the examples. */
export const USED_IN_ON_PAGE = 8;

/**
 * A link to an option row of a command page (`/ko/commands/container-run/#flag-env`, or a removed
 * option's `#removed-flag-…`) that works without JavaScript: when that command's table lives on its
 * options page (`hasOptions(slug)`), the link goes straight to the row there
 * (`/ko/commands/container-run/options/#flag-env`). The command page would load the table in place
 * with JavaScript, but without it the address landed at the page's top. Any other link is returned
 * as it is.
 */
export function optionRowLink(href: string, hasOptions: (slug: string) => boolean): string {
  const m = /^(\/[a-z]{2}\/commands\/([a-z0-9-]+)\/)#((?:removed-)?flag-[a-z0-9-]+)$/.exec(href);
  return m && hasOptions(m[2]!) ? `${m[1]}options/#${m[3]}` : href;
}
