// <site-search>: runs the query from `?q=` (and as you type) against the task index of the page's
// language first (commands, guide sections, Dockerfile instructions, option rows), then
// adds Pagefind's full-text pages below, deduplicated by URL. Results are rendered in rank order as
// links inside [data-search-results] (DESIGN.md, "Contracts"). When nothing matches: the closest
// commands, the commands index, and the explain page for a query that looks like a command line.
import { loadTaskSearch, type SearchHit, type TaskSearch } from '../lib/search/engine';
import { toLocale, type Locale } from '../lib/i18n/locales';
import { islandLabels } from '../lib/i18n/island';
import { fillLabel as fill } from '../lib/i18n/fill-label';
import type { IslandLabels } from '../lib/i18n/island-keys';
import { commandsHref, explainHref, searchIndexHref } from '../lib/routes';
import { normalizeSearchQuery } from '../lib/search/normalize-query';
import { cleanQuery, MAX_QUERY_LENGTH } from '../lib/search/text';
import { el, renderHit, type ResultLabels } from './search-render';
import { bindQueryForm } from './query-form';
// Its results' copy buttons work through src/islands/copy-button.ts, which every page loads (header.ts).

interface PagefindResultData {
  url: string;
  meta: { title?: string };
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
interface Pagefind {
  search: (q: string) => Promise<{ results: PagefindResult[] } | null>;
}

const MAX_TASK_RESULTS = 15;
const MAX_PAGE_RESULTS = 8;
let pagefindPromise: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  // Imported through a variable so Vite leaves the path alone: the index exists only after `pagefind` runs on the build.
  const url = '/pagefind/pagefind.js';
  pagefindPromise ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
  return pagefindPromise;
}

const withoutHash = (href: string) => href.split('#')[0] as string;

class SiteSearch extends HTMLElement {
  #run = 0;
  #tooLong = '';
  #L: IslandLabels<'site-search'> | undefined;

  connectedCallback() {
    const input = this.querySelector('input');
    const form = this.querySelector('form');
    if (!input || !form) return;
    // This page is for searching: fetch the index now, not on the first keystroke.
    void this.#engine().catch(() => undefined);
    const q = bindQueryForm(form, input, 'q', (value) => void this.search(value), 40);
    const header = document.getElementById('site-search') as HTMLInputElement | null;
    if (header) header.value = q;
  }

  get #lang(): Locale {
    return toLocale(this.dataset.lang);
  }

  #engine() {
    return loadTaskSearch(searchIndexHref(this.#lang));
  }

  /** Its words (data-i18n), read once. */
  get #words(): IslandLabels<'site-search'> {
    return (this.#L ??= islandLabels<'site-search'>(this));
  }

  get #labels(): ResultLabels {
    const L = this.#words;
    return {
      kind: { c: L['search.kind.command'], g: L['search.kind.guide'], d: L['search.kind.dockerfile'], o: L['search.kind.option'], f: L['search.kind.option'], p: L['search.kind.page'] },
      task: L['search.task'],
      copy: L['copy.button'],
    };
  }

  async search(raw: string) {
    const run = ++this.#run;
    const status = this.querySelector('.search-status');
    const list = this.querySelector<HTMLElement>('[data-search-results]');
    const none = this.querySelector<HTMLElement>('.search-none');
    if (!status || !list || !none) return;
    // Cut to the shared limit, NFKC, no invisible or bidi controls: what is searched is what is shown.
    const clean = cleanQuery(raw);
    const q = clean.text;
    this.#tooLong = clean.tooLong ? fill(this.#words['search.tooLong'], { length: clean.length, max: MAX_QUERY_LENGTH }) : '';
    this.dataset.state = 'busy';
    none.replaceChildren();
    none.hidden = true;
    if (q === '') {
      list.replaceChildren();
      list.dataset.query = '';
      status.textContent = this.#tooLong || this.#words['search.empty'];
      this.dataset.state = 'done';
      return;
    }
    status.textContent = this.#words['search.loading'];
    let hits: SearchHit[] = [];
    let engine: TaskSearch | null = null;
    try {
      engine = await this.#engine();
      hits = engine.search(q, MAX_TASK_RESULTS);
    } catch {
      // The task index failed to load: Pagefind alone still answers.
    }
    if (run !== this.#run) return;
    const labels = this.#labels;
    list.replaceChildren(...hits.map((h) => renderHit(h, labels)));
    list.dataset.query = q;
    this.#status(status, q, hits.length);

    // Full text below the task results, without the pages already listed.
    let pages: PagefindResultData[] = [];
    try {
      const pagefind = await loadPagefind();
      const variants = [...new Set([q, normalizeSearchQuery(q)])].filter(Boolean);
      const found = await Promise.all(variants.map((v) => pagefind.search(v)));
      const best = new Map<string, PagefindResult>();
      for (const r of found.flatMap((f) => f?.results ?? [])) {
        const seen = best.get(r.id);
        if (!seen || r.score > seen.score) best.set(r.id, r);
      }
      const ranked = [...best.values()].sort((a, b) => b.score - a.score).slice(0, MAX_PAGE_RESULTS * 3);
      // A page already listed (a command, an instruction) or holding a listed guide section is not
      // repeated; an option row does not stand for its whole command page.
      const shown = new Set(hits.filter((h) => h.doc.k !== 'o').map((h) => withoutHash(h.doc.h)));
      pages = (await Promise.all(ranked.map((r) => r.data()))).filter((d) => !shown.has(withoutHash(d.url))).slice(0, MAX_PAGE_RESULTS);
    } catch {
      // No Pagefind index (a dev server): the task results stand alone.
    }
    if (run !== this.#run) return;
    for (const d of pages) {
      const li = el('li', 'search-hit kind-p');
      const head = el('p', 'hit-head');
      const a = el('a', 'hit-title', d.meta.title ?? d.url);
      a.href = d.url;
      head.append(el('span', 'hit-kind', labels.kind.p), ' ', a);
      li.append(head);
      list.append(li);
    }
    const total = hits.length + pages.length;
    this.#status(status, q, total);
    // No task result: say where to go next, even when Pagefind found pages that merely mention the words.
    if (hits.length === 0) this.#noResults(none, q, engine);
    this.dataset.state = 'done';
  }

  #status(status: Element, q: string, count: number) {
    const text =
      count === 0
        ? fill(this.#words['search.none'], { q })
        : `${fill(this.#words['search.resultsFor'], { q })} · ${fill(this.#words['search.count'], { count })}`;
    status.textContent = this.#tooLong ? `${this.#tooLong} ${text}` : text;
  }

  #noResults(box: HTMLElement, q: string, engine: TaskSearch | null) {
    const parts: HTMLElement[] = [];
    const suggestions = engine?.suggest(q) ?? [];
    if (suggestions.length > 0) {
      const p = el('p', 'search-suggest', `${this.#words['search.suggest']} `);
      suggestions.forEach((s, i) => {
        const a = el('a', undefined, s.t);
        a.href = s.h;
        p.append(...(i > 0 ? [', ', a] : [a]));
      });
      parts.push(p);
    }
    const ul = el('ul', 'search-onward');
    if (q.length >= 2) {
      const a = el('a', undefined, this.#words['search.explain']);
      a.href = explainHref(this.#lang, q);
      const li = el('li');
      li.append(a);
      ul.append(li);
    }
    const browse = el('a', undefined, this.#words['search.browse']);
    browse.href = commandsHref(this.#lang);
    const li = el('li');
    li.append(browse);
    ul.append(li);
    parts.push(ul);
    box.replaceChildren(...parts);
    box.hidden = false;
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
