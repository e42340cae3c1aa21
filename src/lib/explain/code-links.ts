// Flag docs inside every code block: at build time, each docker command's command words
// and flags in a highlighted example link to the command page and the option's `#flag-` row, with
// the description in the page's language as a tooltip. The spans come from the parse API
// (command/parse.ts); `linkTransformer` splits Shiki's tokens at those spans, so the colours stay.
import type { Element, ElementContent, Root, Text } from 'hast';
import type { CommandSpec } from '../cli-spec/schema.ts';
import { parseCommand } from '../command/index.ts';
import { readCommandLines } from '../command/read-command-lines.ts';
import { consoleCommands } from '../content/fence.ts';
import type { Locale } from '../i18n/locales.ts';
import { commandHref, commandOptionsHref } from '../routes.ts';
import { pluginServing } from '../cli-spec/index.ts';
import { hasOptionsPage } from '../catalog/option-pages.ts';
import { commandMarks, isRemovedFlag, removedRowId } from '../releases/marks.ts';
import type { LocalDescription } from './spec-slices.ts';
import { KO_SENTENCE_END } from '../i18n/ko.ts';

export interface CodeLink {
  start: number;
  end: number;
  href: string;
  /** The tooltip: the first sentence of the option's description or of the command's summary. */
  tip: string;
  /** The tip is the help's English on a page in another language. */
  tipEn: boolean;
}

export interface LinkTexts {
  options: (spec: CommandSpec) => Map<string, LocalDescription>;
  summary: (spec: CommandSpec) => LocalDescription;
}

/**
 * A tooltip's text: the description's first sentence. The rest (value formats, filter keys) is one
 * click away on the row the link opens, and a guide page carries dozens of tooltips (page weight).
 */
const SENTENCE_END = new RegExp(`(?:${KO_SENTENCE_END}|[a-z)])\\.(?=\\s+\\S)`, 'gu');

export function tipText(description: string): string {
  // A sentence ends at a Korean sentence ending (i18n/ko.ts) and "." or at a Latin letter or ")"
  // followed by "." and a space; "e.g." and the like do not end one.
  for (const m of description.matchAll(SENTENCE_END)) {
    const head = description.slice(0, m.index + m[0].length);
    if (!/\b(?:e\.g|i\.e|etc|vs)\.$/i.test(head.slice(-6))) return head;
  }
  return description;
}

/** Each command line's parse, shared by the pages of every language that show the line. */
const parses = new Map<string, ReturnType<typeof parseCommand>>();
function parsedLine(text: string): ReturnType<typeof parseCommand> {
  let parsed = parses.get(text);
  if (!parsed) parses.set(text, (parsed = parseCommand(text)));
  return parsed;
}

/** The links of a block already found with the same words (a page set's `texts`), by language, syntax and code. */
const found = new WeakMap<LinkTexts, Map<string, readonly CodeLink[]>>();

/**
 * The link spans of every docker command in a shell (or console) block, as offsets into `code`.
 * The build shows many blocks more than once (an example on its command page and in the cheat
 * sheet, in both languages): the spans for one set of words are found once and shared, so callers
 * must not change the list.
 */
export function codeLinks(code: string, syntax: 'shell' | 'console', lang: Locale, texts: LinkTexts): readonly CodeLink[] {
  let byCode = found.get(texts);
  if (!byCode) found.set(texts, (byCode = new Map()));
  const key = `${lang}\u0000${syntax}\u0000${code}`;
  let links = byCode.get(key);
  if (!links) byCode.set(key, (links = findLinks(code, syntax, lang, texts)));
  return links;
}

function findLinks(code: string, syntax: 'shell' | 'console', lang: Locale, texts: LinkTexts): CodeLink[] {
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  const commands =
    syntax === 'console'
      ? consoleCommands(code).map((c) => ({ text: c.text, offset: (lineStarts[c.line] ?? 0) + 2 }))
      : readCommandLines(code).map((c) => ({ text: c.text, offset: lineStarts[c.line - 1] ?? 0 }));
  const links: CodeLink[] = [];
  for (const { text, offset } of commands) {
    const parsed = parsedLine(text);
    for (const inv of parsed.invocations) {
      const spec = inv.node?.spec;
      if (!spec || inv.kind === 'unknown-program' || inv.kind === 'unknown-command') continue;
      const first = inv.pathWords[0];
      const last = inv.pathWords[inv.pathWords.length - 1];
      if (first && last && inv.kind !== 'help') {
        const s = texts.summary(spec);
        links.push({ start: offset + first.start, end: offset + last.end, href: commandHref(lang, spec.slug), tip: tipText(s.text), tipEn: s.en });
      }
      for (const f of inv.flags) {
        const owner = f.level.spec;
        if (!owner) continue;
        const d = texts.options(owner).get(f.flag.long);
        if (!d || !owner.options.some((o) => o.long === f.flag.long)) continue;
        const raw = text.slice(f.word.start, f.word.end);
        let start: number;
        let end: number;
        if (raw.startsWith(f.written) && (f.written.startsWith('--') || raw === f.written || f.valueWord !== f.word || raw.startsWith(`${f.written}=`) || f.valueStart === f.word.start + 2)) {
          // `--name`, `--name=web`, `-p` (its value apart or glued): the flag as written.
          start = f.word.start;
          end = f.word.start + f.written.length;
        } else if (raw === f.word.value && f.flag.noValue) {
          // A letter inside a cluster (`-it`): its parse span is the letter.
          start = f.valueStart;
          end = f.valueEnd;
        } else continue;
        // A flag the newest release no longer documents has its row in the page's removed table.
        // A long option table (and its removed rows) is on the command's options page: the link goes
        // there, so it lands on the row with or without JavaScript.
        const rows = hasOptionsPage(owner, pluginServing(owner)) ? commandOptionsHref : commandHref;
        const href = isRemovedFlag(owner.slug, f.flag.long) && !commandMarks(owner.slug).removed ? `${rows(lang, owner.slug)}#${removedRowId(f.flag.long)}` : rows(lang, owner.slug, f.flag.long);
        links.push({ start: offset + start, end: offset + end, href, tip: tipText(d.text), tipEn: d.en });
      }
    }
  }
  // Sorted, never overlapping (a cluster's first letter and its dash are one link at most).
  links.sort((a, b) => a.start - b.start);
  const out: CodeLink[] = [];
  for (const l of links) if (l.end > l.start && (out.length === 0 || l.start >= out[out.length - 1]!.end)) out.push(l);
  return out;
}

/**
 * The tooltips already on a page, by link target: a flag's description is written once per page
 * and later links to the same row point at it with aria-describedby (their accessible description),
 * so a guide that uses `-d` forty times does not carry its description forty times (page weight). The first link also shows it on hover and focus.
 */
export type PageTips = Map<string, string>;

const tipsByPage = new WeakMap<object, Map<string, PageTips>>();
const tipPrefix = new WeakMap<PageTips, string>();
/**
 * The flag tooltips already written on the page being rendered (one tooltip text per flag per
 * page; later links point at it). Every example and linked code block of a page shares the
 * page's request object, so the request is the key: the state is named here, typed, and ends
 * with the page, instead of riding on `Astro.locals` by convention. `prefix` starts a set of its
 * own, numbered apart: the examples a command page loads from its examples page carry their own
 * tooltips (`tipx-N`), so they are complete and their ids unique in either page.
 */
export function pageFlagTips(request: object, prefix = 'tip-'): PageTips {
  let sets = tipsByPage.get(request);
  if (!sets) tipsByPage.set(request, (sets = new Map()));
  let tips = sets.get(prefix);
  if (!tips) {
    sets.set(prefix, (tips = new Map()));
    tipPrefix.set(tips, prefix);
  }
  return tips;
}

/** The tooltip id for a link on this page, and whether its text still has to be written. */
export function tipFor(page: PageTips, href: string): { id: string; fresh: boolean } {
  const known = page.get(href);
  if (known) return { id: known, fresh: false };
  // Numbered per page (the map lives for one page's render): short ids, unique on the page.
  const id = `${tipPrefix.get(page) ?? 'tip-'}${page.size + 1}`;
  page.set(href, id);
  return { id, fresh: true };
}

/**
 * A Shiki transformer that wraps the linked spans in `<a class="flag-doc" href
 * aria-describedby>` followed by a `<span role="tooltip">` (shown on hover and focus by CSS),
 * splitting tokens where a link starts or ends inside one; token colours are kept.
 */
export function linkTransformer(links: readonly CodeLink[], tipLangAttr: string | null, page: PageTips = new Map()) {
  return {
    name: 'dockref:flag-links',
    code(this: unknown, node: Element) {
      if (links.length === 0) return;
      let pos = 0;
      let li = 0;
      for (const line of node.children) {
        if (line.type === 'text') {
          pos += line.value.length;
          continue;
        }
        if (line.type !== 'element') continue;
        const out: ElementContent[] = [];
        let group: { link: CodeLink; a: Element } | null = null;
        const emit = (piece: ElementContent, link: CodeLink | null) => {
          if (!link) {
            group = null;
            out.push(piece);
            return;
          }
          if (!group || group.link !== link) {
            const { id, fresh } = tipFor(page, link.href);
            const a: Element = { type: 'element', tagName: 'a', properties: { href: link.href, className: ['flag-doc'], ariaDescribedBy: [id] }, children: [] };
            out.push(a);
            if (fresh) {
              out.push({
                type: 'element',
                tagName: 'span',
                properties: { role: 'tooltip', id, className: ['flag-tip'], ...(link.tipEn && tipLangAttr ? { lang: tipLangAttr } : {}) },
                children: tipChildren(link.tip),
              });
            }
            group = { link, a };
          }
          group.a.children.push(piece);
        };
        for (const tok of line.children) {
          const textOf = (n: ElementContent): string => (n.type === 'text' ? n.value : n.type === 'element' ? n.children.map(textOf).join('') : '');
          const value = textOf(tok);
          const tStart = pos;
          const tEnd = pos + value.length;
          pos = tEnd;
          while (li < links.length && links[li]!.end <= tStart) li++;
          const cuts = new Set([tStart, tEnd]);
          for (let k = li; k < links.length && links[k]!.start < tEnd; k++) {
            cuts.add(Math.max(tStart, links[k]!.start));
            cuts.add(Math.min(tEnd, links[k]!.end));
          }
          const points = [...cuts].sort((a, b) => a - b);
          if (points.length === 2) {
            const link = links.slice(li).find((l) => l.start <= tStart && l.end >= tEnd) ?? null;
            emit(tok, link);
            continue;
          }
          for (let p = 0; p + 1 < points.length; p++) {
            const s = points[p]!;
            const e = points[p + 1]!;
            const piece: Text = { type: 'text', value: value.slice(s - tStart, e - tStart) };
            const clone: ElementContent = tok.type === 'element' ? { ...tok, children: [piece] } : piece;
            const link = links.slice(li).find((l) => l.start <= s && l.end >= e) ?? null;
            emit(clone, link);
          }
        }
        line.children = out;
        // Lines are separated by "\n" text nodes between the line elements.
      }
    },
  } satisfies { name: string; code: (node: Element) => void } & Record<string, unknown>;
}

export type { Root };

/** A tooltip's text with its `code` spans as <code> (the references write formats in backticks). */
function tipChildren(tip: string): ElementContent[] {
  const parts = tip.split('`');
  // Unpaired backticks: the text as it is.
  if (parts.length % 2 === 0) return [{ type: 'text', value: tip }];
  return parts.flatMap((part, i): ElementContent[] => {
    if (part === '') return [];
    return i % 2 === 1 ? [{ type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: part }] }] : [{ type: 'text', value: part }];
  });
}
