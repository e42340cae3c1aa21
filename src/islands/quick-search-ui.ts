// The header's search box at work, loaded by ./quick-search.ts on the first focus or
// keystroke: results appear as you type in a listbox (ARIA combobox pattern); up/down move, Enter
// opens the highlighted result (or, with none highlighted, submits the form to the search page),
// Escape closes. The index and MiniSearch load when this attaches.
import type { TaskSearch } from '../lib/search/engine';
import { toLocale, type Locale } from '../lib/i18n/locales';
import { islandLabels } from '../lib/i18n/island';
import { fillLabel } from '../lib/i18n/fill-label';
import { searchIndexHref } from '../lib/routes';
import { cleanQuery, MAX_QUERY_LENGTH } from '../lib/search/text';
import listCss from '../styles/quick-results.css?inline';

const MAX = 8;
const DEBOUNCE_MS = 40;

let engine: Promise<TaskSearch> | undefined;
function loadEngine(lang: Locale): Promise<TaskSearch> {
  engine ??= import('../lib/search/engine').then((m) => m.loadTaskSearch(searchIndexHref(lang)));
  engine.catch(() => (engine = undefined));
  return engine;
}

/** Makes the `<quick-search>` element `host` work (once); searches for what is already typed in it. */
export function attach(host: HTMLElement): void {
  if (host.dataset.ready) return;
  host.dataset.ready = 'true';
  new QuickSearch(host).connect();
}

class QuickSearch {
  #run = 0;
  #active = -1;
  #hrefs: string[] = [];
  #timer: number | undefined;

  constructor(readonly host: HTMLElement) {}

  connect() {
    const input = this.host.querySelector('input');
    const list = this.host.querySelector<HTMLElement>('[role="listbox"]');
    if (!input || !list) return;
    const lang: Locale = toLocale(this.host.dataset.lang);
    void loadEngine(lang).catch(() => undefined);
    const run = () => {
      window.clearTimeout(this.#timer);
      const q = input.value;
      this.#timer = window.setTimeout(() => void this.#search(q, lang, input, list), DEBOUNCE_MS);
    };
    input.addEventListener('input', run);
    if (input.value.trim() && document.activeElement === input) run();
    input.addEventListener('keydown', (e) => {
      const open = !list.hidden && this.#hrefs.length > 0;
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        if (!open) return;
        e.preventDefault();
        const n = this.#hrefs.length;
        this.#highlight(input, list, e.key === 'ArrowDown' ? (this.#active + 1) % n : (this.#active - 1 + n) % n);
      } else if (e.key === 'Enter' && open && this.#active >= 0) {
        e.preventDefault();
        location.assign(this.#hrefs[this.#active]!);
      } else if (e.key === 'Escape') {
        // Also when the list is not showing yet: the search the last keystroke started is dropped.
        if (open) e.preventDefault();
        this.#close(input, list);
      }
    });
    input.addEventListener('blur', () => window.setTimeout(() => this.#close(input, list), 150));
    // A click on an option opens it; mousedown would otherwise blur the input and close the list first.
    list.addEventListener('mousedown', (e) => e.preventDefault());
    list.addEventListener('click', (e) => {
      const li = (e.target as HTMLElement).closest<HTMLElement>('[role="option"]');
      if (li?.dataset.href) location.assign(li.dataset.href);
    });
  }

  async #search(raw: string, lang: Locale, input: HTMLInputElement, list: HTMLElement) {
    const run = ++this.#run;
    // The shared limit and clean-up (src/lib/search/text.ts): a pasted 100k characters costs nothing.
    const clean = cleanQuery(raw);
    const q = clean.text;
    if (!q) {
      this.#close(input, list);
      return;
    }
    let search: TaskSearch;
    try {
      search = await loadEngine(lang);
    } catch {
      return; // the form still submits to the search page
    }
    if (run !== this.#run) return; // a newer keystroke wins
    let hits = search.search(q, MAX);
    // Never nothing for two characters or more: the closest commands by name.
    if (hits.length === 0 && q.length >= 2) hits = search.suggest(q, 3).map((doc) => ({ doc, score: 0 }));
    const L = islandLabels<'quick-search'>(this.host);
    const kinds: Record<string, string> = { c: L['search.kind.command'], g: L['search.kind.guide'], d: L['search.kind.dockerfile'], o: L['search.kind.option'], f: L['search.kind.option'] };
    this.#hrefs = hits.map((h) => h.doc.h);
    list.replaceChildren(
      ...hits.map((h, i) => {
        const li = document.createElement('li');
        li.id = `${list.id}-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.dataset.href = h.doc.h;
        const kind = document.createElement('span');
        kind.className = 'qs-kind';
        kind.textContent = kinds[h.doc.k] ?? '';
        const title = document.createElement('span');
        title.className = 'qs-title';
        title.textContent = h.doc.k === 'o' || h.doc.k === 'f' ? `${h.doc.c} ${h.doc.t}` : h.doc.t;
        const sub = document.createElement('span');
        sub.className = 'qs-sub';
        sub.textContent = h.task ?? h.doc.s;
        li.append(kind, ' ', title, ' ', sub);
        if (h.doc.k === 'f' && h.doc.e) {
          // A flag answer shows the command line it answers with.
          const code = document.createElement('code');
          code.className = 'qs-cmd';
          code.textContent = h.doc.e[0];
          li.append(' ', code);
        }
        return li;
      }),
    );
    list.dataset.query = q;
    this.#active = -1;
    input.removeAttribute('aria-activedescendant');
    const open = hits.length > 0;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    const status = this.host.querySelector('[role="status"]');
    const tooLong = clean.tooLong ? fillLabel(L['search.tooLong'], { length: clean.length, max: MAX_QUERY_LENGTH }) : '';
    if (status) status.textContent = [tooLong, open ? fillLabel(L['search.quickCount'], { count: hits.length }) : ''].filter(Boolean).join(' ');
  }

  #highlight(input: HTMLInputElement, list: HTMLElement, i: number) {
    this.#active = i;
    list.querySelectorAll('[role="option"]').forEach((li, k) => li.setAttribute('aria-selected', String(k === i)));
    const li = list.children[i] as HTMLElement | undefined;
    if (li) {
      input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({ block: 'nearest' });
    }
  }

  #close(input: HTMLInputElement, list: HTMLElement) {
    // A search still waiting out the typing pause, or running, must not open the list again after
    // Escape (a fast typist's last keystroke and Escape can both fall inside one pause).
    window.clearTimeout(this.#timer);
    this.#run++;
    list.hidden = true;
    this.#active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }
}

// Loaded by the header's loader (./quick-search.ts): bring the result list's styles, then take over
// every quick search on the page.
const style = document.createElement('style');
style.textContent = listCss;
document.head.append(style);
for (const host of document.querySelectorAll<HTMLElement>('quick-search')) attach(host);
