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

/** Whether the command (its catalog entry's examples) has an examples page: more than ten examples. */
export function hasExamplesPage(examples: number): boolean {
  return examples > 10;
}

/** Guide sections a command page lists itself under "used in guides"; a command used in more (and
 *  with an examples page) lists its guides, and the full list of sections is on its examples page,
 *  loaded in place like the examples. */
export const USED_IN_ON_PAGE = 8;
