// Checks Dockerfiles: `npm run --silent check-dockerfile -- FILE...`, an alias of `dockref check`
// (src/cli/check.ts) with the contract of DESIGN.md ("Contracts"): prints
// `file:line:col severity code message` per problem, in English; exits 0 when no problem is an
// error, 1 when one is, 2 on bad usage (no files, a file that cannot be read).
// Relative paths are read from where npm was started (INIT_CWD).
import { runCheckDockerfile, UsageError } from '../src/cli/check.ts';

const USAGE = `usage: npm run --silent check-dockerfile -- FILE...
Checks each Dockerfile and prints file:line:col severity code message per problem.
Exit status: 0 no errors, 1 at least one error, 2 bad usage.`;

async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const dashDash = args.indexOf('--');
  const opts = dashDash < 0 ? args : args.slice(0, dashDash);
  const unknownOption = opts.find((a) => a.startsWith('-') && a !== '-');
  if (unknownOption) throw new UsageError(`unknown option ${unknownOption}`);
  const files = dashDash < 0 ? args : [...opts, ...args.slice(dashDash + 1)];
  if (files.length === 0) throw new UsageError('no files given');
  return runCheckDockerfile(files);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`check-dockerfile: ${e.message}\n${USAGE}\n`);
    process.exitCode = 2;
  },
);
