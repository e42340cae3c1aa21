import type { CliSpec, CommandSpec, OptionSpec } from './schema.ts';

/** One option field that differs: `valueType` `string` -> `list`. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface CommandDiff {
  slug: string;
  addedFlags: string[];
  removedFlags: string[];
  changedFlags: Array<{ long: string; changes: FieldChange[] }>;
  /** Changes outside the options: summary, usage, aliases, subcommands, ... */
  otherChanges: FieldChange[];
}

export interface SpecDiff {
  version: { before: string; after: string } | null;
  addedCommands: string[];
  removedCommands: string[];
  changedCommands: CommandDiff[];
}

const OPTION_FIELDS: Array<keyof OptionSpec> = ['short', 'valueType', 'default', 'description', 'windowsOnly', 'experimental', 'deprecated'];
const COMMAND_FIELDS: Array<keyof CommandSpec> = ['path', 'canonicalPath', 'aliases', 'summary', 'longDescription', 'usage', 'isGroup', 'subcommands', 'examples', 'experimental'];

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** What changed between two specs (the committed one and one parsed from the live CLI), command by command, flag by flag. */
export function diffSpecs(before: CliSpec, after: CliSpec): SpecDiff {
  const index = (s: CliSpec) => new Map([s.root, ...s.commands].map((c) => [c.slug, c]));
  const a = index(before);
  const b = index(after);
  const changedCommands: CommandDiff[] = [];
  for (const [slug, old] of a) {
    const now = b.get(slug);
    if (!now) continue;
    const d = diffCommand(old, now);
    if (d) changedCommands.push(d);
  }
  return {
    version: before.version === after.version ? null : { before: before.version, after: after.version },
    addedCommands: [...b.keys()].filter((k) => !a.has(k)).sort(),
    removedCommands: [...a.keys()].filter((k) => !b.has(k)).sort(),
    changedCommands: changedCommands.sort((x, y) => (x.slug < y.slug ? -1 : 1)),
  };
}

function diffCommand(before: CommandSpec, after: CommandSpec): CommandDiff | null {
  const a = new Map(before.options.map((o) => [o.long, o]));
  const b = new Map(after.options.map((o) => [o.long, o]));
  const changedFlags: CommandDiff['changedFlags'] = [];
  for (const [long, old] of a) {
    const now = b.get(long);
    if (!now) continue;
    const changes = OPTION_FIELDS.filter((f) => !same(old[f], now[f])).map((f) => ({ field: f, before: old[f], after: now[f] }));
    if (changes.length > 0) changedFlags.push({ long, changes });
  }
  const d: CommandDiff = {
    slug: before.slug,
    addedFlags: [...b.keys()].filter((k) => !a.has(k)),
    removedFlags: [...a.keys()].filter((k) => !b.has(k)),
    changedFlags,
    otherChanges: COMMAND_FIELDS.filter((f) => !same(before[f] ?? null, after[f] ?? null)).map((f) => ({ field: f, before: before[f], after: after[f] })),
  };
  return d.addedFlags.length + d.removedFlags.length + d.changedFlags.length + d.otherChanges.length > 0 ? d : null;
}

export function isEmptyDiff(d: SpecDiff): boolean {
  return d.version === null && d.addedCommands.length === 0 && d.removedCommands.length === 0 && d.changedCommands.length === 0;
}

const show = (v: unknown): string => {
  const s = JSON.stringify(v) ?? 'undefined';
  return s.length > 120 ? `${s.slice(0, 117)}...` : s;
};

/** One line per finding, for the terminal: `+ command image-lint`, `~ container-run --restart: default "no" -> "always"`. */
export function formatSpecDiff(d: SpecDiff): string[] {
  const out: string[] = [];
  if (d.version) out.push(`~ version: ${d.version.before} -> ${d.version.after}`);
  for (const s of d.addedCommands) out.push(`+ command ${s}`);
  for (const s of d.removedCommands) out.push(`- command ${s}`);
  for (const c of d.changedCommands) {
    for (const f of c.addedFlags) out.push(`+ ${c.slug} --${f}`);
    for (const f of c.removedFlags) out.push(`- ${c.slug} --${f}`);
    for (const f of c.changedFlags) for (const ch of f.changes) out.push(`~ ${c.slug} --${f.long}: ${ch.field} ${show(ch.before)} -> ${show(ch.after)}`);
    for (const ch of c.otherChanges) out.push(`~ ${c.slug}: ${ch.field} ${show(ch.before)} -> ${show(ch.after)}`);
  }
  return out;
}
