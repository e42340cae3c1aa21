// The plugin half of `npm run capture-help` and `npm run check:cli`. The site's facts
// about `docker buildx` and `docker compose` come from the plugins' references
// (content/plugin-reference/, see its SOURCE.md), because the machine the help is captured on has
// no plugins. Where a machine does have them, this captures `docker buildx ... --help` and
// `docker compose ... --help` (the same walk as the CLI's own) and compares every command's flags
// (name, shorthand, type) and command list with the reference, so a version mismatch or a
// reference the parser misreads shows up. Without the plugin it says so and compares nothing.
import { parseHelp } from '../src/lib/cli-spec/parse-help.ts';
import { isCommandSection, parseSubcommands } from '../src/lib/cli-spec/parse-subcommands.ts';
import { splitSections } from '../src/lib/cli-spec/split-sections.ts';
import type { CommandSpec, PluginSpec } from '../src/lib/cli-spec/schema.ts';
import { pluginSpecs } from '../src/lib/cli-spec/index.ts';
import { runDockerAsync } from './lib/docker-exec.ts';

export interface PluginCapture {
  name: string;
  /** Null when `docker <name> --help` did not print the plugin's help (not installed). */
  commands: CommandSpec[] | null;
  reason?: string;
}

/** Walks `docker <plugin> --help` and every command it lists; `help(path)` runs one `--help`. */
export async function capturePlugin(name: string, help: (path: string[]) => Promise<string | null> = liveHelp): Promise<PluginCapture> {
  const first = await help([name]);
  if (first === null) return { name, commands: null, reason: `docker ${name} --help did not print the plugin's help (the ${name} plugin is not installed here)` };
  const out: CommandSpec[] = [];
  const queue: Array<{ path: string[]; text: string | null }> = [{ path: [name], text: first }];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const { path, text: known } = queue.shift() as { path: string[]; text: string | null };
    if (seen.has(path.join(' '))) continue;
    seen.add(path.join(' '));
    const text = known ?? (await help(path));
    if (text === null) continue;
    out.push(parseHelp(text));
    for (const s of splitSections(text).sections.filter((x) => isCommandSection(x.heading))) {
      for (const sub of parseSubcommands(s)) queue.push({ path: [...path, sub.name.replace(/\*$/, '')], text: null });
    }
  }
  return { name, commands: out };
}

/**
 * The help of `docker <path>` when it is that command's own: without the plugin, `docker buildx
 * --help` prints the root help (exit 0), so the usage line must name the path.
 */
async function liveHelp(path: string[]): Promise<string | null> {
  const r = await runDockerAsync([...path, '--help']);
  if (r.status !== 0 || r.timedOut || !r.stdout.startsWith('Usage:')) return null;
  const usage = /^Usage:\s+(.*)$/m.exec(r.stdout)?.[1] ?? '';
  return isOwnHelp(usage, path) ? r.stdout : null;
}

/** `docker compose up [OPTIONS] ...` is the help of `['compose', 'up']`; `docker [OPTIONS] COMMAND` is not. */
export function isOwnHelp(usageLine: string, path: readonly string[]): boolean {
  const words = usageLine.trim().split(/\s+/);
  return words[0] === 'docker' && path.every((w, i) => words[i + 1] === w);
}

/** Differences between a live plugin help and its reference, one line each (`+`/`-`/`~`). */
export function compareWithReference(live: readonly CommandSpec[], ref: PluginSpec): string[] {
  const lines: string[] = [];
  const refs = new Map([ref.root, ...ref.commands].filter((c) => !c.hidden).map((c) => [c.path.join(' '), c]));
  const lives = new Map(live.map((c) => [c.path.join(' '), c]));
  for (const k of lives.keys()) if (!refs.has(k)) lines.push(`+ command docker ${k} (in the live help, not in the ${ref.name} v${ref.version} reference)`);
  for (const k of refs.keys()) if (!lives.has(k)) lines.push(`- command docker ${k} (in the ${ref.name} v${ref.version} reference, not in the live help)`);
  for (const [k, l] of lives) {
    const r = refs.get(k);
    if (!r) continue;
    const rf = new Map(r.options.filter((o) => !o.hidden).map((o) => [o.long, o]));
    const lf = new Map(l.options.filter((o) => o.long !== 'help').map((o) => [o.long, o]));
    for (const f of lf.keys()) if (!rf.has(f)) lines.push(`+ docker ${k} --${f}`);
    for (const f of rf.keys()) if (!lf.has(f)) lines.push(`- docker ${k} --${f}`);
    for (const [f, lo] of lf) {
      const ro = rf.get(f);
      if (!ro) continue;
      if (ro.short !== lo.short) lines.push(`~ docker ${k} --${f}: shorthand ${JSON.stringify(ro.short)} -> ${JSON.stringify(lo.short)}`);
      if (ro.valueType !== lo.valueType) lines.push(`~ docker ${k} --${f}: type ${JSON.stringify(ro.valueType)} -> ${JSON.stringify(lo.valueType)}`);
    }
  }
  return lines;
}

/** Captures every plugin the references cover and compares; lines for the report. */
export async function checkPlugins(help?: (path: string[]) => Promise<string | null>): Promise<{ drift: boolean; lines: string[] }> {
  const lines: string[] = [];
  let drift = false;
  for (const ref of pluginSpecs) {
    const cap = await capturePlugin(ref.name, help);
    if (!cap.commands) {
      lines.push(`plugins: ${cap.reason}; its pages and checks come from the ${ref.name} v${ref.version} reference (content/plugin-reference/).`);
      continue;
    }
    const diff = compareWithReference(cap.commands, ref);
    if (diff.length === 0) lines.push(`plugins: docker ${ref.name} --help lists exactly the commands and flags of the ${ref.name} v${ref.version} reference (${cap.commands.length} commands).`);
    else {
      drift = true;
      lines.push(`plugins: docker ${ref.name} --help differs from the ${ref.name} v${ref.version} reference in ${diff.length} place(s) (a different plugin version, or a reference the parser misreads):`, ...diff);
    }
  }
  return { drift, lines };
}
