// <command-builder data-builder>: the command builder on a command page. It loads this
// command's spec slice, the spec index (spec-store.ts) and its UI strings and release facts
// (/{lang}/builder.json), adds the options the page did not render as a searchable list and the
// older releases to the release picker, and rebuilds the preview ([data-builder-output]) on every change,
// checked by the same validator as the explain page. The copy button copies exactly the preview.
import type { Diagnostic } from '../lib/command/diagnostic';
import { parseCommandLine } from '../lib/command/parse';
import { validateLine } from '../lib/command/validate';
import { builderField, buildCommand, type BuilderArg, type BuilderField, type BuilderState, type FieldKind } from '../lib/explain/builder';
import { redactSecrets } from '../lib/explain/share';
import type { SpecSlice } from '../lib/explain/spec-slices';
import { toLocale, type Locale } from '../lib/i18n/locales';
import { builderDataHref, explainHref, specSliceHref } from '../lib/routes';
import { writeClipboard } from './clipboard';
import { keepOffline } from './offline';
import { el, withCode } from './dom';
import { loadSpecIndex, SpecStore } from './spec-store';
import { factsFromCompact, judgeWithFacts, type ReleaseFacts } from '../lib/releases/gate-core';
import type { BuilderData } from '../pages/[lang]/builder.json';
import { readRelease, saveRelease } from './release-state';

type Labels = Record<string, string>;

/** The markup of one option (the same as src/components/commands/BuilderField.astro). */
function fieldElement(f: BuilderField, description: string, english: boolean, hint: string | null, L: Labels): HTMLElement {
  const id = `b-${f.long}`;
  const descId = `${id}-desc`;
  const box = el('div', { class: 'b-field', 'data-flag': f.long, 'data-kind': f.kind, ...(f.short ? { 'data-short': f.short } : {}) });
  if (f.kind === 'bool') {
    box.append(el('label', { class: 'b-toggle' }, el('input', { type: 'checkbox', id, 'aria-describedby': descId }), ' ', el('code', {}, f.label)));
  } else {
    // The type's name in the page's language where it has one (as ValueType.astro shows it).
    const t = f.valueType ?? '';
    const named = L[`type.${t}`];
    box.append(el('label', { for: id }, el('code', {}, f.label), ' ', named ? el('span', { class: 'b-type', 'data-type': t, title: t }, named) : el('code', { class: 'b-type', 'data-type': t }, t)));
  }
  box.append(el('span', { class: 'b-desc', id: descId, ...(english ? { lang: 'en' } : {}) }, ...withCode(description), ...(hint ? [el('span', { class: 'b-hint' }, ` (${hint})`)] : [])));
  if (f.kind !== 'bool') {
    const input = el('input', { type: 'text', id, 'aria-describedby': descId, spellcheck: 'false', autocomplete: 'off', autocapitalize: 'off' });
    if (f.hint === 'number') input.inputMode = 'numeric';
    box.append(el('div', { class: 'b-values' }, input));
  }
  if (f.kind === 'list') box.append(el('button', { type: 'button', class: 'b-add', 'data-add': '' }, L.add ?? '+'));
  return box;
}

class CommandBuilder extends HTMLElement {
  private store: SpecStore | null = null;
  private facts: ReleaseFacts | null = null;
  private L: Labels = {};
  private locale: Locale = 'ko';
  private frame = 0;

  connectedCallback() {
    this.locale = toLocale(this.dataset.lang);
    // A group of controls, not a <form>: nothing is submitted, the preview updates as you type.
    const form = this.querySelector<HTMLElement>('.b-form');
    if (!form) return;
    form.addEventListener('input', (e) => {
      if ((e.target as HTMLElement).matches('[data-builder-search]')) this.filter();
      else this.schedule();
    });
    form.addEventListener('change', () => this.schedule());
    form.addEventListener('click', (e) => {
      const add = (e.target as HTMLElement).closest<HTMLElement>('[data-add]');
      if (!add) return;
      const values = add.parentElement?.querySelector('.b-values');
      const first = values?.querySelector('input');
      if (!values || !first) return;
      const n = values.querySelectorAll('input').length + 1;
      const next = el('input', { type: 'text', spellcheck: 'false', autocomplete: 'off', autocapitalize: 'off', 'aria-label': `${first.closest('.b-field')?.querySelector('label code')?.textContent ?? ''} (${n})` });
      values.append(next);
      next.focus();
    });
    this.querySelector('[data-builder-copy]')?.addEventListener('click', async () => {
      const text = this.output().textContent ?? '';
      const verdict = this.querySelector<HTMLElement>('[data-builder-verdict]');
      try {
        await writeClipboard(text);
        if (verdict) verdict.dataset.copied = 'true';
        this.status(this.L.copied ?? '');
      } catch {
        this.status(this.L.copyFailed ?? '');
      }
    });
    const slug = this.dataset.slug ?? '';
    const json = <T>(url: string) =>
      fetch(url).then((r) => {
        if (!r.ok) throw new Error(`${url}: ${r.status}`);
        return r.json() as Promise<T>;
      });
    Promise.all([loadSpecIndex(document, this.locale), json<SpecSlice>(specSliceHref(this.locale, slug)), json<BuilderData>(builderDataHref(this.locale))])
      .then(([index, slice, data]) => {
        this.L = data.labels;
        // This command's release facts only.
        const c = data.facts.c[slug];
        this.facts = factsFromCompact({ lines: data.facts.lines, c: c ? { [slug]: c } : {} });
        this.picker(data.facts.lines);
        this.store = new SpecStore(index, this.locale);
        this.store.add(slice);
        this.addRest(slice);
        this.update();
        // Offline once loaded: a service worker keeps the page, its scripts and the spec slices (public/sw.js).
        keepOffline(this.locale);
      })
      .catch(() => this.status(this.dataset.loadFailed ?? ''));
  }

  /** The release picker (the newest release is in the page): the older releases, and the one remembered (shared with the explain page). */
  private picker(lines: readonly string[]) {
    const picker = this.querySelector<HTMLSelectElement>('[data-release-picker]');
    if (!picker) return;
    const have = new Set([...picker.options].map((o) => o.value));
    for (const l of [...lines].reverse()) if (!have.has(l)) picker.append(el('option', { value: l }, l));
    const saved = readRelease();
    if (saved && [...picker.options].some((o) => o.value === saved)) picker.value = saved;
    picker.addEventListener('change', () => {
      saveRelease(picker.value);
      this.update();
    });
  }

  private output(): HTMLElement {
    return this.querySelector('[data-builder-output]') as HTMLElement;
  }

  private status(text: string, valid?: boolean, diagnostic?: Diagnostic) {
    const v = this.querySelector<HTMLElement>('[data-builder-verdict]');
    if (!v) return;
    if (valid === undefined) delete v.dataset.valid;
    else v.dataset.valid = String(valid);
    v.replaceChildren(text, ...(diagnostic ? [' ', el('span', { 'data-code': diagnostic.code, 'data-severity': diagnostic.severity }, ...withCode(diagnostic.message[this.locale]))] : []));
  }

  /** The options the page did not render, from the slice, in the help's order. */
  private addRest(slice: SpecSlice) {
    const box = this.querySelector('[data-builder-rest]');
    if (!box) return;
    const shown = new Set([...this.querySelectorAll<HTMLElement>('[data-flag]')].map((e) => e.dataset.flag));
    const english = new Set(slice.english);
    const rows = slice.spec.options
      .filter((o) => o.long !== 'help' && !o.deprecated && !shown.has(o.long))
      .map((o) => {
        const f = builderField(o);
        return fieldElement(f, o.description, english.has(o.long), f.hint ? (this.L[`hint.${f.hint}`] ?? null) : null, this.L);
      });
    box.replaceChildren(...rows);
  }

  private filter() {
    const q = (this.querySelector<HTMLInputElement>('[data-builder-search]')?.value ?? '').trim().toLowerCase();
    for (const row of this.querySelectorAll<HTMLElement>('[data-builder-rest] .b-field')) row.hidden = q !== '' && !(row.textContent ?? '').toLowerCase().includes(q);
  }

  private schedule() {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.update();
    });
  }

  private state(): BuilderState {
    const flags: BuilderState['flags'] = [];
    for (const box of this.querySelectorAll<HTMLElement>('[data-flag]')) {
      const field = { long: box.dataset.flag ?? '', short: box.dataset.short ?? null, kind: (box.dataset.kind ?? 'value') as FieldKind };
      if (field.kind === 'bool') flags.push({ field, on: box.querySelector<HTMLInputElement>('input[type="checkbox"]')?.checked ?? false });
      else flags.push({ field, values: [...box.querySelectorAll<HTMLInputElement>('.b-values input')].map((i) => i.value) });
    }
    const args = [...this.querySelectorAll<HTMLInputElement>('[data-arg]')].map((i) => ({ arg: { name: i.dataset.arg ?? '', optional: i.dataset.optional !== undefined, repeated: i.dataset.repeated !== undefined } satisfies BuilderArg, text: i.value }));
    return { flags, args };
  }

  private update() {
    const store = this.store;
    if (!store) return;
    const line = buildCommand((this.dataset.path ?? '').split(' ').filter(Boolean), this.state());
    this.output().textContent = line;
    const ctx = store.context();
    const release = this.querySelector<HTMLSelectElement>('[data-release-picker]')?.value;
    const checked = validateLine(ctx, line);
    const r = release && this.facts ? judgeWithFacts(this.facts, checked, release) : checked;
    const first = r.diagnostics.find((d) => d.severity === 'error') ?? r.diagnostics.find((d) => d.severity === 'warning');
    const L = this.L;
    this.status(!r.valid ? L.invalid! : first ? L.warnings! : L.valid!, r.valid, first);
    const link = this.querySelector<HTMLAnchorElement>('[data-builder-explain]');
    // Secret values (-e, --env, --password, ...) stay out of the link.
    if (link) link.href = explainHref(this.locale, redactSecrets(line, parseCommandLine(ctx, line, () => {})));
  }
}

if (!customElements.get('command-builder')) customElements.define('command-builder', CommandBuilder);
