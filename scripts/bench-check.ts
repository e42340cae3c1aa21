// `npm run bench:check`: dockref check's speed and memory on large Markdown files. Builds
// documents of about 1 MB and 10 MB that mix prose, tables, console blocks with output and sh
// blocks with continuations (a quarter of the commands carry a mistake), then prints:
// - commands per second on one core for the reader plus the checks plus text output (in-process),
// - time per MB at 1 MB and 10 MB (linear: the ratio stays near 1),
// - the peak memory (max RSS) of the built command (dist-cli/dockref.js, `npm run build:cli`)
//   on each file, against the file's size, with --format text and --format json.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkText } from '../src/lib/check/run.ts';
import { textRecord } from '../src/lib/check/format.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
// The Korean and English prose around the commands (test input, kept out of code).
const PROSE = (JSON.parse(readFileSync(`${root}/tests/fixtures/check/prose.json`, 'utf8')) as { bench: Record<'heading' | 'prose' | 'tableHead' | 'tableRow' | 'comment', string> }).bench;
const COMMANDS = ['docker run -d --name web -p 8080:80 nginx:1.27', 'docker ps -a --format "{{.Names}}"', 'docker run --nmae web nginx', 'docker image rm --platform linux/amd64 myimage', 'docker compose up -d', 'docker exec -it web sh', 'docker netowrk ls', 'docker build -t app:1.0 .'];

function document(bytes: number): { text: string; commands: number } {
  const parts: string[] = [];
  let size = 0;
  let commands = 0;
  for (let i = 0; size < bytes; i++) {
    const block = [
      `## ${i}. ${PROSE.heading}`,
      '',
      PROSE.prose,
      '',
      PROSE.tableHead,
      '|---|---|',
      PROSE.tableRow,
      '',
      '```console',
      `$ ${COMMANDS[i % COMMANDS.length]}`,
      'CONTAINER ID   IMAGE     COMMAND   CREATED',
      `$ ${COMMANDS[(i + 1) % COMMANDS.length]}`,
      '```',
      '',
      '```sh',
      PROSE.comment,
      'docker run -d \\',
      '  --name db \\',
      '  -e POSTGRES_PASSWORD=secret \\',
      '  postgres:16',
      `${COMMANDS[(i + 2) % COMMANDS.length]}`,
      '```',
      '',
    ].join('\n');
    parts.push(block);
    size += Buffer.byteLength(block) + 1;
    commands += 4;
  }
  return { text: parts.join('\n'), commands };
}

/** CPU time (user + system) of reading, checking and formatting `text`, in ms: the machine's other load does not count. */
function inProcess(text: string): number {
  const t0 = process.cpuUsage();
  let out = 0;
  for (const rec of checkText('bench.md', text, 'markdown', 'en')) out += textRecord(rec).length;
  if (out < 0) throw new Error('unreachable');
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1000;
}

const dir = mkdtempSync(join(tmpdir(), 'dockref-bench-'));
try {
  const cli = join(root, 'dist-cli/dockref.js');
  if (!existsSync(cli)) execFileSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], { stdio: 'inherit' });
  inProcess(document(200_000).text); // warm up
  const rows: Array<{ mb: number; ms: number; commands: number }> = [];
  const empty = join(dir, 'empty.md');
  writeFileSync(empty, '# empty\n');
  const base = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, cli, 'check', empty], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const baseline = Number(base.stderr.trim().split('\n').pop()) * 1024;
  console.log(`baseline: dist-cli/dockref.js on an empty file peaks at ${(baseline / 1e6).toFixed(0)} MB (Node, the bundled spec and data)`);
  for (const bytes of [1_000_000, 10_000_000]) {
    const { text, commands } = document(bytes);
    const file = join(dir, `doc-${bytes}.md`);
    writeFileSync(file, text);
    const ms = Math.min(inProcess(text), bytes <= 1_000_000 ? inProcess(text) : Infinity);
    const mb = Buffer.byteLength(text) / 1e6;
    rows.push({ mb, ms, commands });
    console.log(`${mb.toFixed(1)} MB, ${commands} commands: ${(ms / 1000).toFixed(2)} s CPU in-process (one thread), ${Math.round(commands / (ms / 1000))} commands per CPU second, ${(ms / mb).toFixed(0)} ms/MB`);
    for (const format of ['text', 'json']) {
      const r = spawnSync('/usr/bin/time', ['-f', '%M %e', process.execPath, cli, 'check', '--format', format, file], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
      const [kb, secs] = (r.stderr.trim().split('\n').pop() ?? '').split(' ');
      const rss = Number(kb) * 1024;
      console.log(`  dist-cli/dockref.js --format ${format}: exit ${r.status}, ${secs} s wall, peak memory ${(rss / 1e6).toFixed(0)} MB = ${(rss / Buffer.byteLength(text)).toFixed(1)}× the file; above the baseline ${((rss - baseline) / 1e6).toFixed(0)} MB = ${((rss - baseline) / Buffer.byteLength(text)).toFixed(1)}×`);
    }
  }
  const [a, b] = rows as [(typeof rows)[0], (typeof rows)[0]];
  console.log(`time per MB at 10 MB vs 1 MB: ${(b.ms / b.mb / (a.ms / a.mb)).toFixed(2)}× (1.00 = linear)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
