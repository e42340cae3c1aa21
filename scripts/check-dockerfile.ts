// Checks Dockerfiles: `npm run --silent check-dockerfile -- FILE...`.
// Prints `file:line:col severity code message` per problem (DESIGN.md, "Contracts"); exits 0 when
// no problem is an error, 1 when one is, 2 on bad usage (no files, a file that cannot be read).
import { readFileSync } from 'node:fs';
import { checkDockerfile, formatDockerfileProblem, hasErrors } from '../src/lib/dockerfile/check.ts';

const USAGE = `usage: npm run --silent check-dockerfile -- FILE...
Checks each Dockerfile and prints file:line:col severity code message per problem.
Exit status: 0 no errors, 1 at least one error, 2 bad usage.`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const unknownOption = args.find((a) => a.startsWith('-') && a !== '-' && a !== '--');
if (unknownOption) {
  console.error(`check-dockerfile: unknown option ${unknownOption}\n${USAGE}`);
  process.exit(2);
}
const files = args.filter((a) => a !== '--');
if (files.length === 0) {
  console.error(`check-dockerfile: no files given\n${USAGE}`);
  process.exit(2);
}

// Read everything first, so a missing file is reported as bad usage before any verdict is printed.
const texts: Array<[string, string]> = [];
for (const file of files) {
  try {
    texts.push([file, readFileSync(file, 'utf8')]);
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message;
    console.error(`check-dockerfile: cannot read ${file}: ${reason}`);
    process.exit(2);
  }
}

let failed = false;
for (const [file, text] of texts) {
  const problems = checkDockerfile(text);
  for (const p of problems) console.log(formatDockerfileProblem(file, p));
  if (hasErrors(problems)) failed = true;
}
process.exit(failed ? 1 : 0);
