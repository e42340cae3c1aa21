// Every diagnostic message of the command validator, in one place so wording stays consistent and
// tests can pin it. Each says what is wrong and, where it can, how to fix it. The words are data:
// content/messages/{lang}.json, keys `command.*` (English is the reference set); this module only
// picks the message and fills its parameters.
//
// Code (commands, flags, values the user typed) is written in backticks: the site shows it as code
// (src/components/inline-text.ts, the explain island), `check-commands` prints the backticks as they are. Korean
// particles never follow the code itself: they attach to a Korean word after it (option, image …).
import type { Localized } from '../i18n/localized.ts';
import { msg, type Message } from '../i18n/messages.ts';

/** Echoed user text is cut to this many characters: a message must not grow with the line. */
const MAX_ECHO = 80;

/** `s`, or its start and end around `…` when it is longer than MAX_ECHO. */
export function clip(s: string, max = MAX_ECHO): string {
  return s.length <= max ? s : `${s.slice(0, max - 20)}…${s.slice(-19)}`;
}

const q = (s: string) => `\`${clip(s)}\``;

export const messages = {
  unbalancedQuote: (opener: string): Message => msg('command.unbalancedQuote', { opener }),
  unbalancedSubstitution: (opener: string): Message => msg('command.unbalancedSubstitution', { opener }),
  shellSyntax: (op: string): Message => msg('command.shellSyntax', { op: q(op) }),
  nestedTooDeep: (): Message => msg('command.nestedTooDeep'),
  lineTooLong: (length: number, max: number): Message => msg('command.lineTooLong', { length, max }),
  tooManyDiagnostics: (dropped: number, max: number): Message => msg('command.tooManyDiagnostics', { max, dropped }),
  notDocker: (): Message => msg('command.notDocker'),
  cannotKnow: (word: string): Message => msg('command.cannotKnow', { word: clip(word) }),
  invisibleCharacter: (name: string): Message => msg('command.invisibleCharacter', { name }),
  lookAlike: (word: string, name: string, fixed: string): Message => msg('command.lookAlike', { word: q(word), name, fixed: q(fixed) }),
  unknownProgram: (word: string): Message => msg('command.unknownProgram', { word: q(word), docker: q('docker') }),
  unknownCommand: (path: string, word: string, hint: string | null): Message =>
    msg('command.unknownCommand', { command: q(`${path} ${word}`), more: hint ? msg('command.meant.command', { hint: q(hint) }) : msg('command.unknownCommand.help', { help: q(`${path} --help`) }) }),
  unknownFlag: (cmd: string, flag: string, hint: string | null): Message =>
    msg('command.unknownFlag', { cmd: q(cmd), flag: q(flag), more: hint ? msg('command.meant.option', { hint: q(hint) }) : msg('command.unknownFlag.help', { help: q(`${cmd} --help`) }) }),
  unknownShortFlag: (cmd: string, flag: string, shorts: string[]): Message =>
    msg('command.unknownShortFlag', { unknown: messages.unknownFlag(cmd, flag, null), shorts: shorts.length > 0 ? shorts.join(', ') : msg('command.unknownShortFlag.none') }),
  possibleCommandTypo: (path: string, word: string, hint: string): Message => msg('command.possibleCommandTypo', { word: q(word), path: q(path), hint: q(hint) }),
  legacyBuilderFlag: (flag: string): Message => msg('command.legacyBuilderFlag', { flag: q(flag) }),
  experimentalCommand: (cmd: string): Message => msg('command.experimentalCommand', { cmd: q(cmd) }),
  flagNeedsValue: (flag: string, type: string): Message => msg('command.flagNeedsValue', { flag: q(flag), type }),
  invalidValue: (flag: string, value: string, expected: Message): Message => msg('command.invalidValue', { value: q(value), flag: q(flag), expected }),
  boolValueGlued: (flag: string): Message => msg('command.boolValueGlued', { flag: q(flag), value: q('=') }),
  tooFewArgs: (cmd: string, min: number, got: number, usage: string): Message =>
    msg(min === 1 ? 'command.tooFewArgs.one' : 'command.tooFewArgs.other', { cmd: q(cmd), min, got, usage: q(usage) }),
  exactArgs: (cmd: string, n: number, got: number, usage: string): Message => msg(n === 1 ? 'command.exactArgs.one' : 'command.exactArgs.other', { cmd: q(cmd), n, got, usage: q(usage) }),
  noArgs: (cmd: string, usage: string): Message => msg('command.noArgs', { cmd: q(cmd), usage: q(usage) }),
  tooManyArgs: (cmd: string, max: number, got: number, usage: string): Message => msg(max === 1 ? 'command.tooManyArgs.one' : 'command.tooManyArgs.other', { cmd: q(cmd), max, got, usage: q(usage) }),
  filterNotArg: (arg: string): Message => msg('command.filterNotArg', { arg: q(arg), value: q(`--filter ${arg}`), value2: q(`-f ${arg}`) }),
  repeatedCommandWord: (word: string): Message => msg('command.repeatedCommandWord', { word: q(word) }),
  conflictingOptions: (a: string, b: string): Message => msg('command.conflictingOptions', { a: q(a), b: q(b) }),
  typographicDash: (word: string, fixed: string): Message => msg('command.typographicDash', { word: q(word), fixed: q(fixed) }),
  unknownEnumValue: (flag: string, value: string, allowed: string[], hint: string | null): Message =>
    msg(hint ? 'command.unknownEnumValue.hint' : 'command.unknownEnumValue', { flag: q(flag), value: q(value), hint: q(hint ?? ''), allowed: allowed.join(', ') }),
  nearBuiltinValue: (flag: string, value: string, hint: string | null): Message => msg('command.nearBuiltinValue', { flag: q(flag), value: q(value), hint: q(hint ?? '') }),
  /** A note, not a diagnostic: the CLI accepts it, but the word goes to the container (`docker run nginx -d`). */
  flagAfterImage: (word: string, long: string): Message => msg('command.flagAfterImage', { word: q(word), value: q(`--${long}`) }),
  flagConfusion: (cmd: string, flag: string, meant: string, why: Localized): Message => msg('command.flagConfusion', { cmd: q(cmd), flag: q(flag), meant: q(meant), why }),
} as const;
