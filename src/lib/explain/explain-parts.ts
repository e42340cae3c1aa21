import { getCommandByPath } from '../cli-spec/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { commandHref, commandSlug } from '../routes.ts';
import type { ValidationResult } from '../command/validate.ts';

/** One labelled piece of a command line, for the explain page's breakdown. */
export interface ExplainPart {
  kind: 'command' | 'flag' | 'argument' | 'unchecked';
  /** The text as written in the line. */
  text: string;
  /** Canonical command path (`container run`) the part belongs to. */
  command: string | null;
  /** For flags: the long name without dashes (`restart`), to link `#flag-restart`. */
  flag?: string;
  /** For flags: the value given, if any. */
  value?: string;
  /** For flags: the help text's description. */
  description?: string;
  start: number;
  /** Where the part is documented: the command page, or the option's row (global options on the root page). */
  href?: string;
}

/**
 * Breaks a validated line into parts a person can read: each docker invocation's command words,
 * its flags (with their description from the spec; global options from the root's) and its arguments, plus the parts the
 * validator did not check. Sorted by position in the line.
 */
export function explainParts(result: ValidationResult, lang: Locale): ExplainPart[] {
  const parts: ExplainPart[] = [];
  for (const inv of result.invocations) {
    const spec = inv.command === null ? undefined : getCommandByPath(inv.command === '' ? [] : inv.command.split(' '));
    const globals = getCommandByPath([]);
    if (inv.command !== null) {
      parts.push({ kind: 'command', text: inv.typed, command: inv.command, start: inv.start, href: commandHref(lang, commandSlug(spec?.canonicalPath ?? [])) });
    }
    for (const f of inv.flags) {
      const own = spec?.options.find((o) => o.long === f.flag.long);
      const owner = own ? spec : globals;
      parts.push({
        href: owner ? commandHref(lang, owner.slug, f.flag.long) : undefined,
        kind: 'flag',
        text: f.written,
        command: inv.command,
        flag: f.flag.long,
        value: f.flag.valueType ? f.value : undefined,
        description: (own ?? globals?.options.find((o) => o.long === f.flag.long))?.description,
        start: f.word.start,
      });
    }
    for (const a of inv.args) parts.push({ kind: 'argument', text: a.value, command: inv.command, start: a.start });
  }
  for (const u of result.unchecked) parts.push({ kind: 'unchecked', text: u.text.trim(), command: null, start: u.start });
  return parts.sort((a, b) => a.start - b.start);
}
