// Which commands have a page of their own for their option table (`/{lang}/commands/NAME/options/`):
// those whose table is long (container run lists over 100 options). Their command page shows
// every option's name in a compact index (each name keeps its `#flag-` id, so the contract
// `/{lang}/commands/NAME/#flag-OPT` lands on it without JavaScript) and, with JavaScript, loads the
// full table in its place when it nears the viewport or a `#flag-` address asks for it (page weight).
import type { CommandSpec } from '../cli-spec/schema.ts';

/** Option tables with more rows than this move to their own page. */
export const LONG_OPTION_TABLE = 24;

/** `spec` is the command page's spec; `served` the plugin command that serves it (image build: buildx build), if any. */
export function hasOptionsPage(spec: CommandSpec, served?: CommandSpec): boolean {
  return (served ?? spec).options.length > LONG_OPTION_TABLE;
}
