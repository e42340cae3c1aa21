// Throw-away copies of the project for tests that break something on purpose (a content file, the
// locale list) or run a script that checks the project it sits in: one way to make them, edit them
// and remove them, shared by the unit and integration tests.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, expect } from 'vitest';

export interface CopyOptions {
  /** Link the project's node_modules into the copy (to run its scripts, astro or vitest there). */
  nodeModules?: boolean;
  /** Leave out what this returns false for (a path as given to `cpSync`: `content/dockerfile/…`). */
  filter?: (source: string) => boolean;
}

/**
 * A maker of temporary project copies, each removed after every test (`each`) or after the file's
 * tests (`all`, for a copy made in `beforeAll`). `copy(paths)` copies those paths of the project
 * (relative to its root, the working directory of the test run; a path that does not exist is
 * skipped) into a new folder and returns it.
 */
export function tempProjects(prefix: string, removeAfter: 'each' | 'all' = 'each'): (paths: readonly string[], options?: CopyOptions) => string {
  const roots: string[] = [];
  (removeAfter === 'each' ? afterEach : afterAll)(() => {
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  });
  return (paths, options = {}) => {
    const root = mkdtempSync(join(tmpdir(), `dockref-${prefix}-`));
    roots.push(root);
    for (const p of paths) if (existsSync(p)) cpSync(p, join(root, p), { recursive: true, filter: options.filter });
    if (options.nodeModules) symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'), 'dir');
    return root;
  };
}

/** Replaces the first `from` in `root/file` with `to` (failing when `from` is not there); returns the 1-based line the edit landed on. */
export function editFile(root: string, file: string, from: string, to: string): number {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  expect(text, `${file} holds the text to edit`).toContain(from);
  writeFileSync(path, text.replace(from, to));
  return text.slice(0, text.indexOf(from)).split('\n').length;
}
