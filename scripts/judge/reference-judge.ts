// The judge for command lines that run a plugin. The docker binary here has no
// plugins, so for `docker buildx ...`, `docker compose ...` and `docker build` with a flag only
// BuildKit has, the verdict comes from the plugin's reference instead: a small, separate cobra-like
// walk over src/generated/plugin-spec.json (it shares no code with the validator), with cobra's
// own error wording so the agreement report can compare error kinds.
import { capturedSpec, pluginSpecs } from '../../src/lib/cli-spec/index.ts';
import type { CommandSpec, PluginSpec } from '../../src/lib/cli-spec/schema.ts';

export interface ReferenceVerdict {
  verdict: 'ok' | 'error';
  reason: string;
  /** Which judge decided: `buildx v0.24.0 reference`, `compose v2.36.2 reference`. */
  judge: string;
}

const judgeName = (p: PluginSpec) => `${p.name} v${p.version} reference`;

interface Flag {
  long: string;
  short: string | null;
  bool: boolean;
}
const flagsOf = (c: CommandSpec): Flag[] => [...c.options.map((o) => ({ long: o.long, short: o.short, bool: o.valueType === null })), { long: 'help', short: 'h', bool: true }];

type Step = { ok: true; next: number; positional: string[] } | { ok: false; reason: string };

/** pflag over `args` from `k`: flags must be `flags`'; stops at `--`, or at the first positional when not interspersed or when `stopAtWord`. */
function parse(args: string[], k: number, flags: Flag[], stopAtWord: boolean): Step {
  const positional: string[] = [];
  for (; k < args.length; k++) {
    const a = args[k] as string;
    if (a === '--') return { ok: true, next: args.length, positional: [...positional, ...args.slice(k + 1)] };
    if (!a.startsWith('-') || a === '-') {
      if (stopAtWord) return { ok: true, next: k, positional };
      positional.push(a);
      continue;
    }
    if (a.startsWith('--')) {
      const [name, value] = a.slice(2).split(/=(.*)/s) as [string, string | undefined];
      const f = flags.find((x) => x.long === name);
      if (!f) return { ok: false, reason: `unknown flag: --${name}` };
      if (f.bool) {
        if (value !== undefined && !/^(1|0|t|f|T|F|true|false|TRUE|FALSE|True|False)$/.test(value)) return { ok: false, reason: `invalid argument "${value}" for "--${name}" flag: strconv.ParseBool: parsing "${value}": invalid syntax` };
      } else if (value === undefined) {
        if (k + 1 >= args.length) return { ok: false, reason: `flag needs an argument: --${name}` };
        k++;
      }
      continue;
    }
    for (let i = 1; i < a.length; i++) {
      const c = a[i] as string;
      const f = flags.find((x) => x.short === c);
      if (!f) return { ok: false, reason: `unknown shorthand flag: '${c}' in ${a}` };
      if (f.bool) continue;
      if (i + 1 < a.length) break;
      if (k + 1 >= args.length) return { ok: false, reason: `flag needs an argument: '${c}' in ${a}` };
      k++;
    }
  }
  return { ok: true, next: k, positional };
}

/** Stops at its first argument: a command that starts a program (`COMMAND [ARGS...]`). */
function startsProgram(c: CommandSpec): boolean {
  const args = c.usage[0]?.args ?? [];
  const k = args.findIndex((a) => a.text === 'COMMAND');
  return k >= 0 && args.slice(k + 1).some((a) => a.repeated);
}

function walk(p: PluginSpec, start: CommandSpec, args: string[], k: number): ReferenceVerdict {
  const judge = judgeName(p);
  const all = [p.root, ...p.commands];
  let cmd = start;
  for (;;) {
    const children = all.filter((c) => c.path.length === cmd.path.length + 1 && c.path.slice(0, -1).join(' ') === cmd.path.join(' '));
    if (children.length === 0) break;
    const step = parse(args, k, flagsOf(cmd), true);
    if (!step.ok) return { verdict: 'error', reason: step.reason, judge };
    const word = args[step.next];
    const child = word === undefined ? undefined : children.find((c) => [c.path, ...c.aliases].some((a) => a.length === c.path.length && a[a.length - 1] === word));
    if (!child) {
      if (cmd.isGroup) {
        if (word === undefined) return { verdict: 'ok', reason: 'prints the group help', judge };
        return { verdict: 'error', reason: `unknown command "${word}" for "docker ${cmd.path.join(' ')}"`, judge };
      }
      break;
    }
    cmd = child;
    k = step.next + 1;
  }
  const step = parse(args, k, flagsOf(cmd), startsProgram(cmd) && !cmd.isGroup);
  if (!step.ok) return { verdict: 'error', reason: step.reason, judge };
  let positional = step.positional;
  if (step.next < args.length) {
    // Stopped at the program's first word: the rest belongs to it.
    positional = [...positional, ...args.slice(step.next)];
  }
  if (args.slice(k).some((a) => a === '--help' || a === '-h')) return { verdict: 'ok', reason: 'prints help', judge };
  const min = Math.min(...cmd.usage.map((u) => u.minArgs));
  const max = cmd.usage.some((u) => u.maxArgs === null) ? null : Math.max(...cmd.usage.map((u) => u.maxArgs ?? 0));
  const n = positional.length;
  const name = `docker ${cmd.path.join(' ')}`;
  if (max === 0 && n > 0) return { verdict: 'error', reason: `"${name}" accepts no arguments.`, judge };
  if (n < min) return { verdict: 'error', reason: min === max ? `"${name}" requires exactly ${min} argument(s).` : `"${name}" requires at least ${min} argument(s).`, judge };
  if (max !== null && n > max) return { verdict: 'error', reason: min === max ? `"${name}" requires exactly ${max} argument(s).` : `"${name}" requires at most ${max} argument(s).`, judge };
  return { verdict: 'ok', reason: `passes the ${judge}'s flags and arguments`, judge };
}

/**
 * The reference's verdict on one docker argument list, or null when the binary is the judge: the
 * line does not run a plugin, or it is `docker build` with flags both builders accept.
 */
export function judgeByReference(args: string[]): ReferenceVerdict | null {
  // The CLI's own global options come first (`docker --debug compose up`).
  const root = flagsOf(capturedSpec.root);
  const g = parse(args, 0, root, true);
  if (!g.ok) return null;
  const k = g.next;
  const word = args[k];
  const plugin = pluginSpecs.find((p) => p.name === word);
  if (plugin) return walk(plugin, plugin.root, args, k + 1);
  // `docker build`, `docker builder build`, `docker image build`: BuildKit's when a flag only BuildKit has is used.
  for (const p of pluginSpecs) {
    for (const c of p.commands) {
      for (const form of c.serves ?? []) {
        if (args.slice(k, k + form.length).join(' ') !== form.join(' ')) continue;
        const legacy = capturedSpec.commands.find((x) => x.canonicalPath.join(' ') === 'image build');
        const legacyFlags = flagsOf(legacy ?? c);
        const rest = args.slice(k + form.length);
        const buildKitOnly = rest.some((a) => {
          if (a === '--') return false;
          if (a.startsWith('--')) {
            const name = a.slice(2).split('=')[0] as string;
            return c.options.some((o) => o.long === name) && !legacyFlags.some((f) => f.long === name);
          }
          return false;
        });
        if (!buildKitOnly) return null;
        const judge = judgeName(p);
        // Flags of the legacy builder pass on BuildKit with a warning (the validator's view).
        const flags = [...flagsOf(c), ...legacyFlags.filter((f) => !c.options.some((o) => o.long === f.long)).map((f) => ({ ...f, short: c.options.some((o) => o.short === f.short) ? null : f.short }))];
        const step = parse(rest, 0, flags, false);
        if (!step.ok) return { verdict: 'error', reason: step.reason, judge };
        const n = step.positional.length;
        if (n !== 1) return { verdict: 'error', reason: `"docker ${form.join(' ')}" requires exactly 1 argument(s).`, judge };
        return { verdict: 'ok', reason: `passes the ${judge}'s flags and arguments`, judge };
      }
    }
  }
  return null;
}
