import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDockerfileBlocks } from '../../src/lib/content-checks/dockerfile-blocks';
import { loadRegistry } from '../../src/lib/content/files';
import { collectExamples } from '../../src/lib/content/registry';
import { snippetStart } from '../../src/lib/dockerfile-catalog/snippets';
import { editFile as edit, tempProjects } from '../helpers/temp-project';

const copy = tempProjects('dockerfile');
/** A throw-away copy of the project's Dockerfile catalog, to break on purpose. */
const tempRoot = () => copy(['content/dockerfile']);

describe('checkDockerfileBlocks', () => {
  it('finds nothing wrong in the real content (no errors, no warnings)', () => {
    expect(checkDockerfileBlocks(loadRegistry(process.cwd()))).toEqual([]);
  });

  it('reports a broken example at its file, line and column', () => {
    const root = tempRoot();
    // CMD's first example: break the JSON by dropping a comma.
    const line = edit(root, 'content/dockerfile/cmd.yaml', 'CMD ["nginx", "-g", "daemon off;"]\n  - caption', 'CMD ["nginx", "-g" "daemon off;"]\n  - caption');
    const problems = checkDockerfileBlocks(loadRegistry(root));
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/dockerfile/cmd.yaml', line, column: 26, severity: 'error', message: expect.stringMatching(/^examples\.0\.code: exec-form-missing-comma: /) }),
    ]);
  });

  it('reports a mistake block that shows no mistake', () => {
    const root = tempRoot();
    const line = edit(root, 'content/dockerfile/copy.yaml', '      COPY main.go\n', '      COPY main.go .\n');
    expect(checkDockerfileBlocks(loadRegistry(root))).toEqual([
      expect.objectContaining({ file: 'content/dockerfile/copy.yaml', line, severity: 'error', message: expect.stringContaining('mistake block shows no mistake') }),
    ]);
  });

  it('reports schema problems and missing instructions', () => {
    const root = tempRoot();
    edit(root, 'content/dockerfile/label.yaml', 'summary:', 'summari:');
    rmSync(join(root, 'content/dockerfile/user.yaml'));
    const messages = checkDockerfileBlocks(loadRegistry(root)).map((p) => `${p.file}:${p.line ?? ''} ${p.message}`);
    expect(messages.some((m) => m.startsWith('content/dockerfile/label.yaml:') && m.includes('summari'))).toBe(true);
    expect(messages.some((m) => m.startsWith('content/dockerfile/user.yaml: missing'))).toBe(true);
  });

  it('checks ```dockerfile fences in Markdown and MDX', () => {
    const root = tempRoot();
    mkdirSync(join(root, 'content/guides/ko'), { recursive: true });
    writeFileSync(join(root, 'content/guides/ko/demo.mdx'), '# 데모\n\n```dockerfile\nFROM alpine:3.21\nCOPY main.go\n```\n\n```dockerfile mistake\nFROM alpine:3.21\nCMD ["sh"]\n```\n');
    expect(checkDockerfileBlocks(loadRegistry(root)).map((p) => [p.file, p.line, p.severity, p.message.split(':')[0]])).toEqual([
      ['content/guides/ko/demo.mdx', 5, 'error', 'dockerfile fence'],
      ['content/guides/ko/demo.mdx', 9, 'error', 'dockerfile fence'],
    ]);
  });
});

describe('dockerfile fences and snippetStart', () => {
  it('finds fences with their first line and mistake flag', () => {
    const text = 'text\n\n```Dockerfile\nFROM a:1\n```\n\n~~~dockerfile mistake\nRUNN x\n~~~\n\n```sh\nls\n```';
    expect(collectExamples([{ path: 'content/guides/en/x.md', text }]).filter((e) => e.kind === 'dockerfile').map((e) => ({ line: e.line, code: e.code, mistake: e.mistake }))).toEqual([
      { line: 4, code: 'FROM a:1', mistake: false },
      { line: 8, code: 'RUNN x', mistake: true },
    ]);
  });

  it('maps a block scalar to the line after its header, at its indentation', () => {
    const yaml = 'examples:\n  - caption: x\n    code: |\n      FROM a:1\n      RUN b\nother: "x"\n';
    expect(snippetStart(yaml, ['examples', 0, 'code'])).toEqual({ line: 4, column: 7 });
    expect(snippetStart(yaml, ['other'])).toEqual({ line: 6, column: 8 });
  });
});
