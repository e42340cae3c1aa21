// <site-search>: runs the query from `?q=` (and as you type) against the Pagefind index of the
// page's language, and renders the results in rank order as links inside [data-search-results]
// (DESIGN.md, "Contracts").
import { normalizeSearchQuery } from '../lib/search/normalize-query';
import { bindQueryForm } from './query-form';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
interface Pagefind {
  search: (q: string) => Promise<{ results: PagefindResult[] } | null>;
  options?: (o: Record<string, unknown>) => Promise<void>;
}

const MAX_RESULTS = 20;
let pagefindPromise: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  // Imported through a variable so Vite leaves the path alone: the index exists only after `pagefind` runs on the build.
  const url = '/pagefind/pagefind.js';
  pagefindPromise ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
  return pagefindPromise;
}

function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, k: string) => (k in vars ? String(vars[k]) : whole));
}

class SiteSearch extends HTMLElement {
  #run = 0;

  connectedCallback() {
    const input = this.querySelector('input');
    const form = this.querySelector('form');
    if (!input || !form) return;
    const q = bindQueryForm(form, input, 'q', (value) => void this.search(value), 150);
    const header = document.getElementById('site-search') as HTMLInputElement | null;
    if (header) header.value = q;
  }

  async search(raw: string) {
    const run = ++this.#run;
    const status = this.querySelector('.search-status');
    const list = this.querySelector('[data-search-results]');
    if (!status || !list) return;
    const q = raw.trim();
    if (q === '') {
      list.replaceChildren();
      status.textContent = this.dataset.labelEmpty ?? '';
      return;
    }
    status.textContent = this.dataset.labelLoading ?? '';
    const pagefind = await loadPagefind();
    // Search the words as typed and with Korean particles stripped; keep each page's best score.
    const variants = [...new Set([q, normalizeSearchQuery(q)])].filter(Boolean);
    const found = await Promise.all(variants.map((v) => pagefind.search(v)));
    const best = new Map<string, PagefindResult>();
    for (const r of found.flatMap((f) => f?.results ?? [])) {
      const seen = best.get(r.id);
      if (!seen || r.score > seen.score) best.set(r.id, r);
    }
    const ranked = [...best.values()].sort((a, b) => b.score - a.score).slice(0, MAX_RESULTS);
    const data = await Promise.all(ranked.map((r) => r.data()));
    if (run !== this.#run) return;
    const items = data.map((d) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = d.url;
      a.textContent = d.meta.title ?? d.url;
      const p = document.createElement('p');
      p.className = 'excerpt';
      // Pagefind's excerpt is escaped page text with <mark> around the matches.
      p.innerHTML = d.excerpt;
      li.append(a, p);
      return li;
    });
    list.replaceChildren(...items);
    status.textContent =
      items.length === 0
        ? fill(this.dataset.labelNone ?? '', { q })
        : `${fill(this.dataset.labelResultsFor ?? '', { q })} · ${fill(this.dataset.labelCount ?? '', { count: items.length })}`;
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
