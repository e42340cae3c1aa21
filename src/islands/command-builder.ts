// <command-builder data-builder>: the command builder on a command page, inside a fold
// (CommandBuilder.astro) the reader opens. Once open it loads this command's spec slice, the spec
// index (spec-store.ts) and its UI strings and release facts (/{lang}/builder.json), draws the form
// (the usage line's arguments, the catalog's common options, the others as a searchable list, the
// releases in the release picker) and rebuilds the preview ([data-builder-output]) on every change,
// checked by the same validator as the explain page. The copy button copies exactly the preview.
import type { Diagnostic } from '../lib/command/diagnostic';
import { parseCommandLine } from '../lib/command/parse';
import { validateLine } from '../lib/command/validate';
import { say } from '../lib/i18n/messages';
import { builderArgs, builderFields, buildCommand, type BuilderArg, type BuilderField, type BuilderState, type FieldKind } from '../lib/explain/builder';
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
import css from './command-builder.css?inline';
import { islandLabels } from '../lib/i18n/island';
import { fillLabel } from '../lib/i18n/fill-label';

type Labels = BuilderData['labels'];

/** The markup of one option. */
function fieldElement(f: BuilderField, description: string, english: boolean, hint: string | null, L: Labels): HTMLElement {
  const id = `b-${f.long}`;
  const descId = `${id}-desc`;
  const box = el('div', { class: 'b-field', 'data-flag': f.long, 'data-kind': f.kind, ...(f.short ? { 'data-short': f.short } : {}) });
  if (f.kind === 'bool') {
    box.append(el('label', { class: 'b-toggle' }, el('input', { type: 'checkbox', id, 'aria-describedby': descId }), ' ', el('code', {}, f.label)));
  } else {
    // The type's name in the page's language where it has one (as the pages show it: src/components/commands/value-type.ts).
    const t = f.valueType ?? '';
    // Only the types with a name in the UI strings (LABELLED_VALUE_TYPES) have one here.
    const named: string | undefined = (L as Readonly<Record<string, string>>)[`valueType.${t}`];
    box.append(el('label', { for: id }, el('code', {}, f.label), ' ', named ? el('span', { class: 'b-type', 'data-type': t, title: t }, named) : el('code', { class: 'b-type', 'data-type': t }, t)));
  }
  box.append(el('span', { class: 'b-desc', id: descId, ...(english ? { lang: 'en' } : {}) }, ...withCode(description), ...(hint ? [el('span', { class: 'b-hint' }, ` (${hint})`)] : [])));
  if (f.kind !== 'bool') {
    const input = el('input', { type: 'text', id, 'aria-describedby': descId, spellcheck: 'false', autocomplete: 'off', autocapitalize: 'off' });
    if (f.hint === 'number') input.inputMode = 'numeric';
    else if (f.hint === 'decimal') input.inputMode = 'decimal';
    box.append(el('div', { class: 'b-values' }, input));
  }
  if (f.kind === 'list') box.append(el('button', { type: 'button', class: 'b-add', 'data-add': '' }, L['builder.add']));
  return box;
}

class CommandBuilder extends HTMLElement {
  private store: SpecStore | null = null;
  private facts: ReleaseFacts | null = null;
  private L: Labels | null = null;
  private locale: Locale = 'ko';
  private frame = 0;

  connectedCallback() {
    this.locale = toLocale(this.dataset.lang);
    const fold = this.closest('details');
    if (!fold || fold.open) this.start();
    else fold.addEventListener('toggle', () => fold.open && this.start());
  }

  private started = false;

  /** Fetches what the form needs and draws it (once). */
  private start() {
    if (this.started) return;
    this.started = true;
    if (!document.querySelector('style[data-builder-css]')) document.head.append(el('style', { 'data-builder-css': '' }, css));
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
        this.draw(slice, data.facts.lines.at(-1) ?? '');
        this.picker(data.facts.lines);
        this.store = new SpecStore(index, this.locale);
        this.store.add(slice);
        this.update();
        // Offline once loaded: a service worker keeps the page, its scripts and the spec slices (public/sw.js).
        keepOffline(this.locale);
      })
      .catch(() => {
        this.started = false;
        const status = this.querySelector('[role="status"]');
        if (status) status.textContent = islandLabels<'command-builder'>(this)['explain.loadFailed'];
      });
  }

  /** The form: arguments, the common options, the rest in a searchable fold, the preview, the release picker, the verdict and the actions. */
  private draw(slice: SpecSlice, newest: string) {
    const L = this.L!;
    const english = new Set(slice.english);
    const hint = (f: BuilderField) => (f.hint ? L[`builder.hint.${f.hint}`] : null);
    const field = (f: BuilderField) => fieldElement(f, f.description, english.has(f.long), hint(f), L);
    const fields = builderFields(slice.spec, slice.common);
    const args = builderArgs(slice.spec);
    const path = ['docker', ...slice.spec.canonicalPath].join(' ');
    const text = { type: 'text', spellcheck: 'false', autocomplete: 'off', autocapitalize: 'off' };
    const form = el('div', { class: 'b-form' });
    if (args.length > 0) {
      form.append(
        el(
          'fieldset',
          { class: 'b-args' },
          el('legend', {}, L['builder.args']),
          ...args.map((a, i) => {
            const notes = [a.optional ? L['builder.optional'] : null, a.repeated ? L['builder.several'] : null].filter(Boolean).join(', ');
            const input = el('input', { ...text, id: `b-arg-${i}`, 'data-arg': a.name, ...(a.optional ? { 'data-optional': '' } : {}), ...(a.repeated ? { 'data-repeated': '' } : {}) });
            return el('div', { class: 'b-field' }, el('label', { for: `b-arg-${i}` }, el('code', {}, a.name), ...(notes ? [el('span', { class: 'b-type' }, ` (${notes})`)] : [])), input);
          }),
        ),
      );
    }
    if (fields.common.length > 0) form.append(el('fieldset', { class: 'b-common' }, el('legend', {}, L['builder.common']), ...fields.common.map(field)));
    const rest = fields.rest;
    if (rest.length > 0) {
      form.append(
        el(
          'details',
          { class: 'b-more' },
          el('summary', {}, fillLabel(L['builder.more'], { count: rest.length })),
          el('label', { for: 'b-search', class: 'b-search-label' }, L['builder.search']),
          el('input', { type: 'search', id: 'b-search', 'data-builder-search': '', autocomplete: 'off' }),
          el('div', { 'data-builder-rest': '' }, ...rest.map(field)),
        ),
      );
    }
    form.append(
      el('p', { class: 'b-preview-label', id: 'b-preview-label' }, L['builder.preview']),
      el('pre', { class: 'b-preview' }, el('code', { 'data-builder-output': '' }, path)),
      el('p', { class: 'b-release' }, el('label', { for: 'b-release' }, L['explain.release']), ' ', el('select', { id: 'b-release', 'data-release-picker': '' }, el('option', { value: newest, selected: '' }, fillLabel(L['explain.releaseNewest'], { release: newest })))),
      el('p', { class: 'b-verdict', role: 'status', 'aria-live': 'polite', 'data-builder-verdict': '' }, L['builder.loading']),
      el('div', { class: 'b-actions' }, el('button', { type: 'button', 'data-builder-copy': '' }, L['builder.copy']), el('a', { 'data-builder-explain': '', href: explainHref(this.locale, path) }, L['builder.explain'])),
    );
    this.replaceChildren(form);
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
      const next = el('input', { ...text, 'aria-label': `${first.closest('.b-field')?.querySelector('label code')?.textContent ?? ''} (${n})` });
      values.append(next);
      next.focus();
    });
    this.querySelector('[data-builder-copy]')?.addEventListener('click', async () => {
      const line = this.output().textContent ?? '';
      const verdict = this.querySelector<HTMLElement>('[data-builder-verdict]');
      try {
        await writeClipboard(line);
        if (verdict) verdict.dataset.copied = 'true';
        this.status(this.L?.['copy.done'] ?? '');
      } catch {
        this.status(this.L?.['copy.failed'] ?? '');
      }
    });
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
    v.replaceChildren(text, ...(diagnostic ? [' ', el('span', { 'data-code': diagnostic.code, 'data-severity': diagnostic.severity }, ...withCode(say(diagnostic.message, this.locale)))] : []));
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
    if (L) this.status(!r.valid ? L['explain.invalid'] : first ? L['explain.warnings'] : L['explain.valid'], r.valid, first);
    const link = this.querySelector<HTMLAnchorElement>('[data-builder-explain]');
    // Secret values (-e, --env, --password, ...) stay out of the link.
    if (link) link.href = explainHref(this.locale, redactSecrets(line, parseCommandLine(ctx, line, () => {})));
  }
}

if (!customElements.get('command-builder')) customElements.define('command-builder', CommandBuilder);
