// `npm run test:engine`: replays every guide chapter, top to bottom, on a real Docker Engine
// (scripts/engine/engine.ts) with stand-in images (scripts/engine/standins.ts), each chapter in a
// fresh engine state and a fresh working directory; then the command catalog's examples, each
// with the fixtures it needs (scripts/engine/catalog.ts).
// Every example ends as one of: ran as expected; unexpected (a runnable example failed, a mistake
// did not fail, a run timed out); not run, with a reason (scripts/engine/classify.ts). The hidden
// set-up and clean-up lines a chapter needs, and the examples whose expected outcome is not the
// default, are in scripts/engine/plan.yaml (shown to no reader).
// Outputs that help a reader (ps, logs, inspect -f, port, network ls, …) are captured into
// content/validator/engine-outputs.json with `--update`; without it, the committed file is checked
// for drift (an output for an example that is gone, or an example that lost its output).
// Last lines: `engine: ran R/T catalog examples, U unexpected, N not run`, then
// `engine: ran R/T guide examples, U unexpected, N not run`.
//   npm run test:engine [-- --update] [-- --chapter volumes] [-- --lang en] [-- --no-catalog]
//                       [-- --command container-run] [-- --no-guides] [-- --verbose]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ContentExample } from '../../src/lib/content/examples.ts';
import { collectExamples } from '../../src/lib/content/registry.ts';
import { readContentFiles } from '../../src/lib/content/files.ts';
import { classifyDockerfile, classifyShell, commandWords, dockerInvocations, needsTty, REASON_TEXT, type NotRunReason } from './classify.ts';
import { execute, type Outcome, type PlanEntry } from './outcome.ts';
import { runCatalog, type CatalogPlan, type CatalogResult } from './catalog.ts';
import { client, engineUnavailableReason, shell, startEngine, stopEngine, type Engine } from './engine.ts';
import { cachedRegistry, ensureStandIns, LOCAL_STAND_INS, searchDescriptions, STAND_INS, standInFor, standInKey } from './standins.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const OUTPUTS = join(ROOT, 'content/validator/engine-outputs.json');
const argv = process.argv.slice(2);
const opt = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const UPDATE = argv.includes('--update');
const ONLY_CHAPTER = opt('--chapter');
const ONLY_LANG = opt('--lang');
const VERBOSE = argv.includes('--verbose');
const ONLY_COMMAND = opt('--command');
// One chapter or language is a guide run; one command page is a catalog run.
const NO_CATALOG = argv.includes('--no-catalog') || Boolean(ONLY_CHAPTER || ONLY_LANG);
const NO_GUIDES = argv.includes('--no-guides') || Boolean(ONLY_COMMAND);

interface ChapterPlan {
  files?: Record<string, string>;
  setup?: string[];
  examples?: Record<string, PlanEntry>;
}
interface Plan {
  chapters: Record<string, ChapterPlan>;
  catalog?: CatalogPlan;
}

export interface CapturedOutput {
  line: number;
  code: string;
  output: string;
  standIns: string[];
}


const log = (s: string) => process.stdout.write(`${s}\n`);

function loadPlan(): Plan {
  const file = join(ROOT, 'scripts/engine/plan.yaml');
  const plan = parseYaml(readFileSync(file, 'utf8')) as Plan;
  if (!plan || typeof plan.chapters !== 'object') throw new Error(`${file}: needs a top-level "chapters" map`);
  return plan;
}

/** Commands whose output helps a reader; their outputs are captured for the page. */
const OUTPUT_VERBS = new Set(['ls', 'ps', 'logs', 'port', 'history', 'diff', 'top', 'images', 'df', 'env', 'id', 'pwd', 'hostname']);
function wantsOutput(code: string): boolean {
  const inv = dockerInvocations(code);
  if (inv.length !== 1 || /[|>]/.test(code.replace(/'[^']*'/g, '').replace(/"[^"]*"/g, ''))) return false;
  const args = inv[0]!;
  const [first, second] = commandWords(args);
  const verb = ['container', 'image', 'network', 'volume', 'system'].includes(first ?? '') ? second : first;
  if (verb === 'inspect') return args.some((a) => a === '-f' || a === '--format' || a.startsWith('--format=') || a.startsWith('-f='));
  if (verb === 'version') return args.some((a) => a.startsWith('--format') || a === '-f');
  if (verb === 'run' && args.includes('--rm') && !args.some((a) => /^-[a-z]*d[a-z]*$/.test(a))) return true;
  if (verb === 'exec' && !needsTty(code)) return true;
  return verb !== undefined && OUTPUT_VERBS.has(verb);
}

const TAGS = LOCAL_STAND_INS.flatMap((s) => s.tags);


/** Puts stand-in tags back (re-tags the image, or loads the stand-ins again when it is gone). */
function restoreTags(engine: Engine, ids: Map<string, string>, tags: readonly string[]): void {
  for (const tag of tags) {
    const id = ids.get(tag);
    if (!id) throw new Error(`scripts/engine/plan.yaml: restore: ${tag} is not a stand-in tag (${TAGS.join(', ')})`);
    if (client(engine, ['image', 'inspect', '-f', '{{.Id}}', tag], 30).stdout.trim() === id) continue;
    if (client(engine, ['image', 'tag', id, tag], 30).status !== 0) {
      const r = client(engine, ['image', 'pull', '-q', tag], 300);
      if (r.status !== 0) throw new Error(`putting back the stand-in ${tag} failed: ${(r.stderr || r.stdout).trim()}`);
    }
  }
}

/** Brings the engine back to its start: no containers, volumes, networks or images but the stand-ins. */
function resetEngine(engine: Engine, ids: Map<string, string>): void {
  const q = (args: string[]) => client(engine, args, 120).stdout.split('\n').filter(Boolean);
  const containers = q(['container', 'ls', '-aq']);
  if (containers.length) client(engine, ['container', 'rm', '-f', '-v', ...containers], 120);
  const volumes = q(['volume', 'ls', '-q']);
  if (volumes.length) client(engine, ['volume', 'rm', '-f', ...volumes], 120);
  client(engine, ['network', 'prune', '-f'], 60);
  for (const ref of q(['image', 'ls', '--format', '{{.Repository}}:{{.Tag}}'])) {
    if (!TAGS.includes(ref) && ref !== '<none>:<none>') client(engine, ['image', 'rm', '-f', ref], 60);
  }
  restoreTags(engine, ids, [...ids.keys()]);
  client(engine, ['image', 'prune', '-f'], 60);
  client(engine, ['builder', 'prune', '-af'], 60);
}

/** The plan's entry for an example; keys are its exact text (trailing newlines aside). */
function planFor(plan: ChapterPlan, code: string): PlanEntry {
  const want = code.replace(/\n+$/, '');
  for (const [key, entry] of Object.entries(plan.examples ?? {})) if (key.replace(/\n+$/, '') === want) return entry ?? {};
  return {};
}

function chapterOf(file: string): { lang: string; chapter: string } {
  const m = /^content\/guides\/([a-z]+)\/([a-z0-9-]+)\.mdx?$/.exec(file);
  return { lang: m?.[1] ?? '', chapter: m?.[2] ?? '' };
}

interface ExampleResult {
  example: ContentExample;
  outcome: Outcome;
  output?: CapturedOutput;
}

/** Runs one chapter's examples in order; returns their results. */
function runChapter(engine: Engine, ids: Map<string, string>, examples: ContentExample[], plan: ChapterPlan, chapter: string): ExampleResult[] {
  resetEngine(engine, ids);
  const work = mkdtempSync(`/tmp/dockref-chapter-${chapter}-`);
  const results: ExampleResult[] = [];
  const seenStandIns = new Set<string>();
  try {
    for (const [name, text] of Object.entries(plan.files ?? {})) {
      mkdirSync(join(work, name, '..'), { recursive: true });
      writeFileSync(join(work, name), text);
    }
    for (const line of plan.setup ?? []) {
      const r = shell(engine, line, work, 60);
      if (r.status !== 0) throw new Error(`chapter ${chapter}: hidden set-up line failed: ${line}\n${r.stderr.trim()}`);
    }
    for (const ex of examples) {
      const entry = planFor(plan, ex.code);
      const hidden = (lines: string[] | undefined, when: string): string | null => {
        for (const line of lines ?? []) {
          const r = shell(engine, line, work, 60);
          if (r.status !== 0) return `hidden ${when} line \`${line}\` failed: ${(r.stderr || r.stdout).trim().split('\n')[0]}`;
        }
        return null;
      };
      if (ex.kind === 'dockerfile' && entry.writeAs) writeFileSync(join(work, entry.writeAs), `${ex.code.replace(/\n*$/, '')}\n`);
      let outcome: Outcome;
      let output: CapturedOutput | undefined;
      const decision = entry.skip
        ? { run: false, reason: entry.skip, detail: entry.note ?? REASON_TEXT[entry.skip] }
        : ex.kind === 'shell'
          ? classifyShell(ex.code, { localRegistry: true })
          : classifyDockerfile(ex.code, (ref) => standInFor(ref) !== undefined || ids.has(ref) || client(engine, ['image', 'inspect', ref], 20).status === 0);
      if (!decision.run) {
        outcome = { kind: 'not-run', reason: decision.reason!, detail: decision.detail ?? REASON_TEXT[decision.reason!] };
        results.push({ example: ex, outcome });
        const after = hidden(entry.after, 'clean-up');
        if (after) results[results.length - 1] = { example: ex, outcome: { kind: 'unexpected', why: after } };
        continue;
      }
      if (entry.restore?.length) restoreTags(engine, ids, entry.restore);
      const before = hidden(entry.before, 'set-up');
      if (before) {
        results.push({ example: ex, outcome: { kind: 'unexpected', why: before } });
        continue;
      }
      const { outcome: judged, failed, stdout, said } = execute(engine, ex, entry, work);
      outcome = judged;
      for (const tag of TAGS) if (ex.code.includes(tag) || (tag.endsWith(':latest') && new RegExp(`\\s${tag.slice(0, -7)}(\\s|$)`).test(ex.code))) seenStandIns.add(standInFor(tag)!.tags[0]!);
      if (outcome.kind === 'ok' && !ex.mistake && !failed && ex.kind === 'shell' && ex.label !== 'console fence' && wantsOutput(ex.code)) {
        // Trailing blanks (table columns) carry nothing and would end up at line ends in the page.
        const text = stdout.replace(/\r\n/g, '\n').replace(/[ \t]+$/gm, '').replace(/\s+$/, '');
        if (text) {
          const own = STAND_INS.filter((s) => s.tags.some((t) => ex.code.includes(t))).map((s) => s.tags[0]!);
          output = { line: ex.line, code: ex.code, output: text.split('\n').slice(0, 30).join('\n'), standIns: own.length ? own : [...seenStandIns].sort() };
        }
      }
      if (VERBOSE) log(`  ${ex.file}:${ex.line} ${outcome.kind}${failed ? ` (failed: ${said})` : ''} ${ex.code.split('\n')[0]}`);
      const after = hidden(entry.after, 'clean-up');
      if (after && outcome.kind === 'ok') outcome = { kind: 'unexpected', why: after };
      results.push({ example: ex, outcome, output });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return results;
}

function summarize(label: string, results: Array<{ outcome: Outcome }>): { ran: number; total: number; unexpected: number; notRun: number } {
  const byReason = new Map<NotRunReason, number>();
  let ran = 0;
  let unexpected = 0;
  for (const r of results) {
    if (r.outcome.kind === 'not-run') byReason.set(r.outcome.reason, (byReason.get(r.outcome.reason) ?? 0) + 1);
    else {
      ran++;
      if (r.outcome.kind === 'unexpected') unexpected++;
    }
  }
  for (const [reason, n] of [...byReason].sort((a, b) => b[1] - a[1])) log(`  not run, ${REASON_TEXT[reason]}: ${n}`);
  const notRun = results.length - ran;
  return { ran, total: results.length, unexpected, notRun };
}

async function main(): Promise<number> {
  const why = engineUnavailableReason();
  if (why) {
    log(`engine: cannot start the Docker Engine: ${why}`);
    return 2;
  }
  const started = Date.now();
  const plan = loadPlan();
  const all = collectExamples(readContentFiles(ROOT));
  const guides = all.filter((e) => e.file.startsWith('content/guides/'));
  const catalog = all.filter((e) => e.file.startsWith('content/commands/') && (!ONLY_COMMAND || e.file === `content/commands/${ONLY_COMMAND}.yaml`));
  const chapters = new Map<string, ContentExample[]>();
  for (const e of NO_GUIDES ? [] : guides) {
    const { lang, chapter } = chapterOf(e.file);
    if (ONLY_CHAPTER && chapter !== ONLY_CHAPTER) continue;
    if (ONLY_LANG && lang !== ONLY_LANG) continue;
    chapters.set(e.file, [...(chapters.get(e.file) ?? []), e]);
  }
  // A plan entry whose example is gone (edited or removed) is an error, not a silent no-op.
  const stale: string[] = [];
  for (const [name, chapter] of Object.entries(plan.chapters)) {
    const codes = new Set(guides.filter((e) => chapterOf(e.file).chapter === name).map((e) => e.code.replace(/\n+$/, '')));
    if (codes.size === 0) stale.push(`chapters.${name}: no guide chapter by that name`);
    for (const key of Object.keys(chapter?.examples ?? {})) if (!codes.has(key.replace(/\n+$/, ''))) stale.push(`chapters.${name}.examples: no example \`${key.split('\n')[0]}\` in that chapter`);
  }
  for (const [slug, page] of Object.entries(plan.catalog?.commands ?? {})) {
    const codes = new Set(all.filter((e) => e.file === `content/commands/${slug}.yaml`).map((e) => e.code.replace(/\n+$/, '')));
    if (codes.size === 0) stale.push(`catalog.commands.${slug}: no command page by that name`);
    for (const key of Object.keys(page?.examples ?? {})) if (!codes.has(key.replace(/\n+$/, ''))) stale.push(`catalog.commands.${slug}.examples: no example \`${key.split('\n')[0]}\` on that page`);
  }
  if (stale.length) throw new Error(`scripts/engine/plan.yaml names examples that are not in the guides (update the plan to the guides' text):\n${stale.map((s) => `  ${s}`).join('\n')}`);
  log(`engine: starting dockerd in its own network namespace`);
  const engine = await startEngine({ registrySeed: cachedRegistry(), descriptions: searchDescriptions() });
  // Interrupted (Ctrl+C, a CI timeout): stop the engine by its PID and remove its files first.
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.once(sig, () => {
      log(`engine: ${sig}: stopping dockerd (pid ${engine.pid})`);
      void stopEngine(engine).finally(() => process.exit(130));
    });
  }
  const results: ExampleResult[] = [];
  let catalogResults: CatalogResult[] | null = null;
  const outputs: Record<string, CapturedOutput[]> = {};
  try {
    log(`engine: Docker Engine ${engine.serverVersion} (Debian's docker.io) answering on ${engine.socket}, pid ${engine.pid}`);
    const { ids, pushed } = ensureStandIns(engine, log);
    // Chapters whose command sequence is the same in both languages run once; the other language
    // gets the same results (same input, same engine state), with its own file and lines.
    const done = new Map<string, ExampleResult[]>();
    // The chapters that pull the Go stand-in run last, after its background push (standins.ts).
    const pullsGo = (examples: ContentExample[]) => examples.some((e) => /docker (image )?pull\b.*\bgolang/.test(e.code));
    const order = [...chapters].sort((a, b) => Number(pullsGo(a[1])) - Number(pullsGo(b[1])));
    let awaited = false;
    for (const [file, examples] of order) {
      const { chapter } = chapterOf(file);
      if (!awaited && pullsGo(examples)) {
        await pushed;
        awaited = true;
      }
      const key = `${chapter}\n${examples.map((e) => `${e.mistake ? '!' : ''}${e.kind}:${e.code}`).join('\n')}`;
      const t0 = Date.now();
      let rs = done.get(key);
      const reused = rs !== undefined;
      if (!rs) {
        rs = runChapter(engine, ids, examples, plan.chapters[chapter] ?? {}, chapter);
        done.set(key, rs);
      }
      const mine = rs.map((r, i) => ({ ...r, example: examples[i]!, output: r.output && { ...r.output, line: examples[i]!.line } }));
      results.push(...mine);
      const unexpected = mine.filter((r) => r.outcome.kind === 'unexpected');
      const notRun = mine.filter((r) => r.outcome.kind === 'not-run').length;
      log(`${file}: ${mine.length - notRun - unexpected.length} as expected, ${unexpected.length} unexpected, ${notRun} not run${reused ? ' (same commands as the other language: results shared)' : ` (${((Date.now() - t0) / 1000).toFixed(0)} s)`}`);
      if (VERBOSE) for (const r of mine) if (r.outcome.kind === 'not-run') log(`  ${r.example.file}:${r.example.line}: not run (${r.outcome.reason}): \`${r.example.code.split('\n')[0]}\` ${r.outcome.detail}`);
      for (const r of unexpected) if (r.outcome.kind === 'unexpected') log(`  ${r.example.file}:${r.example.line}: unexpected: \`${r.example.code.split('\n')[0]}\` ${r.outcome.why}`);
      const caps = mine.flatMap((r) => (r.output ? [r.output] : []));
      if (caps.length) outputs[file] = caps;
    }
    if (!awaited) await pushed;
    if (!NO_CATALOG) {
      const t0 = Date.now();
      catalogResults = await runCatalog(engine, ids, catalog, plan.catalog ?? {}, log, VERBOSE);
      const unexpected = catalogResults.filter((r) => r.outcome.kind === 'unexpected').length;
      const notRun = catalogResults.filter((r) => r.outcome.kind === 'not-run').length;
      log(`content/commands: ${catalogResults.length - notRun - unexpected} as expected, ${unexpected} unexpected, ${notRun} not run (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    }
  } finally {
    await stopEngine(engine);
    log(`engine: stopped dockerd (pid ${engine.pid}) and removed ${engine.dir}`);
  }
  const drift = NO_GUIDES ? null : checkOutputs(outputs, guides, engine.serverVersion);
  let c: ReturnType<typeof summarize> | null = null;
  if (catalogResults) {
    log('engine: catalog examples (content/commands):');
    c = summarize('catalog', catalogResults);
  }
  log('engine: guide examples (content/guides):');
  const s = summarize('guide', results);
  log(`engine: ${((Date.now() - started) / 1000).toFixed(0)} s in all`);
  if (drift) log(drift);
  if (c) log(`engine: ran ${c.ran}/${c.total} catalog examples, ${c.unexpected} unexpected, ${c.notRun} not run`);
  // The summary line stays last.
  if (!NO_GUIDES) log(`engine: ran ${s.ran}/${s.total} guide examples, ${s.unexpected} unexpected, ${s.notRun} not run`);
  return s.unexpected > 0 || (c?.unexpected ?? 0) > 0 || drift ? 1 : 0;
}

/** Writes the captured outputs (--update) or checks the committed ones against this run. */
function checkOutputs(outputs: Record<string, CapturedOutput[]>, guides: ContentExample[], version: string): string | null {
  const partial = Boolean(ONLY_CHAPTER || ONLY_LANG);
  if (UPDATE) {
    if (partial) return 'engine: --update needs a full run (no --chapter or --lang); outputs not written';
    const doc = {
      generatedBy: 'npm run test:engine -- --update (scripts/engine/run.ts); do not edit',
      engine: `Docker Engine ${version} (Debian 12 docker.io)`,
      client: 'docker 28.2.2',
      standInKey: standInKey(),
      standIns: Object.fromEntries(STAND_INS.map((s) => [s.tags[0]!, s.description])),
      outputs,
    };
    writeFileSync(OUTPUTS, `${JSON.stringify(doc, null, 1)}\n`);
    log(`engine: wrote ${Object.values(outputs).reduce((n, a) => n + a.length, 0)} captured outputs to ${OUTPUTS.replace(`${ROOT}/`, '')}`);
    return null;
  }
  if (!existsSync(OUTPUTS)) return `engine: ${OUTPUTS.replace(`${ROOT}/`, '')} is missing; run \`npm run test:engine -- --update\``;
  const committed = JSON.parse(readFileSync(OUTPUTS, 'utf8')) as { outputs: Record<string, CapturedOutput[]> };
  const problems: string[] = [];
  // Matched like the page matches them (src/lib/content/run-outputs.ts): by file and command text,
  // so lines that moved with an edit above are not drift.
  const codesIn = new Set(guides.map((g) => `${g.file}\n${g.code}`));
  for (const [file, list] of Object.entries(committed.outputs)) {
    for (const o of list) if (!codesIn.has(`${file}\n${o.code}`)) problems.push(`${file}:${o.line}: a captured output for \`${o.code}\`, which is no longer there`);
  }
  if (!partial) {
    for (const [file, list] of Object.entries(outputs)) {
      for (const o of list) if (!committed.outputs[file]?.some((c) => c.code === o.code)) problems.push(`${file}:${o.line}: \`${o.code}\` has output but none is committed`);
    }
  }
  if (!problems.length) return null;
  return `engine: the captured outputs drifted from the guides (${problems.length}); run \`npm run test:engine -- --update\`:\n${problems.slice(0, 20).map((p) => `  ${p}`).join('\n')}`;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    log(`engine: ${(e as Error).message}`);
    process.exit(1);
  },
);
