// The shape every validator finding takes. Messages carry both languages so the site and the
// `check-commands` CLI pick one at display time (Korean first, DESIGN.md "Locales").

import type { Message } from '../i18n/messages.ts';

export type Severity = 'error' | 'warning';


export interface Diagnostic {
  severity: Severity;
  /** Stable kebab-case code (tests, the explain page's `data-code` and docs rely on it). */
  code: string;
  /** The message in every language; `check-commands --lang` and the pages pick one. */
  message: Message;
  /** Offsets into the input line: the span to underline. */
  start: number;
  end: number;
  /** The whole command line, corrected, when the fix is clear. */
  suggestion?: string;
  /** The fix as edits of the input (`[start, end, replacement]`), for tools that rewrite files (`dockref check --fix`). */
  edits?: Array<[number, number, string]>;
}
