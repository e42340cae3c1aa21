// The heavy half of the explain page, loaded when there is something to check (a dynamic import,
// so the page's first load stays small): the validator, the parse API and the spec
// store, the spec index (fetched, not inlined in the page) and the release facts. It returns plain
// data; explain-command.ts renders it.
import { parseCommandLine } from '../lib/command/parse';
import { readCommandLines } from '../lib/command/read-command-lines';
import { validateLine, type ValidationResult } from '../lib/command/validate';
import { explainLine, type ExplainSegment } from '../lib/explain/explain-parts';
import { hideAfterSecretFlags, shareCommandText } from '../lib/explain/share';
import type { SpecIndex } from '../lib/explain/spec-slices';
import type { Locale } from '../lib/i18n/locales';
import { loadSpecIndex, SpecStore } from './spec-store';
import { factsFromCompact, judgeWithFacts, type CompactFacts, type ReleaseFacts } from '../lib/releases/gate-core';

export interface CheckedLine {
  /** Offset of the command line in the whole input. */
  offset: number;
  text: string;
  result: ValidationResult;
  segments: ExplainSegment[];
}

export class ExplainEngine {
  private readonly store: SpecStore;
  constructor(
    index: SpecIndex,
    private readonly lang: Locale,
    /** docker/cli's release history (compact), for judging a line for one release. */
    private readonly facts: ReleaseFacts | null = null,
  ) {
    this.store = new SpecStore(index, lang);
  }

  /** The command slices the text needs that are not loaded yet. */
  needs(text: string, maxLines: number): string[] {
    return [...new Set(readCommandLines(text).slice(0, maxLines).flatMap((l) => this.store.missing(l.text)))];
  }

  load(slugs: string[]): Promise<unknown> {
    return Promise.all(slugs.map((s) => this.store.load(s)));
  }

  /** Checks and explains each command line (at most `maxLines`) for Docker `release` (a release line; null: no release check); `more` counts the rest. */
  check(text: string, maxLines: number, release: string | null = null): { lines: CheckedLine[]; more: number } {
    const all = readCommandLines(text);
    const ctx = this.store.context();
    const lines: CheckedLine[] = [];
    for (const l of all.slice(0, maxLines)) {
      const offset = l.offset;
      const checked = validateLine(ctx, l.text);
      const result = release && this.facts ? judgeWithFacts(this.facts, checked, release) : checked;
      lines.push({ offset, text: l.text, result, segments: explainLine(result, this.lang, this.store.isEnglish) });
    }
    return { lines, more: Math.max(0, all.length - maxLines) };
  }

  /** The text for a shared link: secret values hidden unless `keepSecrets`. */
  shareText(text: string, keepSecrets: boolean): string {
    if (keepSecrets) return text;
    const ctx = this.store.context();
    return shareCommandText(text, (line) => (this.store.missing(line).length > 0 ? null : parseCommandLine(ctx, line, () => {})));
  }
}

/** The engine for a page: the spec index (inlined, else fetched) and the page's compact release facts (JSON). */
export async function createEngine(root: ParentNode, lang: Locale, compactFacts: string | undefined): Promise<ExplainEngine> {
  const index = await loadSpecIndex(root, lang);
  return new ExplainEngine(index, lang, compactFacts ? factsFromCompact(JSON.parse(compactFacts) as CompactFacts) : null);
}

/** Before anything is known of the flags: every value after -e and the like hidden. */
export { hideAfterSecretFlags };

/** Control characters shown escaped, for the page's drawing (kept out of its first load with the messages it imports). */
export { escapeForTerminal } from '../lib/command/render-verdict';
export { say } from '../lib/i18n/messages';
