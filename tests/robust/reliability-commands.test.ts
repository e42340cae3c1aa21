// Check-commands and the validator core never crash, never
// call unchecked input valid, keep their output linear and print no raw control characters.
import { spawnSync } from 'node:child_process';
import { say } from '../../src/lib/i18n/messages';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateCommandLine } from '../../src/lib/command/index.ts';
import { escapeForTerminal, renderVerdict } from '../../src/lib/command/render-verdict.ts';
import { MAX_DIAGNOSTICS, MAX_LINE_LENGTH } from '../../src/lib/command/validate.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');
const codes = (line: string) => validateCommandLine(line).diagnostics.map((d) => d.code);

describe('piped output is complete (item 2)', () => {
  it('check-commands --json through the tsx CLI into a pipe keeps every verdict', () => {
    const input = Array.from({ length: 600 }, (_, i) => `docker run --detatch --restart-always -p 8080:80 nginx:latest echo ${i}`).join('\n');
    const r = spawnSync(process.execPath, [tsx, 'scripts/check-commands.ts', '--json'], { cwd: root, input, encoding: 'utf8', maxBuffer: 1 << 26 });
    const lines = r.stdout.trim().split('\n');
    expect(r.stdout.length).toBeGreaterThan(65_536);
    expect(lines).toHaveLength(600);
    expect(() => lines.map((l) => JSON.parse(l))).not.toThrow();
    expect(r.status).toBe(1);
  });
});

describe('no crash (item 3)', () => {
  it.each([
    ['$( nested 6,000 deep', `docker run alpine ${'$('.repeat(6000)}ls${')'.repeat(6000)}`],
    ['123k words', `docker run alpine ${'a '.repeat(123_000)}`.slice(0, MAX_LINE_LENGTH)],
    ['a 60k -iiii word', `docker run -${'i'.repeat(60_000)} alpine`],
    ['words after --', `docker run alpine -- ${'a '.repeat(30_000)}`],
    ['many flags', `docker run ${'-d '.repeat(20_000)}alpine`],
  ])('%s', (_name, line) => {
    const t0 = performance.now();
    const r = validateCommandLine(line);
    expect(typeof r.valid).toBe('boolean');
    expect(() => renderVerdict(r, 'en', null)).not.toThrow();
    expect(performance.now() - t0).toBeLessThan(3000);
  });
  it('says when substitutions are nested too deep', () => {
    expect(codes(`docker ps ${'$('.repeat(200)}ls${')'.repeat(200)}`)).toContain('nested-too-deep');
  });
  it('limits a line to 64 KB with a clear message', () => {
    const r = validateCommandLine(`docker run alpine ${'a'.repeat(MAX_LINE_LENGTH)}`);
    expect(r).toMatchObject({ valid: false, checked: false });
    expect(r.diagnostics[0]!.code).toBe('line-too-long');
    expect(say(r.reason!, 'en')).toMatch(/too long/);
  });
});

describe('output linear in the input (item 4)', () => {
  it('2,000 × --detatch prints a bounded excerpt per diagnostic and the fix once', () => {
    const r = validateCommandLine(`docker run ${'--detatch '.repeat(2000)}alpine`);
    const text = renderVerdict(r, 'en', null);
    expect(text.length).toBeLessThan(2000 * 400);
    expect(text.match(/^ {2}fix: /gm)).toHaveLength(1);
  });
  it('caps diagnostics at 1,000 with a message', () => {
    const r = validateCommandLine(`docker run ${'--detatch '.repeat(3000)}alpine`);
    expect(r.diagnostics).toHaveLength(MAX_DIAGNOSTICS + 1);
    expect(r.diagnostics.at(-1)!.code).toBe('too-many-diagnostics');
    expect(r.valid).toBe(false);
  });
});

describe('nothing unchecked is valid (item 8)', () => {
  it.each(['ls -la', 'kubectl get pods', '<img src=x onerror=alert(1)>', 'docker\u3000ps', 'ｄｏｃｋｅｒ ps'])('%s is not checked and not valid', (line) => {
    const r = validateCommandLine(line);
    expect(r.checked).toBe(false);
    expect(r.valid).toBe(false);
    expect(r.diagnostics.map((d) => d.code)).toContain('not-docker');
  });
  it.each(['docker ps |', 'docker ps >', '&&', 'docker ps && && docker ps', 'docker run alpine "$(echo `)"'])('%s is a shell error', (line) => {
    const r = validateCommandLine(line);
    expect(r.valid).toBe(false);
    expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });
  it.each(['docker ps | grep web', 'docker ps > out.txt', 'docker ps 2>&1', 'docker ps &', 'docker ps; docker images', 'docker run alpine "$(echo \\`)"'])('%s stays valid', (line) => {
    expect(validateCommandLine(line)).toMatchObject({ valid: true, checked: true });
  });
  it('full-width and ideographic forms get an error with the normalized fix', () => {
    const r = validateCommandLine('docker\u3000ps');
    const d = r.diagnostics.find((x) => x.code === 'unicode-look-alike')!;
    expect(d.severity).toBe('error');
    expect(d.suggestion).toBe('docker ps');
    expect(validateCommandLine('ｄｏｃｋｅｒ ps').diagnostics.find((x) => x.code === 'unicode-look-alike')!.suggestion).toBe('docker ps');
  });
  it('check-commands --json says checked and why not', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-commands.ts', '--json', '--lang', 'en'], { cwd: root, input: 'ls -la\n', encoding: 'utf8' });
    expect(JSON.parse(r.stdout)).toMatchObject({ valid: false, checked: false, reason: 'not a docker command: not checked.' });
    expect(r.status).toBe(1);
  });
});

describe('messages name what was pasted (item 9)', () => {
  it('a BOM before docker ps is named, not called a typo', () => {
    const r = validateCommandLine('\ufeffdocker ps');
    expect(r.valid).toBe(true);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['invisible-character']);
    expect(say(r.diagnostics[0]!.message, 'en')).toContain('U+FEFF');
  });
  it('names a no-break space', () => {
    const d = validateCommandLine('docker run\u00a0-it alpine').diagnostics.find((x) => x.code === 'unicode-look-alike')!;
    expect(say(d.message, 'en')).toContain('U+00A0 (no-break space)');
  });
  it.each([
    ['docker run \u2212it alpine', 'docker run -it alpine'],
    ['docker run \uff0dit alpine', 'docker run -it alpine'],
    ['docker run \u2010d alpine', 'docker run -d alpine'],
    ['docker run \u2011d alpine', 'docker run -d alpine'],
    ['docker run \u2212\u2212rm alpine', 'docker run --rm alpine'],
    ['docker run \u2014rm alpine', 'docker run --rm alpine'],
  ])('%s -> %s', (line, fixed) => {
    const d = validateCommandLine(line).diagnostics.find((x) => x.code === 'typographic-dash')!;
    expect(d.suggestion).toBe(fixed);
  });
});

describe('terminal and bidi injection (item 11)', () => {
  it('escapes ESC, lone CR, C1 and bidi controls', () => {
    expect(escapeForTerminal('a\x1b[2Jb\rc\u202ed\u0085\r\n')).toBe('a\\x1b[2Jb\\rc\\u202ed\\x85\r\n');
  });
  it('the text verdict has no raw control character', () => {
    const text = renderVerdict(validateCommandLine('docker run \x1b[31m\u202e alpine\rls'), 'en', null);
    expect(text).not.toMatch(/[\x1b\u202e]|\r(?!\n)/);
  });
  it('warns about bidi and invisible characters', () => {
    expect(codes('docker ps \u202e--all')).toContain('invisible-character');
    expect(codes('docker p\u200bs')).toContain('invisible-character');
  });
  it('warns about the line separator and tag characters, spanning a whole tag character', () => {
    const r = validateCommandLine('docker ps \u2028 \u{e0041}');
    const found = r.diagnostics.filter((d) => d.code === 'invisible-character');
    expect(found.map((d) => [d.start, d.end])).toEqual([[10, 11], [12, 14]]);
    expect(say(found[1]!.message, 'en')).toContain('U+E0041 (tag character A)');
    expect(r.fixed).toBe('docker ps');
  });
});

describe('suggestions stay small', () => {
  it('a 65k-character line with 100 invisible characters carries the whole line in one suggestion, not 100', () => {
    const line = `docker ps ${'\u200b'.repeat(100)}${'\x1b'.repeat(65_325)}`;
    const r = validateCommandLine(line);
    expect(r.diagnostics.filter((d) => d.code === 'invisible-character')).toHaveLength(100);
    expect(r.diagnostics.filter((d) => d.suggestion !== undefined)).toHaveLength(1);
    expect(JSON.stringify(r.diagnostics).length).toBeLessThan(10 * line.length);
  });
  it('short lines keep a suggestion on every fixable diagnostic', () => {
    const r = validateCommandLine('docker run --detatch --restart-always -p 8080:80 nginx');
    expect(r.diagnostics.length).toBeGreaterThan(1);
    expect(r.diagnostics.every((d) => d.suggestion !== undefined)).toBe(true);
  });
});

describe('smaller things (item 13)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dockref-cc-'));
  writeFileSync(join(dir, '-x'), 'docker ps\n');
  it('accepts -- before a FILE named -x, resolved against INIT_CWD', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/check-commands.ts'), '--json', '--', '-x'], { cwd: root, env: { ...process.env, INIT_CWD: dir }, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ valid: true, checked: true });
  });
  it('carets line up under tabs', () => {
    const text = renderVerdict(validateCommandLine('docker\tnetowrk ls'), 'en', null).split('\n');
    const i = text.findIndex((l) => l.includes('^'));
    expect(text[i - 1]!.indexOf('netowrk')).toBe(text[i]!.indexOf('^'));
    expect(text[i - 1]).not.toContain('\t');
  });
  it('JSON spans come with code-point offsets', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-commands.ts', '--json'], { cwd: root, input: 'docker run -e X=😀 --detatch alpine\n', encoding: 'utf8' });
    const d = (JSON.parse(r.stdout) as { diagnostics: Array<{ start: number; startCodePoint: number }> }).diagnostics[0]!;
    expect(d.start - d.startCodePoint).toBe(1);
  });
});
