// The words of dockerfile-utils' findings. The library reports a code and an English sentence;
// each code has a message of ours (content/messages/dockerfile, `dockerfile.utils.<code>`) in every language,
// and its values (the flag, the stage name …) are read back out of the library's sentence by
// matching it against the library's own template for that code. A code we have no words for, or a
// sentence that no longer fits its template, is shown as the library wrote it
// (`dockerfile.utils.other`): in English, never lost.
import { ValidationCode } from 'dockerfile-utils';
import { Validator } from 'dockerfile-utils/lib/dockerValidator.js';
import { isMessageKey, msg, type Message, type MessageKey } from '../i18n/messages.ts';
// The checker's words, added to the messages before any is made or shown.
import './messages.ts';

/** `ARGUMENT_REQUIRES_AT_LEAST_TWO` -> `argument-requires-at-least-two`; `dockerfile-utils` for a code the library does not name. */
export function utilsCode(code: unknown): string {
  const name = typeof code === 'number' ? ValidationCode[code] : undefined;
  return name ? name.toLowerCase().replace(/_/g, '-') : 'dockerfile-utils';
}

/**
 * How the library words a code: its message function, called with stand-ins for the values, and
 * the names our messages give those values; `fixed` values are part of the form itself (the
 * library has one sentence for ADD and one for COPY).
 */
interface Form {
  text: (...values: string[]) => string;
  names?: readonly string[];
  fixed?: Readonly<Record<string, string>>;
}

const V = Validator;
const unknownFlag: Form[] = [{ text: (f) => V.getDiagnosticMessage_FlagUnknown(f ?? ''), names: ['flag'] }];

/**
 * The library's forms of every code whose message has values. A code with no values needs none:
 * its code says it all. (ARGUMENT_REQUIRES_ONE has no sentence in the library; its words are ours.)
 */
export const UTILS_FORMS: Readonly<Record<string, readonly Form[]>> = {
  'argument-requires-at-least-one': [{ text: () => V.getDiagnosticMessage_HEALTHCHECKRequiresAtLeastOneArgument(), fixed: { ins: 'HEALTHCHECK' } }],
  'argument-requires-two': [{ text: () => V.getDiagnosticMessage_ENVRequiresTwoArguments(), fixed: { ins: 'ENV' } }],
  'argument-requires-at-least-two': [
    { text: () => V.getDiagnosticMessage_ADDRequiresAtLeastTwoArguments(), fixed: { ins: 'ADD' } },
    { text: () => V.getDiagnosticMessage_COPYRequiresAtLeastTwoArguments(), fixed: { ins: 'COPY' } },
  ],
  'argument-unnecessary': [{ text: () => V.getDiagnosticMessage_HealthcheckNoneUnnecessaryArgument(), fixed: { ins: 'HEALTHCHECK NONE' } }],
  'invalid-destination': [
    { text: () => V.getDiagnosticMessage_ADDDestinationNotDirectory(), fixed: { ins: 'ADD' } },
    { text: () => V.getDiagnosticMessage_COPYDestinationNotDirectory(), fixed: { ins: 'COPY' } },
  ],
  'duplicate-build-stage-name': [{ text: (n) => V.getDiagnosticMessage_DuplicateBuildStageName(n ?? ''), names: ['name'] }],
  'invalid-build-stage-name': [{ text: (n) => V.getDiagnosticMessage_InvalidBuildStageName(n ?? ''), names: ['name'] }],
  'flag-at-least-one': [{ text: (f, v) => V.getDiagnosticMessage_FlagAtLeastOne(f ?? '', v ?? ''), names: ['flag', 'value'] }],
  'flag-duplicate': [{ text: (f) => V.getDiagnosticMessage_FlagDuplicate(f ?? ''), names: ['flag'] }],
  'flag-invalid-duration': [{ text: (v) => V.getDiagnosticMessage_FlagInvalidDuration(v ?? ''), names: ['value'] }],
  'flag-less-than-1ms': [{ text: (f) => V.getDiagnosticMessage_FlagLessThan1ms(f ?? ''), names: ['flag'] }],
  'flag-missing-duration': [{ text: (v) => V.getDiagnosticMessage_FlagMissingDuration(v ?? ''), names: ['value'] }],
  'flag-missing-value': [{ text: (f) => V.getDiagnosticMessage_FlagMissingValue(f ?? ''), names: ['flag'] }],
  'flag-unknown-unit': [{ text: (u, v) => V.getDiagnosticMessage_FlagUnknownUnit(u ?? '', v ?? ''), names: ['unit', 'value'] }],
  'flag-invalid-from-value': [{ text: (v) => V.getDiagnosticMessage_FlagInvalidFromValue(v ?? ''), names: ['value'] }],
  'flag-expected-boolean-value': [{ text: (f, v) => V.getDiagnosticMessage_FlagExpectedBooleanValue(f ?? '', v ?? ''), names: ['flag', 'value'] }],
  'unknown-add-flag': unknownFlag,
  'unknown-copy-flag': unknownFlag,
  'unknown-from-flag': unknownFlag,
  'unknown-healthcheck-flag': unknownFlag,
  'base-name-empty': [{ text: (n) => V.getDiagnosticMessage_BaseNameEmpty(n ?? ''), names: ['name'] }],
  'invalid-escape-directive': [{ text: (v) => V.getDiagnosticMessage_DirectiveEscapeInvalid(v ?? ''), names: ['value'] }],
  'invalid-port': [{ text: (p) => V.getDiagnosticMessage_InvalidPort(p ?? ''), names: ['port'] }],
  'invalid-proto': [{ text: (p) => V.getDiagnosticMessage_InvalidProto(p ?? ''), names: ['protocol'] }],
  'invalid-signal': [{ text: (s) => V.getDiagnosticMessage_InvalidSignal(s ?? ''), names: ['signal'] }],
  'invalid-syntax': [{ text: (v) => V.getDiagnosticMessage_InvalidSyntax(v ?? ''), names: ['value'] }],
  'multiple-instructions': [{ text: (i) => V.getDiagnosticMessage_InstructionMultiple(i ?? ''), names: ['ins'] }],
  'unknown-instruction': [{ text: (i) => V.getDiagnosticMessage_InstructionUnknown(i ?? ''), names: ['ins'] }],
  'syntax-missing-equals': [{ text: (v) => V.getDiagnosticMessage_SyntaxMissingEquals(v ?? ''), names: ['value'] }],
  'syntax-missing-names': [{ text: (i) => V.getDiagnosticMessage_SyntaxMissingNames(i ?? ''), names: ['ins'] }],
  'syntax-missing-single-quote': [{ text: (v) => V.getDiagnosticMessage_SyntaxMissingSingleQuote(v ?? ''), names: ['value'] }],
  'syntax-missing-double-quote': [{ text: (v) => V.getDiagnosticMessage_SyntaxMissingDoubleQuote(v ?? ''), names: ['value'] }],
  'onbuild-trigger-disallowed': [{ text: (i) => V.getDiagnosticMessage_OnbuildTriggerDisallowed(i ?? ''), names: ['ins'] }],
  'unknown-type': [{ text: (t) => V.getDiagnosticMessage_HealthcheckTypeUnknown(t ?? ''), names: ['type'] }],
  'unsupported-modifier': [{ text: (v, m) => V.getDiagnosticMessage_VariableModifierUnsupported(v ?? '', m ?? ''), names: ['variable', 'modifier'] }],
};

/** Stand-ins for the values: characters no message of the library holds. */
const standIn = (k: number) => `\u0000${k}\u0000`;

/** A form's sentence cut at its values: the text between them, and which value each gap holds. */
interface Template {
  pieces: string[];
  slots: number[];
  form: Form;
}

let templates: Map<string, Template[]> | null = null;
function templatesOf(code: string): Template[] {
  templates ??= new Map(
    Object.entries(UTILS_FORMS).map(([c, forms]) => [
      c,
      forms.map((form) => {
        const parts = form.text(...(form.names ?? []).map((_, k) => standIn(k))).split('\u0000');
        // [text, k, text, k, text]: even entries are the text, odd ones the value's number.
        return { pieces: parts.filter((_, i) => i % 2 === 0), slots: parts.filter((_, i) => i % 2 === 1).map(Number), form };
      }),
    ]),
  );
  return templates.get(code) ?? [];
}

/**
 * The values of `text` read by `t`, or null when the sentence is not of that form. Each gap ends at
 * the first place the next piece of text fits (the last one at the end): indexOf, no regex with
 * two open-ended groups over what a learner wrote.
 */
function readValues(t: Template, text: string): Record<string, string> | null {
  const { pieces, slots, form } = t;
  const first = pieces[0] as string;
  if (!text.startsWith(first)) return null;
  const values: Record<string, string> = { ...form.fixed };
  let at = first.length;
  for (let k = 0; k < slots.length; k++) {
    const next = pieces[k + 1] as string;
    const last = k === slots.length - 1;
    const end = last ? (text.endsWith(next) && text.length - next.length >= at ? text.length - next.length : -1) : text.indexOf(next, at);
    if (end < 0) return null;
    values[(form.names ?? [])[slots[k] as number] as string] = text.slice(at, end);
    at = end + next.length;
  }
  return slots.length > 0 || text === first ? values : null;
}

/** The message key of a dockerfile-utils code, when we have words for it. */
export function utilsMessageKey(code: string): MessageKey | null {
  const key = `dockerfile.utils.${code}`;
  return isMessageKey(key) ? key : null;
}

/** The message of a dockerfile-utils finding: see the top of this file. */
export function utilsMessage(code: string, text: string): Message {
  const key = utilsMessageKey(code);
  if (key) {
    const forms = templatesOf(code);
    if (forms.length === 0) return msg(key);
    for (const t of forms) {
      const values = readValues(t, text);
      if (values) return msg(key, values);
    }
  }
  return msg('dockerfile.utils.other', { text });
}

/** Every code the library defines, as we name it (its numeric enum, one name per value). */
export function libraryCodes(): string[] {
  return [...new Set(Object.values(ValidationCode).filter((v): v is number => typeof v === 'number'))].map(utilsCode);
}
