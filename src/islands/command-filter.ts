// <command-filter>: narrows a list as you type (the command index, the cheat sheet). The full
// list is plain HTML, so the page works without JavaScript; this element stays hidden until it
// can do its job. Items carry `data-search-text` (and the cheat sheet's rows `data-filter-task`, and
// `data-terms` naming the command whose task words /{lang}/cheatsheet-terms.json adds);
// groups (`data-filter-group`, or the command index's `.command-group`) hide when none of their
// items is shown. Words match at their start, never inside a word, and a word of the list only as
// a whole word (src/lib/search/filter-match.ts): the Korean word for logs shows the logs rows, not the login rows whose word starts with it. Rows whose
// task says the query come first in their group, and groups with the best rows come first; an
// empty box puts everything back in its order.
import { filterRow, filterScore, filterVocabulary, type FilterRow } from '../lib/search/filter-match';
import { toLocale } from '../lib/i18n/locales';
import { islandLabels } from '../lib/i18n/island';
import type { IslandLabels } from '../lib/i18n/island-keys';
import { cheatsheetTermsHref } from '../lib/routes';

class CommandFilter extends HTMLElement {
  connectedCallback() {
    const input = this.querySelector('input');
    const status = this.querySelector('.no-match');
    // The page gives the one no-match text that fits its list.
    const L: Partial<IslandLabels<'command-filter'>> = islandLabels<'command-filter'>(this);
    const noMatch = L['home.noMatch'] ?? L['commands.noMatch'] ?? '';
    if (!input) return;
    this.hidden = false;
    const items = [...document.querySelectorAll<HTMLElement>('[data-command-item], [data-filter-item]')];
    const rowsWith = (terms: Record<string, string>) =>
      new Map<HTMLElement, FilterRow>(items.map((i) => [i, filterRow(`${i.dataset.searchText ?? i.textContent ?? ''} ${terms[i.dataset.terms ?? ''] ?? ''}`, i.dataset.filterTask ?? '')]));
    let rows = rowsWith({});
    let vocabulary = filterVocabulary(rows.values());
    const sections = [...document.querySelectorAll<HTMLElement>('.command-group, [data-filter-group]')];
    // The original order, to put back.
    const order = new Map<Element, number>();
    for (const el of [...items, ...sections]) order.set(el, order.size);
    const reorder = (parent: Element | null, children: Element[], key: (el: Element) => number) => {
      if (!parent) return;
      const sorted = [...children].sort((a, b) => key(b) - key(a) || order.get(a)! - order.get(b)!);
      if (sorted.some((el, i) => el !== children[i])) parent.append(...sorted);
    };
    const apply = () => {
      const query = input.value;
      const scores = new Map<Element, number>();
      let shown = 0;
      for (const item of items) {
        const score = filterScore(rows.get(item)!, query, vocabulary);
        scores.set(item, score);
        item.hidden = score === 0;
        if (score > 0) shown++;
      }
      const best = new Map<Element, number>();
      for (const section of sections) {
        const mine = items.filter((i) => section.contains(i));
        section.hidden = !mine.some((i) => !i.hidden);
        best.set(section, Math.max(0, ...mine.map((i) => scores.get(i) ?? 0)));
        // Within a list: best rows first (stable), or the original order when nothing is typed.
        for (const list of new Set(mine.map((i) => i.parentElement))) {
          const kids = [...(list?.children ?? [])].filter((c) => rows.has(c as HTMLElement));
          reorder(list, kids, query.trim() ? (el) => scores.get(el) ?? 0 : (el) => -order.get(el)!);
        }
      }
      const parent = sections[0]?.parentElement ?? null;
      if (parent && sections.every((s) => s.parentElement === parent)) {
        reorder(parent, [...parent.children].filter((c) => order.has(c)), query.trim() ? (el) => best.get(el) ?? 0 : (el) => -order.get(el)!);
      }
      if (status) status.textContent = shown === 0 ? noMatch : '';
    };
    input.addEventListener('input', apply);
    if (input.value) apply();
    // The cheat sheet's rows also match the words people use for their command's tasks
    // (`data-terms`: the command's slug), fetched now rather than carried by the page (page weight).
    if (items.some((i) => i.dataset.terms)) {
      fetch(cheatsheetTermsHref(toLocale(document.documentElement.lang)))
        .then((r) => (r.ok ? (r.json() as Promise<Record<string, string>>) : Promise.reject(new Error(String(r.status)))))
        .then((terms) => {
          rows = rowsWith(terms);
          vocabulary = filterVocabulary(rows.values());
          if (input.value) apply();
        })
        .catch(() => {
          // Offline: the rows still match their task and command.
        });
    }
  }
}

if (!customElements.get('command-filter')) customElements.define('command-filter', CommandFilter);
