// How an island reads its words: ONE way. The page renders the strings the island uses as one JSON
// object in its `data-i18n` attribute, keyed by UI key (`{"copy.done":"복사됨",…}`; the key lists
// are in island-keys.ts, the attribute is made by `islandI18n` in ui.ts), and the island reads it
// here. Browser code: this module loads no strings and no key lists of its own.
import type { IslandLabels, IslandName } from './island-keys.ts';

/**
 * The UI strings island `N` finds in `el`'s `data-i18n`. The attribute is the page's: the build
 * writes every key the island's list names (`t()` stops it on an unknown key), and
 * tests/e2e/links.spec.ts checks that every island of every built page has one. Kept this small
 * on purpose (every page loads it): without the attribute it throws a TypeError.
 */
export function islandLabels<N extends IslandName>(el: Pick<Element, 'getAttribute'>): IslandLabels<N> {
  return JSON.parse(el.getAttribute('data-i18n')!) as IslandLabels<N>;
}
