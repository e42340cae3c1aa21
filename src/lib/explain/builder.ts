// The command builder's model: which input each option gets, and the command line the
// inputs make. Pure, so the page (server-rendered fields) and the island (the rest, and the live
// preview) share it.
import type { CommandSpec, OptionSpec } from '../cli-spec/schema.ts';
import { shQuote } from '../command/sh-quote.ts';

/** Value types that take the flag once per value (`-p 80:80 -p 443:443`). */
const REPEATED = new Set(['list', 'map', 'strings', 'stringArray', 'stringSlice', 'filter', 'mount', 'network', 'ulimit', 'pref', 'config', 'secret', 'port', 'gpu-request', 'external-ca', 'ipNetSlice', 'stringToString']);

export type FieldKind = 'bool' | 'value' | 'list';
/** The hints an input can show: what its value looks like (UI strings `builder.hint.*`). */
export const FIELD_HINTS = ['duration', 'bytes', 'port', 'number', 'decimal', 'keyValue'] as const;
export type FieldHint = (typeof FIELD_HINTS)[number] | null;

export interface BuilderField {
  long: string;
  short: string | null;
  kind: FieldKind;
  valueType: string | null;
  hint: FieldHint;
  /** `-p, --publish` */
  label: string;
  description: string;
}

export function fieldHint(o: Pick<OptionSpec, 'long' | 'valueType'>): FieldHint {
  const t = o.valueType;
  if (t === null) return null;
  if (o.long === 'publish' || o.long === 'expose' || t === 'port') return 'port';
  if (t === 'duration') return 'duration';
  if (t === 'bytes') return 'bytes';
  if (/^u?int(8|16|32|64)?$/.test(t)) return 'number';
  if (t === 'decimal' || t === 'float') return 'decimal';
  if (t === 'map' || t === 'stringToString' || o.long === 'env' || o.long === 'label' || o.long === 'build-arg') return 'keyValue';
  return null;
}

export function builderField(o: OptionSpec): BuilderField {
  return {
    long: o.long,
    short: o.short,
    kind: o.valueType === null ? 'bool' : REPEATED.has(o.valueType) ? 'list' : 'value',
    valueType: o.valueType,
    hint: fieldHint(o),
    label: o.short ? `-${o.short}, --${o.long}` : `--${o.long}`,
    description: o.description,
  };
}

/** The builder's fields: the catalog's common flags first (in their order), then the rest; never --help. */
export function builderFields(spec: CommandSpec, common: readonly string[]): { common: BuilderField[]; rest: BuilderField[] } {
  const usable = spec.options.filter((o) => o.long !== 'help' && !o.deprecated);
  const first = common.map((l) => usable.find((o) => o.long === l)).filter((o) => o !== undefined);
  return { common: first.map(builderField), rest: usable.filter((o) => !common.includes(o.long)).map(builderField) };
}

/** One usage element the builder asks for (`IMAGE`, `[COMMAND]`, `[ARG...]`). */
export interface BuilderArg {
  name: string;
  optional: boolean;
  /** Takes several words; typed as shell text, not quoted. */
  repeated: boolean;
}

/** The positional inputs, from the first usage form; a repeated element follows its single form. */
export function builderArgs(spec: CommandSpec): BuilderArg[] {
  const out: BuilderArg[] = [];
  for (const a of spec.usage[0]?.args ?? []) {
    const prev = out[out.length - 1];
    // `CONTAINER [CONTAINER...]`: one input that takes several.
    if (a.repeated && prev && prev.name === a.text) {
      prev.repeated = true;
      continue;
    }
    out.push({ name: a.text, optional: a.optional, repeated: a.repeated });
  }
  return out;
}

/** What the form holds: each field's value(s), in the form's order, and the positional texts. */
export interface BuilderState {
  flags: Array<{ field: Pick<BuilderField, 'long' | 'short' | 'kind'>; on?: boolean; values?: string[] }>;
  args: Array<{ arg: BuilderArg; text: string }>;
}

/** The command line: `docker <canonical path> <flags> <arguments>`; values quoted for sh. */
export function buildCommand(canonicalPath: readonly string[], state: BuilderState): string {
  const words = ['docker', ...canonicalPath];
  for (const { field, on, values } of state.flags) {
    const name = field.short ? `-${field.short}` : `--${field.long}`;
    if (field.kind === 'bool') {
      if (on) words.push(name);
      continue;
    }
    for (const v of values ?? []) if (v.trim() !== '') words.push(name, shQuote(v.trim()));
  }
  for (const { arg, text } of state.args) {
    const t = text.trim();
    if (t === '') continue;
    // A repeated element is shell text (several words); a single one is one word.
    words.push(arg.repeated ? t : shQuote(t));
  }
  return words.join(' ');
}
