// Does the installed Docker CLI still print what the committed snapshots say?
// Usage: npm run check:cli
// Captures the live help with capture-help's own code into a temp directory, then compares it with
// content/cli-help/docker-<version>/: added/removed commands, added/removed/changed flags (by
// parsing both sides), and any other text change. Exit 0 when identical, 1 on drift; when docker
// cannot be run here (not installed, no `unshare -n`) it says why and exits 0.
//
// What is captured and what is not: the commands of the Docker CLI binary itself are captured
// from its `--help` (content/cli-help/). The buildx and compose plugins are not installed where
// that capture runs, so their commands come from the plugins' own references
// (content/plugin-reference/); where the plugins are installed, this check also
// captures `docker buildx ... --help` / `docker compose ... --help` and compares them with the
// references (scripts/capture-plugins.ts).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffSpecs, formatSpecDiff } from '../src/lib/cli-spec/diff-specs.ts';
import { DOCKER_CLI_VERSION } from '../src/lib/cli-spec/version.ts';
import { capturedSpec } from '../src/lib/cli-spec/index.ts';
import { referenceAt } from '../src/lib/cli-spec/history.ts';
import { compareHelpWithReference } from '../src/lib/cli-spec/reference-drift.ts';
import { releaseLine } from '../src/lib/cli-spec/release-history.ts';
import { captureHelp, writeCapture } from './capture-help.ts';
import { buildSpec, snapshotDir } from './gen-spec.ts';
import { dockerUnavailableReason } from './lib/docker-exec.ts';
import { checkPlugins } from './capture-plugins.ts';

/**
 * Every difference between two snapshot directories, one line each: first what the parsed specs
 * say (commands, flags, usage...), then any text change the specs do not show (wrapping, spacing).
 */
export function compareSnapshotDirs(committed: { dir: string; version: string }, live: { dir: string; version: string }): string[] {
  const lines = formatSpecDiff(diffSpecs(buildSpec(committed.dir, committed.version), buildSpec(live.dir, live.version)));
  const txt = (dir: string) => new Set(readdirSync(dir).filter((f) => f.endsWith('.txt')));
  const a = txt(committed.dir);
  const b = txt(live.dir);
  for (const f of [...a].filter((f) => b.has(f)).sort()) {
    const before = readFileSync(join(committed.dir, f), 'utf8');
    const after = readFileSync(join(live.dir, f), 'utf8');
    if (before === after) continue;
    const x = before.split('\n');
    const y = after.split('\n');
    let n = 0;
    while (n < x.length && n < y.length && x[n] === y[n]) n++;
    lines.push(`~ text ${f}:${n + 1}: ${JSON.stringify(x[n] ?? '<end of file>')} -> ${JSON.stringify(y[n] ?? '<end of file>')}`);
  }
  return lines;
}

export interface DriftResult {
  /** 0 identical, 1 drift; null when skipped. */
  status: 0 | 1 | null;
  lines: string[];
}

/** Runs the whole check; `keep` leaves the live capture on disk when there is drift (the CLI does). */
export async function checkCliDrift(opts: { keep?: boolean } = {}): Promise<DriftResult> {
  const why = dockerUnavailableReason();
  if (why !== null) return { status: null, lines: [`check:cli skipped: ${why}. The committed snapshots in content/cli-help/docker-${DOCKER_CLI_VERSION} were not compared.`] };
  if (!existsSync(snapshotDir)) return { status: 1, lines: [`no committed snapshots at ${snapshotDir}; run \`npm run capture-help\` and commit them`] };
  const cap = await captureHelp();
  const liveDir = mkdtempSync(join(tmpdir(), 'dockref-cli-drift-'));
  writeCapture(cap, liveDir, new Date().toISOString().slice(0, 10));
  const lines = compareSnapshotDirs({ dir: snapshotDir, version: DOCKER_CLI_VERSION }, { dir: liveDir, version: cap.version });
  const plugins = await checkPlugins();
  if (lines.length === 0) {
    rmSync(liveDir, { recursive: true, force: true });
    return { status: plugins.drift ? 1 : 0, lines: [`check:cli: the installed docker ${cap.version} prints exactly the committed help of ${cap.commands.length - 1} commands and the root`, ...plugins.lines] };
  }
  const fix =
    cap.version === DOCKER_CLI_VERSION
      ? 'If the change is wanted: npm run capture-help && npm run gen:spec && npm run test:golden:update, then review and commit.'
      : `The installed CLI is ${cap.version}, the site is built from ${DOCKER_CLI_VERSION}: update src/lib/cli-spec/version.ts, then npm run capture-help && npm run gen:spec && npm run test:golden:update.`;
  const where = opts.keep ? `The live capture is in ${liveDir} (diff it against ${snapshotDir}).` : '';
  if (!opts.keep) rmSync(liveDir, { recursive: true, force: true });
  return { status: 1, lines: [`check:cli: ${lines.length} difference(s) between the installed docker ${cap.version} and content/cli-help/docker-${DOCKER_CLI_VERSION}:`, ...lines, where, fix, ...plugins.lines].filter((l) => l !== '') };
}

/**
 * The committed help snapshots against docker/cli's generated reference of the same release line
 * (from src/generated/release-history.json): every command, flag, shorthand, type and default that
 * differs. The expected differences are pinned in tests/fixtures/docker-reference/help-vs-reference-28.2.txt.
 */
export function referenceDriftLines(): string[] {
  const line = releaseLine(DOCKER_CLI_VERSION);
  const diff = compareHelpWithReference(capturedSpec, referenceAt('docker', line), line);
  if (diff.length === 0) return [`check:cli: the ${DOCKER_CLI_VERSION} help snapshots say what docker/cli's ${line} reference says`];
  return [`check:cli: the ${DOCKER_CLI_VERSION} help snapshots and docker/cli's ${line} reference (src/generated/release-history.json) differ in ${diff.length} place(s):`, ...diff];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const r = await checkCliDrift({ keep: true });
  for (const l of r.lines) (r.status === 1 ? console.error : console.log)(l);
  for (const l of referenceDriftLines()) console.log(l);
  console.log(`(${Date.now() - started} ms)`);
  process.exitCode = r.status === 1 ? 1 : 0;
}
