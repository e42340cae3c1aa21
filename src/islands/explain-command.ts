// <explain-command>: validates the command line from `?cmd=` (and as you type) with the same
// validator the build uses, and renders each diagnostic as a child of [data-diagnostics] with
// data-severity and data-code (DESIGN.md, "Contracts"), plus a breakdown of the line's parts.
import { validateCommandLine } from '../lib/command/index';
import { escapeForTerminal } from '../lib/command/render-verdict';
import { explainParts } from '../lib/explain/explain-parts';
import { bindQueryForm } from './query-form';

type Labels = Record<string, string>;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Array<Node | string>) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

class ExplainCommand extends HTMLElement {
  connectedCallback() {
    const input = this.querySelector('textarea');
    const form = this.querySelector('form');
    if (!input || !form) return;
    bindQueryForm(form, input, 'cmd', (value) => this.render(value));
  }

  render(line: string) {
    const lang = this.dataset.lang === 'en' ? 'en' : 'ko';
    const L = JSON.parse(this.dataset.labels ?? '{}') as Labels;
    const verdict = this.querySelector<HTMLElement>('[data-verdict]')!;
    const list = this.querySelector<HTMLElement>('[data-diagnostics]')!;
    const partsBox = this.querySelector<HTMLElement>('[data-parts]')!;
    const partsList = this.querySelector<HTMLElement>('[data-parts-list]')!;
    if (line.trim() === '') {
      verdict.textContent = L.empty ?? '';
      delete verdict.dataset.valid;
      list.replaceChildren();
      partsBox.hidden = true;
      return;
    }
    let result: ReturnType<typeof validateCommandLine>;
    try {
      result = validateCommandLine(line);
    } catch {
      // Never leave the previous verdict standing (issue 12).
      verdict.dataset.valid = 'false';
      verdict.textContent = L.invalid ?? '';
      list.replaceChildren();
      partsBox.hidden = true;
      return;
    }
    const hasWarnings = result.diagnostics.some((d) => d.severity === 'warning');
    verdict.dataset.valid = String(result.valid);
    verdict.dataset.checked = String(result.checked);
    verdict.textContent = !result.checked ? L.notChecked! : !result.valid ? L.invalid! : hasWarnings ? L.warnings! : L.valid!;
    // Control and bidi characters shown as escapes, so pasted text cannot reorder the page's words.
    const shown = escapeForTerminal;

    list.replaceChildren(
      ...result.diagnostics.map((d) => {
        const before = line.slice(0, d.start);
        const span = line.slice(d.start, Math.max(d.end, d.start + 1));
        const after = line.slice(Math.max(d.end, d.start + 1));
        const item = el(
          'li',
          { 'data-severity': d.severity, 'data-code': d.code },
          el('strong', {}, `${d.severity === 'error' ? L.error : L.warning}: `),
          el('bdi', {}, shown(d.message[lang])),
          ' ',
          el('span', { class: 'code' }, `[${d.code}]`),
          el('div', { class: 'line', dir: 'ltr' }, shown(before), el('mark', {}, shown(span)), shown(after)),
        );
        if (d.suggestion) {
          const use = el('button', { type: 'button' }, L.useFix ?? '');
          use.addEventListener('click', () => {
            const input = this.querySelector('textarea')!;
            input.value = d.suggestion!;
            input.dispatchEvent(new Event('input'));
            input.focus();
          });
          item.append(el('div', { class: 'fix' }, `${L.fix}: `, el('code', {}, d.suggestion), ' ', use));
        }
        return item;
      }),
    );

    const parts = explainParts(result, lang);
    partsBox.hidden = parts.length === 0;
    partsList.replaceChildren(
      ...parts.flatMap((p) => {
        const kind = p.kind === 'command' ? L.command : p.kind === 'flag' ? L.flag : p.kind === 'argument' ? L.argument : L.notChecked;
        const term = el('dt', {}, el('span', { class: 'kind' }, kind ?? ''), p.value !== undefined ? `${p.text} ${p.value}` : p.text);
        let detail: HTMLElement;
        if (p.kind === 'command' && p.href) {
          detail = el('dd', {}, el('a', { href: p.href }, `docker ${p.command}`));
        } else if (p.kind === 'flag' && p.href) {
          const link = el('a', { href: p.href }, `--${p.flag}`);
          const desc = el('span', lang === 'en' ? {} : { lang: 'en' }, p.description ?? '');
          detail = el('dd', {}, link, ': ', desc);
        } else {
          detail = el('dd', {}, p.kind === 'unchecked' ? (L.notChecked ?? '') : '');
        }
        return [term, detail];
      }),
    );
  }
}

if (!customElements.get('explain-command')) customElements.define('explain-command', ExplainCommand);
