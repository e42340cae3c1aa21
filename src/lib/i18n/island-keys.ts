// The UI strings each island reads, by island: the one list both sides use. The page renders an
// island's strings as its `data-i18n` attribute (`islandI18n` in ui.ts), the island reads them
// with `islandLabels` (island.ts), typed by this list, so an island can only ask for a key its page
// gives it, and a page carries only the keys its islands use. Islands import this module's types
// only: the lists stay out of the browser's scripts.
import type { UiKey } from './ui-key.ts';

/** The theme button's states, in turn (theme-toggle.ts); `theme.{state}` names each. */
export const THEME_STATES = ['system', 'light', 'dark'] as const;

export const ISLAND_KEYS = {
  /** Every example's copy button; one set per page, on `<html>` (one page has many buttons). */
  'copy-button': ['copy.done', 'copy.failed'],
  /** The button's name in each state. */
  'theme-toggle': ['theme.system', 'theme.light', 'theme.dark'],
  'quick-search': ['search.kind.command', 'search.kind.guide', 'search.kind.dockerfile', 'search.kind.option', 'search.quickCount', 'search.tooLong'],
  'site-search': [
    'search.resultsFor',
    'search.none',
    'search.count',
    'search.loading',
    'search.empty',
    'search.kind.command',
    'search.kind.guide',
    'search.kind.dockerfile',
    'search.kind.option',
    'search.kind.page',
    'search.task',
    'search.suggest',
    'search.browse',
    'search.explain',
    'search.tooLong',
    'copy.button',
  ],
  /** The filter box: a page gives the one no-match text that fits its list. */
  'command-filter': ['commands.noMatch', 'home.noMatch'],
  'dockerfile-filter': ['dockerfile.filter.count', 'dockerfile.filter.none'],
  'explain-command': [
    'explain.valid',
    'explain.invalid',
    'explain.warnings',
    'explain.fix',
    'explain.useFix',
    'explain.command',
    'explain.argument',
    'explain.flagDoc',
    'explain.notChecked',
    'explain.empty',
    'explain.severity.error',
    'explain.severity.warning',
    'explain.notDocker',
    'explain.loading',
    'explain.loadFailed',
    'explain.tooLong',
    'explain.tooManyLines',
    'explain.alias',
    'explain.globalFlag',
    'explain.unknownFlag',
    'explain.unknownFlagNote',
    'explain.argumentNamed',
    'explain.argumentUnnamed',
    'explain.containerCommand',
    'explain.containerCommandNote',
    'explain.note',
    'explain.useNote',
    'explain.value.ok',
    'explain.value.error',
    'explain.value.warning',
    'explain.value.dynamic',
    'explain.shareDone',
    'explain.shareFailed',
    'explain.notShown',
  ],
  /**
   * The command builder on a command page: in the page only what it may say before its data
   * arrives; the rest comes with /{lang}/builder.json (`BUILDER_DATA_KEYS`), fetched when it nears
   * the viewport, so command pages stay light.
   */
  'command-builder': ['explain.loadFailed'],
} as const satisfies Record<string, readonly UiKey[]>;

export type IslandName = keyof typeof ISLAND_KEYS;
/** The UI keys island `N` reads. */
export type IslandKey<N extends IslandName> = (typeof ISLAND_KEYS)[N][number];
/** What island `N` reads from its `data-i18n`: each of its keys with its text in the page's language. */
export type IslandLabels<N extends IslandName> = Readonly<Record<IslandKey<N>, string>>;
