// The fence scanner (src/lib/check/fences.ts) against markdown-it, a full CommonMark parser: the
// same fenced blocks (info string, opening line, content) on the project's own Markdown and MDX
// and on generated documents that mix block quotes, lists, HTML blocks, indented code and fences.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import markdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { findFences } from '../../src/lib/check/fences.ts';
import { rng } from '../../scripts/judge/mutants.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const md = markdownIt('commonmark');
md.core.ruler.disable(['inline', 'text_join']);

/** What markdown-it finds: [info, opening line, content]. */
function reference(text: string): Array<[string, number, string]> {
  return md
    .parse(text, {})
    .filter((t) => t.type === 'fence')
    .map((t) => [t.info.trim(), t.map![0], t.content.replace(/\n$/, '')]);
}

function ours(text: string): Array<[string, number, string]> {
  return [...findFences(text)].map((f) => [f.info, f.openLine, f.lines.map((l) => l.text).join('\n')]);
}

function files(dir: string, re: RegExp): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).filter((f) => re.test(f)).map((f) => join(dir, f));
}

describe('findFences agrees with markdown-it', () => {
  const docs = ['README.md', ...files('content/guides', /\.mdx?$/), ...files('tests/fixtures/check', /\.md$/)];
  it.each(docs)('%s', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    expect(ours(text)).toEqual(reference(text));
  });

  const cases: Array<[string, string]> = [
    ['in a list', '- item\n\n  ```sh\n  docker ps\n  ```\n'],
    ['list, less indented content', '- item\n  ```sh\n docker ps\n  ```\n'],
    ['in a quote', '> ```console\n> $ docker ps\n> out\n> ```\n'],
    ['quote ends the fence', '> ```sh\n> docker ps\nafter\n'],
    ['lazy paragraph', '> para\nlazy\n```sh\ndocker ps\n```\n'],
    ['indented code is not a fence', '    ```sh\n    docker ps\n    ```\n'],
    ['tilde fence with backticks inside', '~~~sh\n```\ndocker ps\n~~~\n'],
    ['longer closing fence', '````sh\n```\ndocker ps\n`````\n'],
    ['backtick info with backtick', '``` a`b\ndocker ps\n```\n'],
    ['unclosed', 'text\n\n```sh\ndocker ps\n'],
    ['HTML comment', '<!--\n```sh\ndocker ps\n```\n-->\n'],
    ['details block', '<details>\n<summary>x</summary>\n\n```sh\ndocker ps\n```\n</details>\n'],
    ['div without blank line', '<div>\n```sh\ndocker ps\n```\n</div>\n'],
    ['fence indented three', '   ```sh\n   docker ps\n  docker images\n   ```\n'],
    ['ordered list', '1. step\n\n   ```sh\n   docker ps\n   ```\n2. next\n'],
    ['nested list', '- a\n  - b\n\n    ```sh\n    docker ps\n    ```\n'],
    ['tabs', '-\tx\n\n\t```sh\n\tdocker ps\n\t```\n'],
    ['CRLF', '```sh\r\ndocker ps\r\n```\r\n'],
    ['list item interrupting a paragraph', 'text\n- ```sh\n  docker ps\n  ```\n'],
    ['thematic break', '* * *\n```sh\ndocker ps\n```\n'],
  ];
  it.each(cases)('%s', (_name, text) => {
    expect(ours(text)).toEqual(reference(text));
  });

  it('on 300 generated documents', () => {
    const r = rng(42);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)] as T;
    const PARTS = ['text', '', '', '- item', '  more', '1. one', '   two', '> quote', '> ```sh', '```sh', '```', '~~~', '  ```console', '    code', '    ```', '<div>', '</div>', '<!--', '-->', '$ docker ps', 'docker run \\', '# heading', '***', '- ```sh', '> - item', '\t```', '  - nested', '````', '``` x`y'];
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: 5 + Math.floor(r() * 25) }, () => pick(PARTS)).join('\n');
      expect(ours(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });
});
