// The repository stands alone: it reads nothing from beside it (the source material it was made
// from is copied in, with its source named in words, never as a path the code uses), its comments
// say why rather than which issue asked for a change, and CI's entry script can be run as it is.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Copies of upstream text (Docker's reference and captured help), which cite their own issue tracker. */
const UPSTREAM = ['content/cli-reference/', 'content/plugin-reference/', 'content/cli-help/'];
const THIS_FILE = 'tests/unit/repo-stands-alone.test.ts';

// The files git tracks, and only those: what a working copy holds beside them (node_modules, the
// build, the engine's unpacked root file system under .cache with its symlinks) is not the repository.
const files = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  .split('\0')
  .filter((f) => f !== '' && f !== THIS_FILE && f !== 'package-lock.json' && !UPSTREAM.some((u) => f.startsWith(u)));

const find = (re: RegExp) =>
  files.flatMap((f) => {
    const text = readFileSync(f, 'utf8');
    const m = re.exec(text);
    return m ? [`${f}:${text.slice(0, m.index).split('\n').length}: ${m[0]}`] : [];
  });

/** The word issue (or issues) before a number, with or without `#`, or `#` and a number in brackets. */
const ISSUE = /\bissues? #?\d+|\(#\d+\)/i;
/** The folder beside the repository. (The samples below are put together, so a search of the repository for them finds nothing.) */
const SHARED = /\.\.\/shared\b/;
const beside = ['..', 'shared', 'DESIGN.md'].join('/');

describe('the repository stands alone', () => {
  it('reads every file it checks (the scan sees this repository)', () => {
    expect(files).toContain('src/lib/i18n/locales.ts');
    expect(files).toContain('.ci/run');
    expect(ISSUE.test(`the suite of ${'issue'} ${12}`)).toBe(true);
    expect(ISSUE.test(`see (${'#'}${11})`)).toBe(true);
    expect(ISSUE.test('an issue with 3 flags')).toBe(false);
    expect(SHARED.test(`read ${beside}`)).toBe(true);
  });

  it('no file cites an issue number (say why, not which issue)', () => {
    expect(find(ISSUE)).toEqual([]);
  });

  it('no file points at the folder beside the repository (what it needs is copied in)', () => {
    expect(find(SHARED)).toEqual([]);
  });

  it('.ci/run is executable', () => {
    expect(statSync('.ci/run').mode & 0o111).toBe(0o111);
  });
});
