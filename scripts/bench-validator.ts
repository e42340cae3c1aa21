// npm run bench:validator: command lines per second through the validator on one core, over a
// large seeded set (the corpus plus mutants of it, the same generator the judge uses).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cliSpec } from '../src/lib/cli-spec/index.ts';
import { validateCommandLine } from '../src/lib/command/index.ts';
import { readCommandLines } from '../src/lib/command/read-command-lines.ts';
import { generateMutants } from './judge/mutants.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpus = readCommandLines(readFileSync(`${root}tests/fixtures/command/corpus.txt`, 'utf8')).map((e) => e.text);
const lines = [...corpus, ...generateMutants(cliSpec, corpus, 20_000, 7)];

// Warm up (JIT, the command index), then time whole passes for about two seconds.
for (const l of lines.slice(0, 2000)) validateCommandLine(l);
// The rate is over CPU time (this process is single-threaded, so that is one core), which stays
// meaningful when other work shares the machine; wall-clock time is printed beside it.
let n = 0;
let errors = 0;
const wall0 = process.hrtime.bigint();
const cpu0 = process.cpuUsage();
let cpu = 0;
while (cpu < 2) {
  for (const l of lines) if (!validateCommandLine(l).valid) errors++;
  n += lines.length;
  const u = process.cpuUsage(cpu0);
  cpu = (u.user + u.system) / 1e6;
}
const wall = Number(process.hrtime.bigint() - wall0) / 1e9;
const rate = Math.round(n / cpu);
console.log(`validator: ${rate.toLocaleString('en-US')} commands/s on one core (${n.toLocaleString('en-US')} lines in ${cpu.toFixed(2)} s CPU, ${wall.toFixed(2)} s wall; ${lines.length.toLocaleString('en-US')} distinct, ${((errors / n) * 100).toFixed(1)}% invalid)`);
