// Shared by the search page and the header's quick search: one result as a person can act on it
// (type label, title, summary, the task that matched, and for commands the first example with a
// copy button, the same markup as src/components/Example.astro's <copy-button>). A flag answer
// (kind `f`) is the option row's link (`docker container run -e, --env`), what it does, and its
// command line with a copy button that copies exactly that line.
import type { SearchHit } from '../lib/search/engine';

export interface ResultLabels {
  kind: Record<'c' | 'g' | 'd' | 'o' | 'f' | 'p', string>;
  task: string;
  copy: string;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

export function renderHit(hit: SearchHit, labels: ResultLabels): HTMLLIElement {
  const { doc } = hit;
  const li = el('li', `search-hit kind-${doc.k}`);
  const head = el('p', 'hit-head');
  head.append(el('span', 'hit-kind', labels.kind[doc.k]), ' ');
  const a = el('a', 'hit-title', doc.k === 'f' && doc.c ? `${doc.c} ${doc.t}` : doc.t);
  a.href = doc.h;
  head.append(a);
  li.append(head);
  if (doc.k === 'f') li.dataset.flagAnswer = '';
  if (doc.k === 'o' && doc.c) {
    // The row's command, linked after the row itself (the first link is the result).
    const cmd = el('a', 'hit-command', doc.c);
    cmd.href = doc.h.split('#')[0] as string;
    head.append(' ', cmd);
  }
  if (doc.s) li.append(el('p', 'hit-summary', doc.s));
  if (hit.task && hit.task !== doc.s) {
    const p = el('p', 'hit-task');
    p.append(el('span', 'hit-task-label', `${labels.task}: `), el('q', undefined, hit.task));
    li.append(p);
  }
  if ((doc.k === 'c' || doc.k === 'f') && doc.e) {
    const fig = el('div', 'hit-example');
    fig.dataset.example = '';
    const code = el('code', undefined, doc.e[0]);
    const pre = el('pre');
    pre.append(code);
    const copy = document.createElement('copy-button');
    copy.dataset.copyText = doc.e[0];
    const button = el('button', undefined, labels.copy);
    button.type = 'button';
    button.setAttribute('aria-label', `${labels.copy}: ${doc.e[0]}`);
    copy.append(button);
    fig.append(pre, copy);
    if (doc.e[1]) fig.prepend(el('span', 'hit-example-title', doc.e[1]));
    li.append(fig);
  }
  return li;
}
