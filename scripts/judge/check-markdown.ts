// How well `dockref check` reads a real document: builds a Markdown file that mixes Korean and
// English prose, tables, ```console blocks (prompts and program output) and ```sh blocks (with
// `\` continuations) from the `$ docker …` examples of a docker/cli reference and their one-edit
// mutants, then compares what `dockref check` says about every command with the real CLI's
// verdict (the judge: the docker binary under `unshare -n`, cached in
// src/generated/docker-verdicts.json, or a plugin's reference). Prints: commands, commands
// checked, agreement, and anything reported outside a command (prose, table, output lines).
//
//   npx tsx scripts/judge/check-markdown.ts DOCS_DIR [--mutants N] [--seed N] [--out FILE] [--parallel N]
//
// DOCS_DIR is docker/cli's docs/reference/commandline (e.g. a clone of the reference bundle at the
// tag of the binary). Exit 1 when agreement is below 99.5%, a command was not checked, or
// something outside a command was reported.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { capturedSpec } from '../../src/lib/cli-spec/index.ts';
import { tokenize } from '../../src/lib/shell/tokenize.ts';
import { checkText } from '../../src/lib/check/run.ts';
import { findPlaceholders } from '../../src/lib/check/placeholders.ts';
import { judgeAll, type JudgeOutcome } from './docker-judge.ts';
import { compareAll, missingRuns } from './agreement.ts';
import { argsKey, ROOT, type JudgedLine } from './judge-set.ts';
import { generateMutants, rng } from './mutants.ts';
import { consoleLines } from './plugin-examples.ts';

const argv = process.argv.slice(2);
const opt = (name: string, def: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? (argv[i + 1] as string) : def;
};
const docs = argv.find((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
if (!docs) {
  console.error('usage: npx tsx scripts/judge/check-markdown.ts DOCS_DIR [--mutants N] [--seed N] [--out FILE] [--parallel N]');
  process.exit(2);
}
const mutantCount = Number(opt('--mutants', '1500'));
const out = opt('--out', '/tmp/dockref-check-corpus.md');
const parallel = Number(opt('--parallel', '2'));
const seed = Number(opt('--seed', '20261207'));

// 1. The examples and their mutants.
const files = readdirSync(docs, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).sort();
const examples = [...new Set(files.flatMap((f) => consoleLines(readFileSync(join(docs, f), 'utf8'), f).map((e) => e.line)))].filter((l) => findPlaceholders(l).length === 0);
const mutants = generateMutants(capturedSpec, examples, mutantCount, seed).filter((l) => findPlaceholders(l).length === 0);
const commands = [...examples, ...mutants];

// 2. The document: prose and tables in both languages around console and sh blocks.
const random = rng(7);
// The Korean prose, titles and table rows (test input, kept out of code).
const PROSE = (JSON.parse(readFileSync(fileURLToPath(new URL('../../tests/fixtures/check/prose.json', import.meta.url)), 'utf8')) as { judge: { ko: string[]; title: string; tableHead: string; tableRow: string; comment: string } }).judge;
const KO = PROSE.ko;
const EN = ['Run the commands below; inline code such as `docker rnu` is never checked.', 'The output differs from machine to machine. Prose like docker run --nmae is not read either.', 'See the reference for every option.'];
const OUTPUT = ['CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES', 'docker: Error response from daemon: No such container: web.', "Unable to find image 'nginx:latest' locally", '$5.00 is not a prompt line'];
const lines: string[] = [PROSE.title, ''];
const expected = new Map<number, string>();
const spans = new Map<number, number>();
/** The words of a line, for breaking it over `\` continuations between words. */
function continued(line: string): string {
  const tok = tokenize(line);
  if (tok.errors.length || tok.commands.length !== 1) return line;
  const words = tok.commands[0]!.words;
  if (words.length < 5) return line;
  let text = '';
  let at = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (i > 0 && i % 3 === 0) {
      text += `${line.slice(at, w.start).trimEnd()} \\\n    `;
      at = w.start;
    }
  }
  return text + line.slice(at);
}
for (let i = 0; i < commands.length; ) {
  lines.push(KO[Math.floor(random() * KO.length)] as string, '', EN[Math.floor(random() * EN.length)] as string, '');
  lines.push(PROSE.tableHead, '|---|---|', PROSE.tableRow, '');
  const consoleBlock = random() < 0.5;
  lines.push(consoleBlock ? '```console' : '```sh');
  for (let k = 0; k < 6 && i < commands.length; k++, i++) {
    const cmd = commands[i] as string;
    const text = consoleBlock ? cmd : continued(cmd);
    expected.set(lines.length + 1, cmd);
    const parts = text.split('\n');
    spans.set(lines.length + 1, parts.length);
    lines.push(...(consoleBlock ? [`$ ${parts[0]}`, ...parts.slice(1)] : parts));
    if (consoleBlock) lines.push(OUTPUT[Math.floor(random() * OUTPUT.length)] as string);
    else if (random() < 0.3) lines.push(PROSE.comment);
  }
  lines.push('```', '');
}
const markdown = `${lines.join('\n')}\n`;
writeFileSync(out, markdown);

// 3. The real CLI's verdicts (cached ones first, the rest from the binary).
const cache = JSON.parse(readFileSync(`${ROOT}/src/generated/docker-verdicts.json`, 'utf8')) as { verdicts: Record<string, JudgeOutcome> };
const fresh = new Map<string, JudgeOutcome>();
const verdictOf = (args: string[]) => fresh.get(argsKey(args)) ?? cache.verdicts[argsKey(args)];
const items: JudgedLine[] = commands.map((line, i) => ({ set: i < examples.length ? 'corpus' : 'mutants', line, origin: `#${i}` }));
for (let round = 0; round < 2; round++) {
  const missing = [...new Map(items.flatMap((it) => missingRuns(it, verdictOf)).map((a) => [argsKey(a), a])).values()];
  if (missing.length === 0) break;
  console.error(`judging ${missing.length} argument lists with the docker binary (${parallel} at a time)…`);
  const got = await judgeAll(missing, parallel);
  missing.forEach((a, k) => fresh.set(argsKey(a), got[k] as JudgeOutcome));
}
const docker = compareAll(items, verdictOf);

// 4. What dockref check says, by the line each command starts on.
const started = performance.now();
// Judged for 28.2, the release of the binary it is compared with.
const records = [...checkText(out, markdown, 'markdown', 'en', '28.2')];
const ms = performance.now() - started;
const byLine = new Map(records.map((r) => [r.line, r]));
const commandLines = new Set<number>();
for (const [start, n] of spans) for (let k = 0; k < n; k++) commandLines.add(start + k);
const strays = records.flatMap((r) => r.findings.filter((f) => !commandLines.has(f.line)).map((f) => `${f.line}: ${f.code}`));
const unexpected = records.filter((r) => !expected.has(r.line)).map((r) => r.line);

let judged = 0;
let agree = 0;
let notChecked = 0;
const disagreements: string[] = [];
[...expected.entries()].forEach(([start, cmd], i) => {
  const rec = byLine.get(start);
  if (!rec || rec.kind !== 'command') {
    notChecked++;
    disagreements.push(`not checked: line ${start}: ${cmd}`);
    return;
  }
  const d = docker[i]!;
  if (d.docker === 'skip') return;
  judged++;
  const ours = rec.findings.some((f) => f.severity === 'error') ? 'error' : 'ok';
  if (ours === d.docker) agree++;
  else disagreements.push(`line ${start}: docker ${d.docker} (${d.dockerReason.slice(0, 100)}), dockref ${ours} [${rec.findings.filter((f) => f.severity === 'error').map((f) => f.code).join(',')}]: ${cmd}`);
});
const rate = judged ? agree / judged : 1;
console.log(`document: ${out}, ${lines.length} lines, ${(markdown.length / 1024).toFixed(0)} KB; ${examples.length} docker/cli examples + ${mutants.length} mutants = ${expected.size} commands`);
console.log(`checked: ${expected.size - notChecked}/${expected.size} commands (${records.length} records, ${unexpected.length} at a line that starts no command), ${(ms / 1000).toFixed(2)} s`);
console.log(`agreement with the real CLI: ${agree}/${judged} (${(rate * 100).toFixed(2)}%), ${expected.size - notChecked - judged} not judgeable`);
console.log(`reported outside a command (prose, table, output): ${strays.length}`);
for (const d of disagreements.slice(0, 40)) console.log(`  ${d}`);
for (const s of strays.slice(0, 20)) console.log(`  stray ${s}`);
process.exitCode = rate >= 0.995 && notChecked === 0 && strays.length === 0 && unexpected.length === 0 ? 0 : 1;
