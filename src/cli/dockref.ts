#!/usr/bin/env node
// `dockref`: the package's command. `dockref check [options] [FILES | GLOBS | DIRECTORIES | -]`
// checks the docker commands and Dockerfiles in Markdown, MDX, shell scripts and Dockerfiles with
// the validator the dockref site uses. Compiled to dist-cli/dockref.js for the package
// (scripts/build-cli.mjs); `npm run dockref -- check …` runs this source directly.
import { langFromEnv, runCheck, UsageError, VERSION, type CheckOptions } from './check.ts';
import { FORMATS, type Format } from '../lib/check/format.ts';
import { NEWEST_DOCKER_LINE, parseRelease, ReleaseArgError } from '../lib/releases/gate.ts';
import type { FileType } from '../lib/check/run.ts';
import { isLocale, localeChoice, LOCALES } from '../lib/i18n/locales.ts';

const USAGE = `usage: dockref check [options] [FILES | GLOBS | DIRECTORIES | -]

Checks the docker commands in Markdown and MDX code blocks (sh, bash, shell, zsh, console,
terminal, powershell, and untagged blocks that start with docker), shell scripts (.sh) and
Dockerfiles (Dockerfile, *.Dockerfile, Containerfile, dockerfile blocks). Quote globs:
dockref check README.md 'docs/**/*.md'. Without files, reads Markdown from stdin.

Options:
  --format text|json|github|sarif   output (default text: file:line:col: severity code message)
  --json                            the same as --format json
  ${`--lang ${LOCALES.join('|')}`.padEnd(34)}message language (default: from LANG, ko_KR.UTF-8 -> ko; else en)
  --docker-version MAJOR.MINOR      judge for that Docker release, 23.0 or newer (default: the
                                    newest documented); flags it lacks or dropped are reported
  --strict                          warnings count as problems too
  --fix                             rewrite the problems that have one sure fix, print the diff
  --type markdown|shell|dockerfile  read every file as this type (default: by file name)
  -h, --help                        this help
  -v, --version                     the version

Exit status: 0 nothing wrong (warnings and notes allowed), 1 an error (or a warning with
--strict), 2 bad usage or a file that cannot be read.`;

/**
 * The options of `dockref check`, one entry each: the name, whether it takes a value, and what
 * it sets. A new option (a release to check against, say) is one more entry here.
 */
const OPTIONS: Record<string, { value: boolean; set: (o: CheckOptions, v: string) => void }> = {
  '--format': {
    value: true,
    set: (o, v) => {
      if (!(FORMATS as readonly string[]).includes(v)) throw new UsageError(`--format needs one of ${FORMATS.join(', ')}, got ${JSON.stringify(v)}`);
      o.format = v as Format;
    },
  },
  '--json': { value: false, set: (o) => (o.format = 'json') },
  '--lang': {
    value: true,
    set: (o, v) => {
      if (!isLocale(v)) throw new UsageError(`--lang needs ${localeChoice()}, got ${JSON.stringify(v)}`);
      o.lang = v;
    },
  },
  '--docker-version': {
    value: true,
    set: (o, v) => {
      try {
        o.release = parseRelease(v);
      } catch (e) {
        if (e instanceof ReleaseArgError) throw new UsageError(e.message);
        throw e;
      }
    },
  },
  '--strict': { value: false, set: (o) => (o.strict = true) },
  '--fix': { value: false, set: (o) => (o.fix = true) },
  '--type': {
    value: true,
    set: (o, v) => {
      if (v !== 'markdown' && v !== 'shell' && v !== 'dockerfile') throw new UsageError(`--type needs markdown, shell or dockerfile, got ${JSON.stringify(v)}`);
      o.type = v as FileType;
    },
  },
};

export function parseCheckArgs(argv: readonly string[]): CheckOptions {
  const o: CheckOptions = { files: [], format: 'text', lang: langFromEnv(), strict: false, fix: false, type: null, release: NEWEST_DOCKER_LINE };
  let options = true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (!options || a === '-' || !a.startsWith('-')) {
      o.files.push(a);
      continue;
    }
    if (a === '--') {
      options = false;
      continue;
    }
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const opt = OPTIONS[name];
    if (!opt) throw new UsageError(`unknown option ${JSON.stringify(a)}`);
    if (opt.value) {
      const v = eq > 0 && name !== a ? a.slice(eq + 1) : argv[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      opt.set(o, v);
    } else {
      if (name !== a) throw new UsageError(`${name} takes no value`);
      opt.set(o, '');
    }
  }
  return o;
}

async function main(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '-h' || sub === '--help' || sub === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return sub === undefined ? 2 : 0;
  }
  if (sub === '-v' || sub === '--version') {
    process.stdout.write(`dockref ${VERSION}\n`);
    return 0;
  }
  if (sub !== 'check') throw new UsageError(`unknown command ${JSON.stringify(sub)}; the command is \`dockref check\``);
  if (rest.includes('-h') || rest.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  return runCheck(parseCheckArgs(rest));
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError) {
      process.stderr.write(`dockref: ${e.message}\n(dockref check --help shows the options)\n`);
      process.exitCode = 2;
      return;
    }
    // A bug: say so in one line, with where to look, not a bare stack trace.
    process.stderr.write(`dockref: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    if (process.env.DOCKREF_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    process.exitCode = 2;
  },
);
