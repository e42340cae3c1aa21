// The content check that runs before every build, run in a copy of the project with a broken
// Dockerfile snippet: it fails, naming the file, line and column.
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';

const roots: string[] = [];
function tempRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'dockref-dockerfile-'));
  roots.push(root);
  cpSync('content/dockerfile', join(root, 'content/dockerfile'), { recursive: true });
  return root;
}
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function edit(root: string, file: string, from: string, to: string): number {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
  // The 1-based line where the edit landed.
  return text.slice(0, text.indexOf(from)).split('\n').length;
}

describe('check-content and the Dockerfile catalog', () => {
  it('the content check that runs before every build fails on a broken snippet, naming file and line', () => {
    // check-content.ts checks the project it sits in, so run a copy of the project in a temp root.
    const root = tempRoot();
    cpSync('package.json', join(root, 'package.json'));
    cpSync('tsconfig.json', join(root, 'tsconfig.json'));
    cpSync('scripts', join(root, 'scripts'), { recursive: true });
    cpSync('src', join(root, 'src'), { recursive: true });
    cpSync('content', join(root, 'content'), { recursive: true, filter: (src) => !src.includes('content/dockerfile') });
    symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'), 'dir');
    const ok = spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/check-content.ts'], { cwd: root, encoding: 'utf8' });
    expect(ok.stderr).not.toContain('content/dockerfile/');
    const line = edit(root, 'content/dockerfile/copy.yaml', '      COPY . .\n', '      COPY .\n');
    const broken = spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/check-content.ts'], { cwd: root, encoding: 'utf8' });
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain(`content/dockerfile/copy.yaml:${line}:7: error: examples.0.code: copy-missing-destination: COPY needs a source and a destination`);
  });
});
