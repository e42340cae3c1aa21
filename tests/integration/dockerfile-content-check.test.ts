// The content check that runs before every build, run in a copy of the project with a broken
// Dockerfile snippet: it fails, naming the file, line and column.
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { editFile as edit, tempProjects } from '../helpers/temp-project';

const copy = tempProjects('dockerfile');

describe('check-content and the Dockerfile catalog', () => {
  it('the content check that runs before every build fails on a broken snippet, naming file and line', () => {
    // check-content.ts checks the project it sits in, so run a copy of the project in a temp root.
    const root = copy(['package.json', 'tsconfig.json', 'scripts', 'src', 'content'], { nodeModules: true });
    const ok = spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/check-content.ts'], { cwd: root, encoding: 'utf8' });
    expect(ok.stderr).not.toContain('content/dockerfile/');
    const line = edit(root, 'content/dockerfile/copy.yaml', '      COPY . .\n', '      COPY .\n');
    const broken = spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/check-content.ts'], { cwd: root, encoding: 'utf8' });
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain(`content/dockerfile/copy.yaml:${line}:7: error: examples.0.code: copy-missing-destination: COPY needs a source and a destination`);
  });
});
