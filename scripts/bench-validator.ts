// npm run bench:validator: command lines per second through the validator on one core, over a
// large seeded set (the corpus plus mutants of it, the same generator the judge uses).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cliSpec } from '../src/lib/cli-spec/index.ts';
import { validateCommandLine } from '../src/lib/command/index.ts';
import { readCommandLines } from '../src/lib/command/read-command-lines.ts';
import { generateMutants } from '../tests/judge/mutants.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpus = readCommandLines(readFileSync(`${root}tests/fixtures/command/corpus.txt`, 'utf8')).map((e) => e.text);
const lines = [...corpus, ...generateMutants(cliSpec, corpus, 20_000, 7)];

// Warm up (JIT, the command index), then time whole passes for about two seconds.
for (const l of lines.slice(0, 2000)) validateCommandLine(l);
let n = 0;
let errors = 0;
const t0 = process.hrtime.bigint();
let elapsed = 0;
while (elapsed < 2) {
  for (const l of lines) if (!validateCommandLine(l).valid) errors++;
  n += lines.length;
  elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
}
const rate = Math.round(n / elapsed);
console.log(`validator: ${rate.toLocaleString('en-US')} commands/s on one core (${n.toLocaleString('en-US')} lines in ${elapsed.toFixed(2)} s; ${lines.length.toLocaleString('en-US')} distinct, ${((errors / n) * 100).toFixed(1)}% invalid)`);
