// Does the captured `--help` of a release say what the same release's generated reference says?
// Compares the committed 28.2.2 help snapshots (content/cli-help/) with docker/cli's 28.2 reference
// as the release history records it (src/generated/release-history.json): commands, flags,
// shorthands, types and defaults. Used by `npm run check:cli` and tests/unit/reference-drift.test.ts.
import type { CliSpec, OptionSpec } from './schema.ts';

export interface ReferenceFlag {
  type: string;
  short: string | null;
  default: string;
}

/**
 * pflag's `--help` prints a shorter word than the reference's type for some values
 * (pflag `UnquoteUsage`): `stringSlice` as `strings`, `int64` as `int`, ... Booleans print none.
 */
const HELP_TYPE: Record<string, string> = { stringSlice: 'strings', int64: 'int', uint64: 'uint', float64: 'float', intSlice: 'ints', uintSlice: 'uints', boolSlice: 'bools', durationSlice: 'durations' };

export function helpTypeOf(referenceType: string): string | null {
  if (referenceType === 'bool') return null;
  return HELP_TYPE[referenceType] ?? referenceType;
}

/**
 * The default as `--help` prints it inside `(default …)`: strings quoted, zero values omitted.
 * The two generators disagree on zero values only (the reference prints `0`, `0s`; the help prints
 * `[]`, `map[]` for some list types), so both sides' zero values read as "none".
 */
export function helpDefaultOf(f: ReferenceFlag): string | null {
  if (ZERO.has(f.default)) return null;
  if (f.type === 'bool' && f.default === 'false') return null;
  return f.type === 'string' ? JSON.stringify(f.default) : f.default;
}

const ZERO = new Set(['', '0', '0s', '[]', 'map[]']);
const helpSide = (d: string | null): string | null => (d === null || ZERO.has(d) ? null : d);

/** One line per difference; empty when the help and the reference agree. */
export function compareHelpWithReference(spec: CliSpec, reference: Map<string, Map<string, ReferenceFlag>>, release: string): string[] {
  const lines: string[] = [];
  const help = new Map([[spec.root.slug, spec.root], ...spec.commands.map((c) => [c.slug, c] as const)]);
  for (const slug of [...new Set([...help.keys(), ...reference.keys()])].sort()) {
    const h = help.get(slug);
    const r = reference.get(slug);
    if (!h) {
      lines.push(`+ command ${slug}: in the ${release} reference, not in the ${spec.version} help`);
      continue;
    }
    if (!r) {
      lines.push(`- command ${slug}: in the ${spec.version} help, not in the ${release} reference`);
      continue;
    }
    const opts = new Map<string, OptionSpec>(h.options.map((o) => [o.long, o]));
    for (const long of [...new Set([...opts.keys(), ...r.keys()])].sort()) {
      const o = opts.get(long);
      const f = r.get(long);
      if (!o) lines.push(`+ ${slug} --${long}: in the ${release} reference, not in the ${spec.version} help`);
      else if (!f) lines.push(`- ${slug} --${long}: in the ${spec.version} help, not in the ${release} reference`);
      else {
        if ((o.short ?? null) !== f.short) lines.push(`~ ${slug} --${long}: shorthand ${o.short ? `-${o.short}` : 'none'} in the help, ${f.short ? `-${f.short}` : 'none'} in the reference`);
        const t = helpTypeOf(f.type);
        if (o.valueType !== t) lines.push(`~ ${slug} --${long}: type ${o.valueType ?? 'bool'} in the help, ${f.type} in the reference`);
        else if (helpSide(o.default) !== helpDefaultOf(f)) lines.push(`~ ${slug} --${long}: default ${o.default ?? 'none'} in the help, ${helpDefaultOf(f) ?? 'none'} in the reference`);
      }
    }
  }
  return lines;
}
