// <explain-command>: checks the command lines typed (or given by `?cmd=`) with the same validator
// the build uses and explains every token. Diagnostics are children of
// [data-diagnostics] with data-severity and data-code (DESIGN.md, "Contracts"). It loads the spec
// index (fetched with the validator, on the first focus or `?cmd=`) and then only the slices of the
// commands typed (spec-store.ts).
// Everything typed is shown as text, never parsed as HTML; the URL changes only on submit or share,
// and a shared link hides the values of -e/--env/--password/--secret/--build-arg unless asked.
import type { Diagnostic } from '../lib/command/diagnostic';
import type { Message } from '../lib/i18n/messages';
import type { ExplainPart, ExplainSegment } from '../lib/explain/explain-parts';
import { toLocale, type Locale } from '../lib/i18n/locales';
import { spanWindow } from '../lib/explain/window';
import { explainHref } from '../lib/routes';
import { writeClipboard } from './clipboard';
import { keepOffline } from './offline';
import { el, withCode } from './dom';
import type { CheckedLine, ExplainEngine } from './explain-engine';
import { readRelease, saveRelease } from './release-state';
import { islandLabels } from '../lib/i18n/island';
import { fillLabel as fill } from '../lib/i18n/fill-label';
import type { IslandLabels } from '../lib/i18n/island-keys';

type Labels = IslandLabels<'explain-command'>;

/** Longer input is refused with a message (a 100 KB paste must not freeze the page); the validator's line limit. */
const MAX_INPUT = 65_536;
/** Commands explained at most; the rest are named as not shown. */
const MAX_LINES = 50;
/** Diagnostics and parts drawn at most (a pasted wall of flags stays quick to draw); the rest are counted. */
const MAX_SHOWN = 200;

type LineResult = CheckedLine;

/** Control characters shown escaped (render-verdict.ts); set with the validator chunk, which carries it (and the messages render-verdict pulls in), before anything is drawn. */
let escapeForTerminal: (s: string) => string = (s) => s;
/** A diagnostic's words from its message key and values (i18n/messages.ts), set with the validator chunk, which carries the message files. */
let say: (m: Message, lang: Locale) => string = (m) => m.key;

class ExplainCommand extends HTMLElement {
  private engine: ExplainEngine | null = null;
  private loading: Promise<ExplainEngine> | null = null;
  private L!: Labels;
  private locale: Locale = 'ko';
  private seq = 0;
  private frame = 0;
  private input!: HTMLTextAreaElement;
  private picker: HTMLSelectElement | null = null;

  connectedCallback() {
    const input = this.querySelector('textarea');
    const form = this.querySelector('form');
    if (!input || !form) return;
    this.input = input;
    this.locale = toLocale(this.dataset.lang);
    this.L = islandLabels<'explain-command'>(this);
    input.value = new URLSearchParams(location.search).get('cmd') ?? '';
    // The release picker: remembered across pages and visits (the builder reads it too).
    this.picker = this.querySelector<HTMLSelectElement>('[data-release-picker]');
    if (this.picker) {
      const saved = readRelease();
      if (saved && [...this.picker.options].some((o) => o.value === saved)) this.picker.value = saved;
      this.picker.addEventListener('change', () => {
        saveRelease(this.picker!.value);
        this.run();
      });
    }
    input.addEventListener('input', () => this.schedule());
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.updateUrl();
      this.run();
    });
    const share = this.querySelector<HTMLButtonElement>('[data-share]');
    const shareStatus = this.querySelector<HTMLElement>('[data-share-status]');
    if (share) {
      share.hidden = false;
      share.addEventListener('click', async () => {
        let msg = this.L['explain.shareDone'];
        try {
          await writeClipboard(await this.updateUrl());
        } catch {
          msg = this.L['explain.shareFailed'];
        }
        if (shareStatus) shareStatus.textContent = msg;
      });
    }
    const secrets = this.querySelector<HTMLElement>('[data-share-secrets]');
    if (secrets) secrets.hidden = false;
    // The validator loads with the first thing to check (or at once for `?cmd=`).
    input.addEventListener('focus', () => void this.start(), { once: true });
    this.run();
  }

  /** Loads the validator chunk, the spec index and the release facts once. */
  private start(): Promise<ExplainEngine> {
    this.loading ??= import('./explain-engine')
      .then((m) => {
        escapeForTerminal = m.escapeForTerminal;
        say = m.say;
        return m.createEngine(this, this.locale, this.dataset.releaseFacts);
      })
      .then((engine) => {
        this.engine = engine;
        // Offline once loaded: a service worker keeps the page, its scripts and the spec slices (public/sw.js).
        keepOffline(this.locale);
        return engine;
      });
    this.loading.catch(() => (this.loading = null));
    return this.loading;
  }

  /** Coalesces keystrokes into one check per frame. */
  private schedule() {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.run();
    });
  }

  /** Puts the command in the address bar (secret values hidden unless asked) and returns the link. */
  private async updateUrl(): Promise<string> {
    const text = this.input.value;
    const keep = this.querySelector<HTMLInputElement>('[data-share-secrets] input')?.checked ?? false;
    let shared = text;
    if (!keep) {
      // The validator knows which words are values of -e and the like; before it has loaded (or
      // offline, when it cannot), every value after such a flag is hidden.
      const engine = this.engine ?? (await this.start().catch(() => null));
      shared = engine ? engine.shareText(text, false) : ((await import('./explain-engine').catch(() => null))?.hideAfterSecretFlags(text) ?? '');
    }
    const url = new URL(explainHref(this.locale, shared || null), location.href);
    history.replaceState(null, '', url);
    return url.href;
  }

  private q<T extends HTMLElement>(sel: string): T {
    return this.querySelector<T>(sel) as T;
  }

  private showVerdict(valid: string | null, text: string, checked?: string) {
    const verdict = this.q<HTMLElement>('[data-verdict]');
    if (valid === null) delete verdict.dataset.valid;
    else verdict.dataset.valid = valid;
    if (checked === undefined) delete verdict.dataset.checked;
    else verdict.dataset.checked = checked;
    verdict.textContent = text;
  }

  private clear() {
    this.q<HTMLElement>('[data-diagnostics]').replaceChildren();
    this.q<HTMLElement>('[data-parts]').hidden = true;
    this.q<HTMLElement>('[data-parts-list]').replaceChildren();
  }

  run() {
    const L = this.L;
    const text = this.input.value;
    const seq = ++this.seq;
    if (text.trim() === '') {
      this.showVerdict(null, L['explain.empty']);
      this.clear();
      return;
    }
    if (text.length > MAX_INPUT) {
      this.showVerdict('false', fill(L['explain.tooLong'], { length: text.length, max: MAX_INPUT }), 'false');
      this.clear();
      return;
    }
    const engine = this.engine;
    if (!engine) {
      this.showVerdict(null, L['explain.loading']);
      this.start().then(
        () => seq === this.seq && this.run(),
        () => seq === this.seq && this.showVerdict('false', L['explain.loadFailed']),
      );
      return;
    }
    const need = engine.needs(text, MAX_LINES);
    if (need.length > 0) {
      this.showVerdict(null, L['explain.loading']);
      engine.load(need).then(
        () => seq === this.seq && this.run(),
        () => seq === this.seq && this.showVerdict('false', L['explain.loadFailed']),
      );
      return;
    }
    let checked: ReturnType<ExplainEngine['check']>;
    try {
      checked = engine.check(text, MAX_LINES, this.picker?.value ?? null);
    } catch {
      // Never leave the previous verdict standing.
      this.showVerdict('false', L['explain.invalid']);
      this.clear();
      return;
    }
    this.render(checked.lines, checked.more);
  }

  private render(lines: LineResult[], more: number) {
    const L = this.L;
    const lang = this.locale;
    // "Not docker" and "cannot know" (`docker $CMD`) are not problems: the verdict says them.
    const all = lines.flatMap((l) => l.result.diagnostics.filter((d) => d.code !== 'not-docker' && d.code !== 'cannot-know').map((d) => ({ d, l })));
    const cannotKnow = lines.find((l) => !l.result.checked && l.result.diagnostics.some((d) => d.code === 'cannot-know'))?.result.reason;
    const checked = lines.some((l) => l.result.checked);
    const errors = all.some(({ d }) => d.severity === 'error');
    const warnings = all.some(({ d }) => d.severity === 'warning');
    const valid = checked && !errors;
    this.showVerdict(String(valid), errors ? L['explain.invalid'] : !checked ? (cannotKnow ? escapeForTerminal(say(cannotKnow, lang)) : L['explain.notChecked']) : warnings ? L['explain.warnings'] : L['explain.valid'], String(checked));

    this.q<HTMLElement>('[data-diagnostics]').replaceChildren(...all.slice(0, MAX_SHOWN).map(({ d, l }) => this.diagnostic(d, l)));
    const hiddenDiags = this.q<HTMLElement>('[data-diagnostics-more]');
    if (hiddenDiags) hiddenDiags.textContent = all.length > MAX_SHOWN ? fill(L['explain.notShown'], { count: all.length - MAX_SHOWN }) : '';

    const list = this.q<HTMLElement>('[data-parts-list]');
    const items: HTMLElement[] = [];
    for (const l of lines) for (const seg of l.segments) items.push(this.segment(seg, l));
    if (more > 0) items.push(el('li', { class: 'more' }, fill(L['explain.tooManyLines'], { max: MAX_LINES, more })));
    list.replaceChildren(...items);
    this.q<HTMLElement>('[data-parts]').hidden = items.length === 0;
  }

  private useButton(label: string, replaceWith: string, l: LineResult): HTMLButtonElement {
    const use = el('button', { type: 'button', class: 'use-fix' }, label);
    use.addEventListener('click', () => {
      const v = this.input.value;
      this.input.value = v.slice(0, l.offset) + replaceWith + v.slice(l.offset + l.text.length);
      this.input.focus();
      this.run();
    });
    return use;
  }

  private diagnostic(d: Diagnostic, l: LineResult): HTMLElement {
    const L = this.L;
    const line = l.text;
    // Control and bidi characters shown as escapes, so pasted text cannot reorder the page's words.
    const shown = escapeForTerminal;
    // The span with a little context on its physical line (a continued command shows the line the
    // span is on), never the whole line: 200 diagnostics on a 60k line drew 12M characters.
    const w = spanWindow(line, d.start, d.end);
    const item = el(
      'li',
      { 'data-severity': d.severity, 'data-code': d.code },
      el('strong', {}, `${d.severity === 'error' ? L['explain.severity.error'] : L['explain.severity.warning']}: `),
      el('bdi', {}, ...withCode(shown(say(d.message, this.locale)))),
      ' ',
      el('span', { class: 'code' }, `[${d.code}]`),
      el('div', { class: 'line', dir: 'ltr' }, `${w.cutBefore ? '…' : ''}${shown(w.before)}`, el('mark', {}, `${shown(w.mark)}${w.cutMark ? '…' : ''}`), `${shown(w.after)}${w.cutAfter ? '…' : ''}`),
    );
    if (d.suggestion) item.append(el('div', { class: 'fix' }, `${L['explain.fix']}: `, el('code', {}, shown(d.suggestion)), ' ', this.useButton(L['explain.useFix'], d.suggestion, l)));
    return item;
  }

  private segment(seg: ExplainSegment, l: LineResult): HTMLElement {
    const L = this.L;
    const shown = escapeForTerminal;
    const head = el('p', { class: 'segment-head' }, ...(seg.joiner ? [el('span', { class: 'joiner' }, shown(seg.joiner)), ' '] : []), el('code', { dir: 'ltr' }, shown(seg.text)));
    const li = el('li', { 'data-segment': seg.kind }, head);
    if (seg.kind === 'other') {
      li.append(el('p', { class: 'not-docker', 'data-not-docker': '' }, L['explain.notDocker']));
      return li;
    }
    const dl = el('dl', {});
    for (const p of seg.parts.slice(0, MAX_SHOWN)) dl.append(this.partRow(p));
    if (seg.parts.length > MAX_SHOWN) li.append(el('p', { class: 'more' }, fill(L['explain.notShown'], { count: seg.parts.length - MAX_SHOWN })));
    li.insertBefore(dl, li.querySelector('.more'));
    for (const n of seg.notes) {
      const note = el('p', { class: 'note', 'data-note': n.code }, el('strong', {}, `${L['explain.note']}: `), ...withCode(shown(say(n.message, this.locale))));
      if (n.suggestion) note.append(' ', this.useButton(L['explain.useNote'], n.suggestion, l));
      li.append(note);
    }
    return li;
  }

  private partRow(p: ExplainPart): HTMLElement {
    const L = this.L;
    const shown = escapeForTerminal;
    const kind = { command: L['explain.command'], flag: p.global ? L['explain.globalFlag'] : L['explain.flagDoc'], 'unknown-flag': L['explain.unknownFlag'], argument: L['explain.argument'], 'container-command': L['explain.containerCommand'] }[p.kind] ?? '';
    const row = el('div', { 'data-part': p.kind, ...(p.name ? { 'data-arg-name': p.name } : {}) });
    const term = el('dt', {}, el('span', { class: 'kind' }, kind), el('code', { dir: 'ltr' }, shown(p.text)));
    if (p.value !== undefined) term.append(' ', el('code', { dir: 'ltr', class: 'value' }, shown(p.value)));
    const dd = el('dd', {});
    if (p.kind === 'command') {
      if (p.href) dd.append(el('a', { href: p.href }, el('code', {}, p.label ?? '')));
      if (p.alias) dd.append(' ', el('span', { class: 'alias' }, fill(L['explain.alias'], { alias: p.alias })));
    } else if (p.kind === 'flag') {
      if (p.href) dd.append(el('a', { href: p.href }, el('code', {}, p.label ?? '')));
      else dd.append(el('code', {}, p.label ?? ''));
      if (p.description) dd.append(': ', el('span', p.descriptionEn ? { lang: 'en' } : {}, p.description));
      if (p.valueState) dd.append(' ', el('span', { class: `value-state ${p.valueState}`, 'data-value-state': p.valueState }, `(${L[`explain.value.${p.valueState}`]})`));
    } else if (p.kind === 'unknown-flag') {
      dd.append(L['explain.unknownFlagNote']);
    } else if (p.kind === 'argument') {
      if (p.name) dd.append(el('code', { class: 'arg-name' }, p.name), ' ');
      dd.append(p.name ? L['explain.argumentNamed'] : L['explain.argumentUnnamed']);
    } else {
      if (p.name) dd.append(el('code', { class: 'arg-name' }, p.name), ' ');
      dd.append(L['explain.containerCommandNote']);
    }
    row.append(term, dd);
    return row;
  }
}

if (!customElements.get('explain-command')) customElements.define('explain-command', ExplainCommand);
