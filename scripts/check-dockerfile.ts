// Checks Dockerfiles: `npm run --silent check-dockerfile -- FILE...`.
// Prints `file:line:col severity code message` per problem (DESIGN.md, "Contracts"); exits 0 when
// no problem is an error, 1 when one is, 2 on bad usage (no files, a file that cannot be read).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { escapeForTerminal } from '../src/lib/command/render-verdict.ts';
import { checkDockerfile, formatDockerfileProblem, hasErrors } from '../src/lib/dockerfile/check.ts';

const USAGE = `usage: npm run --silent check-dockerfile -- FILE...
Checks each Dockerfile and prints file:line:col severity code message per problem.
Exit status: 0 no errors, 1 at least one error, 2 bad usage.`;

// Exit codes go to process.exitCode, never process.exit after writing: into a pipe that cut the
// output at 64 KiB (issue 12). Relative paths are read from where npm was started (INIT_CWD).
function main(args: string[]): number {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const dashDash = args.indexOf('--');
  const opts = dashDash < 0 ? args : args.slice(0, dashDash);
  const unknownOption = opts.find((a) => a.startsWith('-') && a !== '-');
  if (unknownOption) {
    console.error(`check-dockerfile: unknown option ${unknownOption}\n${USAGE}`);
    return 2;
  }
  const files = dashDash < 0 ? args : [...opts, ...args.slice(dashDash + 1)];
  if (files.length === 0) {
    console.error(`check-dockerfile: no files given\n${USAGE}`);
    return 2;
  }
  // Read everything first, so a missing file is reported as bad usage before any verdict is printed.
  const texts: Array<[string, string]> = [];
  for (const file of files) {
    try {
      texts.push([file, readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), file), 'utf8')]);
    } catch (err) {
      const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message;
      console.error(`check-dockerfile: cannot read ${file}: ${reason}`);
      return 2;
    }
  }
  let failed = false;
  for (const [file, text] of texts) {
    const problems = checkDockerfile(text);
    const out: string[] = [];
    for (const p of problems) out.push(escapeForTerminal(formatDockerfileProblem(file, p)));
    if (out.length) process.stdout.write(`${out.join('\n')}\n`);
    if (hasErrors(problems)) failed = true;
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
