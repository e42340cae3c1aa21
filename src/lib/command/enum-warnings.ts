// Values the CLI passes on unchecked but the daemon rejects (restart policies, log drivers,
// filter keys, ...): warnings, never errors, since the real CLI accepts the command line. The
// lists live in content/validator/validator-data.json with where each came from.
import { closest } from './closest.ts';
import { editDistance } from '../text/edit-distance.ts';
import type { Localized } from '../i18n/localized.ts';
import type { Message } from '../i18n/messages.ts';
import { messages } from './messages.ts';

export interface EnumRule {
  /** Canonical command paths the rule applies to. */
  commands: string[];
  /** Long flag names. */
  flags: string[];
  /** Allowed values; for `key=value` flags, allowed keys. */
  values: string[];
  /** `value`: the whole value; `prefix`: the part before `:` (`on-failure:3`); `key`: the part before `=`. */
  match: 'value' | 'prefix' | 'key';
  /** Values outside the list are fine unless they look like a typo of one in it (network names are free-form). */
  openEnded?: boolean;
}

export interface ValidatorData {
  logLevels: string[];
  enums: EnumRule[];
  /** Per canonical command, an unknown one-letter flag that is a known confusion, and the one meant. */
  flagConfusions: Record<string, Record<string, { short: string; why: Localized }>>;
  /** Root flags with a client-side value check, by long name. */
  rootCheckedValues: Record<string, string>;
}

export interface EnumFinding {
  code: string;
  message: Message;
  /** Replacement for the value, when one is clear. */
  fixed: string | null;
}

export function enumWarning(data: ValidatorData, command: string, flag: string, value: string): EnumFinding | null {
  for (const r of data.enums) {
    if (!r.flags.includes(flag) || !r.commands.includes(command)) continue;
    let part = value;
    let suffix = '';
    if (r.match === 'prefix') {
      const c = value.indexOf(':');
      if (c >= 0) [part, suffix] = [value.slice(0, c), value.slice(c)];
    } else if (r.match === 'key') {
      const e = value.indexOf('=');
      if (e < 0) continue;
      [part, suffix] = [value.slice(0, e), value.slice(e)];
    }
    if (r.values.includes(part)) continue;
    if (r.match === 'prefix' && /^container$/.test(part)) continue;
    const hint = closest(part, r.values);
    // Names users choose (networks, logging plugins) are fine; warn only about a near miss of a
    // built-in value (`hots` for `host`), not about `mybridge`.
    if (r.openEnded && (!hint || editDistance(part, hint) > 1)) continue;
    return {
      code: r.match === 'key' ? 'unknown-filter-key' : 'unknown-enum-value',
      message: r.openEnded ? messages.nearBuiltinValue(`--${flag}`, value, hint + suffix) : messages.unknownEnumValue(`--${flag}`, value, r.values, hint ? hint + suffix : null),
      fixed: hint ? hint + suffix : null,
    };
  }
  return null;
}
