// The command tree as cobra walks it: every command path and every alias path from the spec, so
// `docker ps`, `docker container list` and `docker container ls` all reach `container ls`, plus
// the facts measured from the real binary (content/validator/cli-facts.json) that the help text
// does not show: which commands stop flag parsing at their first argument, the real arity, hidden
// flags and flags that do not need a value.
import type { CliSpec, CommandSpec, OptionSpec } from '../cli-spec/schema.ts';
import type { CliFacts, CommandFacts } from './cli-facts.ts';

export interface FlagInfo {
  long: string;
  short: string | null;
  /** Value type word from the help text; null for a boolean flag. */
  valueType: string | null;
  /** The flag works without a value (booleans, and the few valued flags with a no-value default). */
  noValue: boolean;
  deprecated: boolean;
  hidden: boolean;
  /**
   * Only the legacy builder has it (`docker build --squash`): BuildKit, which runs `docker build`
   * once buildx is installed, does not list it. Accepted with a warning.
   */
  legacyOnly?: boolean;
}

export interface CommandNode {
  /** Words typed to reach it through this route (`['ps']` or `['container','ls']`). */
  words: string[];
  /** The command it resolves to; null for the root. */
  spec: CommandSpec | null;
  canonical: string;
  children: Map<string, CommandNode>;
  flagsByLong: Map<string, FlagInfo>;
  flagsByShort: Map<string, FlagInfo>;
  facts: CommandFacts | null;
}

export interface CommandIndex {
  root: CommandNode;
  spec: CliSpec;
  facts: CliFacts;
  byCanonical: Map<string, CommandNode>;
}

function flagInfo(o: OptionSpec, noValueLongs: ReadonlySet<string>): FlagInfo {
  return {
    long: o.long,
    short: o.short,
    valueType: o.valueType,
    noValue: o.valueType === null || noValueLongs.has(o.long),
    deprecated: o.deprecated,
    hidden: o.hidden ?? false,
  };
}

/**
 * `image build` (and `docker build`, `docker builder build`) as users run it: BuildKit's flags
 * from `buildx build`, whose Aliases line claims these forms, and the legacy builder's own flags
 * marked `legacyOnly`. A flag both list keeps BuildKit's type.
 */
function buildKitFlags(served: CommandSpec, legacy: CommandSpec, noValue: ReadonlySet<string>): FlagInfo[] {
  const out = served.options.map((o) => flagInfo(o, noValue));
  const longs = new Set(out.map((f) => f.long));
  const shorts = new Set(out.map((f) => f.short).filter(Boolean));
  for (const o of legacy.options) {
    if (longs.has(o.long)) continue;
    const f = flagInfo(o, noValue);
    if (f.short && shorts.has(f.short)) f.short = null;
    out.push({ ...f, legacyOnly: true });
  }
  return out;
}

function makeNode(words: string[], spec: CommandSpec | null, facts: CliFacts, servedBy?: CommandSpec): CommandNode {
  const canonical = spec ? spec.canonicalPath.join(' ') : '';
  const f = facts.commands[canonical] ?? null;
  const noValue = new Set(f?.noValueFlags ?? []);
  const flagsByLong = new Map<string, FlagInfo>();
  const flagsByShort = new Map<string, FlagInfo>();
  const add = (fi: FlagInfo) => {
    flagsByLong.set(fi.long, fi);
    if (fi.short) flagsByShort.set(fi.short, fi);
  };
  if (spec && servedBy) for (const fi of buildKitFlags(servedBy, spec, noValue)) add(fi);
  else for (const o of spec?.options ?? []) add(flagInfo(o, noValue));
  for (const h of f?.hiddenFlags ?? []) add({ long: h.long, short: h.short ?? null, valueType: h.valueType, noValue: h.valueType === null, deprecated: h.deprecated ?? false, hidden: true });
  // cobra adds --help (and a deprecated -h) to every command.
  if (!flagsByLong.has('help')) add({ long: 'help', short: 'h', valueType: null, noValue: true, deprecated: false, hidden: true });
  return { words, spec, canonical, children: new Map(), flagsByLong, flagsByShort, facts: f };
}

/** Builds the tree once per spec; callers cache it (see validate.ts). */
export function buildCommandIndex(spec: CliSpec, facts: CliFacts): CommandIndex {
  // Captured commands a plugin command runs instead (`image build` -> `buildx build`).
  const servedBy = new Map<string, CommandSpec>();
  for (const c of spec.commands) for (const f of c.serves ?? []) servedBy.set(f.join(' '), c);
  const root = makeNode([], spec.root, facts);
  root.canonical = '';
  const byCanonical = new Map<string, CommandNode>();
  // Group commands first so that leaf aliases (`docker container ls`) hang under them.
  const sorted = [...spec.commands].sort((a, b) => a.path.length - b.path.length);
  const nodeFor = (words: string[], cmd: CommandSpec): void => {
    let cur = root;
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      let next = cur.children.get(w);
      if (!next) {
        if (i < words.length - 1) return; // parent group not in the spec: the alias is unreachable
        next = makeNode(words, cmd, facts, servedBy.get(cmd.canonicalPath.join(' ')));
        cur.children.set(w, next);
        if (!byCanonical.has(next.canonical)) byCanonical.set(next.canonical, next);
      }
      cur = next;
    }
  };
  for (const cmd of sorted) {
    const routes = [cmd.canonicalPath, cmd.path, ...cmd.aliases];
    for (const r of routes) nodeFor(r, cmd);
  }
  // Aliases of a group hold no children of their own; share the group's children.
  for (const cmd of sorted) {
    if (!cmd.isGroup) continue;
    const main = byCanonical.get(cmd.canonicalPath.join(' '));
    if (!main) continue;
    for (const r of cmd.aliases) {
      let cur: CommandNode | undefined = root;
      for (const w of r) cur = cur?.children.get(w);
      if (cur && cur !== main) cur.children = main.children;
    }
  }
  return { root, spec, facts, byCanonical };
}
