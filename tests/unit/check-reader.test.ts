// dockref check's reader: which Markdown blocks it reads, how it groups a block's lines into
// commands, which words are placeholders, and the whole output on a mixed document (golden file).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { blockKind, markdownBlocks } from '../../src/lib/check/markdown.ts';
import { blockCommands } from '../../src/lib/check/shell-lines.ts';
import { findPlaceholders } from '../../src/lib/check/placeholders.ts';
import { checkText, fileTypeOf } from '../../src/lib/check/run.ts';
import { textRecord } from '../../src/lib/check/format.ts';
import { applyEdits, unifiedDiff } from '../../src/lib/check/fix.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/check/${name}`, import.meta.url));

describe('blockKind', () => {
  const cases: Array<[string, string | undefined, string | null]> = [
    ['sh', 'ls', 'shell'],
    ['bash title="x"', 'ls', 'shell'],
    ['Shell', undefined, 'shell'],
    ['zsh', undefined, 'shell'],
    ['console', '$ docker ps', 'console'],
    ['terminal', undefined, 'console'],
    ['powershell', undefined, 'powershell'],
    ['Dockerfile', 'FROM x', 'dockerfile'],
    ['dockerfile fragment', undefined, 'dockerfile'],
    ['', 'docker ps', 'shell'],
    ['', '$ docker ps', 'console'],
    ['', 'sudo docker ps', 'shell'],
    ['', 'ls -la', null],
    ['', 'dockerd --debug', null],
    ['text', 'docker ps', null],
    ['yaml', 'docker: x', null],
    ['{.bash}', 'docker ps', 'shell'],
  ];
  it.each(cases)('%j first line %j -> %j', (info, first, kind) => expect(blockKind(info, first)).toBe(kind));
});

const lines = (text: string) => text.split('\n').map((t, i) => ({ text: t, line: i + 1, column: 0 }));
const commands = (text: string, kind: 'shell' | 'console' | 'powershell') => [...blockCommands(lines(text), kind)].map((c) => [c.segments[0]!.line, c.text]);

describe('blockCommands', () => {
  const cases: Array<[string, 'shell' | 'console' | 'powershell', Array<[number, string]>]> = [
    ['docker ps\n\n# a comment\ndocker images', 'shell', [[1, 'docker ps'], [4, 'docker images']]],
    ['docker run \\\n  -d \\\n  nginx\ndocker ps', 'shell', [[1, 'docker run \\\n  -d \\\n  nginx'], [4, 'docker ps']]],
    ['docker run alpine sh -c "echo\nhi"\ndocker ps', 'shell', [[1, 'docker run alpine sh -c "echo\nhi"'], [3, 'docker ps']]],
    ['docker build -t x - <<EOF\nFROM alpine\nRUN x\nEOF\ndocker ps', 'shell', [[1, 'docker build -t x - <<EOF'], [5, 'docker ps']]],
    ["docker build - <<-'END'\n\tFROM alpine\n\tEND\ndocker ps", 'shell', [[1, "docker build - <<-'END'"], [4, 'docker ps']]],
    ["echo \"it's\" # don't\ndocker ps", 'shell', [[1, 'echo "it\'s" # don\'t'], [2, 'docker ps']]],
    ['$ docker ps\nCONTAINER ID   IMAGE\n$ docker run \\\n>   nginx\n# docker images\noutput # here', 'console', [[1, 'docker ps'], [3, 'docker run \\\n  nginx'], [5, 'docker images']]],
    ['$ docker run alpine sh -c "echo\n> hi"\nhi', 'console', [[1, 'docker run alpine sh -c "echo\n> hi"']]],
    ['docker run `\n  --rm nginx', 'powershell', [[1, 'docker run \\\n  --rm nginx']]],
    ['PS C:\\> docker ps\nCONTAINER ID', 'powershell', [[1, 'docker ps']]],
  ];
  it.each(cases)('%j (%s)', (text, kind, expected) => {
    expect(commands(text, kind)).toEqual(expected);
  });

  it('places every piece of a continued command at its file line and column', () => {
    const [cmd] = [...blockCommands([{ text: '$ docker run \\', line: 10, column: 2 }, { text: '>   --nmae x nginx', line: 11, column: 2 }], 'console')];
    expect(cmd!.segments).toEqual([{ offset: 0, line: 10, column: 4 }, { offset: 13, line: 11, column: 4 }]);
  });
});

describe('findPlaceholders', () => {
  const cases: Array<[string, string[]]> = [
    ['docker run <image>', ['<image>']],
    ['docker run -p <host port>:80 <image:tag>', ['<host port>', '<image:tag>']],
    ['docker run ... nginx', ['...']],
    ['docker ps …', ['…']],
    ['docker build - <<EOF', []],
    ['docker run alpine sh -c "echo <b>"', []],
    ['docker logs web > out.txt', []],
    ['docker run a..b', []],
  ];
  it.each(cases)('%j', (text, words) => expect(findPlaceholders(text).map((s) => text.slice(s.start, s.end))).toEqual(words));
});

describe('fileTypeOf', () => {
  const cases: Array<[string, string]> = [
    ['README.md', 'markdown'],
    ['docs/guide.mdx', 'markdown'],
    ['Dockerfile', 'dockerfile'],
    ['app/Dockerfile.dev', 'dockerfile'],
    ['web.Dockerfile', 'dockerfile'],
    ['Containerfile', 'dockerfile'],
    ['scripts/deploy.sh', 'shell'],
  ];
  it.each(cases)('%s -> %s', (p, t) => expect(fileTypeOf(p)).toBe(t));
});

describe('a mixed Korean and English document', () => {
  const text = readFileSync(fixture('mixed.md'), 'utf8');
  const records = [...checkText('mixed.md', text, 'markdown', 'en')];

  it('prints what the golden file holds', () => {
    const out = records.map(textRecord).join('');
    if (process.env.UPDATE_GOLDEN) writeFileSync(fixture('mixed.expected.txt'), out);
    expect(out).toBe(readFileSync(fixture('mixed.expected.txt'), 'utf8'));
  });

  it('reports nothing outside code blocks (prose, tables, inline code) and no console output', () => {
    const fileLines = text.split('\n');
    const blockLines = new Set([...markdownBlocks(text)].flatMap((b) => b.lines.map((l) => l.line)));
    for (const r of records) {
      for (const f of r.findings) {
        expect(blockLines.has(f.line), `line ${f.line}: ${fileLines[f.line - 1]}`).toBe(true);
        expect(fileLines[f.line - 1]).not.toMatch(/^(Unable to find|docker: invalid)/);
      }
    }
  });

  it('checks every docker command of the shell blocks', () => {
    expect(records.filter((r) => r.kind === 'command').map((r) => r.line)).toEqual([11, 14, 16, 21, 22, 23, 27, 28, 29, 36, 40, 50, 58]);
  });

  it('--fix edits only the sure fixes and keeps every other line', () => {
    const edits = records.flatMap((r) => r.findings.flatMap((f) => f.edits ?? []));
    const fixed = applyEdits(text, edits);
    const diff = unifiedDiff('mixed.md', text, fixed);
    expect(diff).toContain('-$ docker run --nmae web nginx\n');
    expect(diff).toContain('+$ docker run --name web nginx\n');
    expect(diff).toContain('+sudo docker run --rm alpine\n');
    expect(diff).toContain('+docker ps\n');
    expect(diff).toContain('+docker network ls\n');
    expect(diff).not.toContain('표'); // prose untouched
    expect(fixed.split('\n').length).toBe(text.split('\n').length);
  });
});

describe('--docker-version: a document judged for one Docker release', () => {
  const doc = (line: string) => `# Notes\n\n\`\`\`sh\n${line}\n\`\`\`\n`;
  const codes = (line: string, release: string) => [...checkText('r.md', doc(line), 'markdown', 'en', release)].flatMap((r) => r.findings.map((f) => `${f.severity}:${f.message}`));
  const cases: [string, string, RegExp | null][] = [
    ['docker container run --disable-content-trust nginx:1.27', '29.7', /29\.0/],
    ['docker container run --disable-content-trust nginx:1.27', '28.2', null],
    ['docker container run --use-api-socket alpine:3.21 true', '27.5', /28\.1/],
    ['docker container run --use-api-socket alpine:3.21 true', '29.7', null],
    ['docker container commit --pause=false web snapshot', '29.7', /--no-pause/],
    ['docker container commit --pause=false web snapshot', '28.2', null],
  ];
  it.each(cases)('%s for %s', (line, release, want) => {
    const got = codes(line, release);
    if (want === null) expect(got).toEqual([]);
    else expect(got.some((m) => want.test(m))).toBe(true);
  });
  it('defaults to the newest documented release', () => {
    expect([...checkText('r.md', doc('docker container run --disable-content-trust nginx:1.27'), 'markdown', 'en')].flatMap((r) => r.findings)).not.toEqual([]);
  });
});
