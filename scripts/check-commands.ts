// npm run --silent check-commands -- [--json] [--lang ko|en] [--docker-version MAJOR.MINOR] [--] [FILE]
// An alias of `dockref check` (src/cli/check.ts) for plain command lines, with the contract of
// DESIGN.md ("Contracts"): reads FILE, or stdin without one; a trailing `\` joins a line to the
// next; blank lines and `#` comment lines are skipped; one verdict (or, with --json, one JSON
// object) per command line, streamed. Messages are in Korean unless `--lang en`.
// A relative FILE is read from the directory the command was started in (INIT_CWD under npm).
// `--docker-version 27.5` judges each line for that Docker release (default: the newest of the
// release history, src/generated/release-history.json): flags and commands its reference does not
// list get a diagnostic with the fix (src/lib/releases/gate.ts). A release outside the history is
// a usage error.
// Exit status: 0 every command valid, 1 any invalid or not checked, 2 bad usage.
import { runCheckCommands, UsageError } from '../src/cli/check.ts';
import { NEWEST_DOCKER_LINE, parseRelease, ReleaseArgError } from '../src/lib/releases/gate.ts';
import { DEFAULT_LOCALE, isLocale, localeChoice, LOCALES, type Locale } from '../src/lib/i18n/locales.ts';

const USAGE = `usage: npm run --silent check-commands -- [--json] [--lang ${LOCALES.join('|')}] [--docker-version MAJOR.MINOR] [--] [FILE]`;

async function main(argv: string[]): Promise<number> {
  let json = false;
  let lang: Locale = DEFAULT_LOCALE;
  let release = NEWEST_DOCKER_LINE;
  let file: string | null = null;
  let options = true;
  const setFile = (a: string) => {
    if (file !== null) throw new UsageError('only one FILE may be given');
    file = a;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (!options || a === '-' || !a.startsWith('-')) setFile(a);
    else if (a === '--') options = false;
    else if (a === '--json') json = true;
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const v = a === '--lang' ? argv[++i] : a.slice('--lang='.length);
      if (!isLocale(v)) throw new UsageError(`--lang needs ${localeChoice()}, got ${v === undefined ? 'nothing' : JSON.stringify(v)}`);
      lang = v;
    } else if (a === '--docker-version' || a.startsWith('--docker-version=')) {
      const v = a === '--docker-version' ? argv[++i] : a.slice('--docker-version='.length);
      if (v === undefined) throw new UsageError('--docker-version needs a release such as 27.5');
      try {
        release = parseRelease(v);
      } catch (e) {
        if (e instanceof ReleaseArgError) throw new UsageError(e.message);
        throw e;
      }
    } else if (a === '-h' || a === '--help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else throw new UsageError(`unknown option ${JSON.stringify(a)}`);
  }
  return runCheckCommands(file, json, lang, undefined, release);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`check-commands: ${e.message}\n${USAGE}\n`);
    process.exitCode = 2;
  },
);
