// The parse API (src/lib/command/parse.ts): one table-driven case per line.
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/lib/command/index.ts';
import type { ParsedInvocation } from '../../src/lib/command/parse.ts';

const first = (line: string) => parseCommand(line).invocations[0] as ParsedInvocation;
const show = (line: string) => {
  const p = first(line);
  return {
    kind: p.kind,
    command: p.command,
    typed: p.typed,
    words: p.pathWords.map((w) => line.slice(w.start, w.end)),
    flags: p.flags.map((f) => `${f.written}${f.flag.valueType ? `=${f.value}` : ''}${f.level.canonical === '' ? ' (global)' : ''}`),
    args: p.positionals.map((a) => `${a.name ?? '?'}:${a.word.value}${a.role === 'container-command' ? ' (container)' : ''}`),
    container: p.containerCommand ? line.slice(p.containerCommand.start, p.containerCommand.end) : null,
  };
};

describe('parseCommandLine', () => {
  it.each([
    ['docker run -d -p 8080:80 --name web nginx', { command: 'container run', typed: 'docker run', words: ['run'], flags: ['-d', '-p=8080:80', '--name=web'], args: ['IMAGE:nginx'], container: null }],
    ['docker run nginx -d', { command: 'container run', flags: [], args: ['IMAGE:nginx', 'COMMAND:-d (container)'], container: '-d' }],
    ['docker container run -it --rm ubuntu bash -lc "echo hi"', { typed: 'docker container run', words: ['container', 'run'], args: ['IMAGE:ubuntu', 'COMMAND:bash (container)', 'ARG:-lc (container)', 'ARG:echo hi (container)'], container: 'bash -lc "echo hi"' }],
    ['docker --debug ps -a', { command: 'container ls', typed: 'docker ps', flags: ['--debug (global)', '-a'], args: [] }],
    ['docker exec -it web sh', { command: 'container exec', args: ['CONTAINER:web', 'COMMAND:sh (container)'] }],
    ['docker cp web:/etc/hosts .', { command: 'container cp', args: ['CONTAINER:SRC_PATH:web:/etc/hosts', 'DEST_PATH|-:.'] }],
    ['docker cp ./a web:/tmp', { command: 'container cp', args: ['SRC_PATH|-:./a', 'CONTAINER:DEST_PATH:web:/tmp'] }],
    ['docker network connect net1 web', { command: 'network connect', args: ['NETWORK:net1', 'CONTAINER:web'] }],
    ['docker rm a b c', { command: 'container rm', args: ['CONTAINER:a', 'CONTAINER:b', 'CONTAINER:c'] }],
  ])('%s', (line, want) => {
    expect(show(line)).toMatchObject(want);
  });

  it('notes the value of a mistyped flag instead of naming it an argument (`--memroy 512m`)', () => {
    const p = first('docker run --memroy 512m nginx');
    expect(p.unknownFlags.map((u) => [u.word.value, u.valueWord?.value])).toEqual([['--memroy', '512m']]);
    expect(p.positionals.map((a) => `${a.name}:${a.word.value}`)).toEqual(['IMAGE:nginx']);
    expect(parseCommand('docker run --memroy 512m nginx').diagnostics.map((d) => d.code)).toEqual(['unknown-flag']);
  });

  it('splits commands joined by &&, ; and pipes, and marks the ones that are not docker', () => {
    const p = parseCommand('docker ps -q | xargs docker rm; ls -la && docker images');
    expect(p.commands.map((c) => (c.kind === 'other' ? `other:${c.text.trim()}` : c.command))).toEqual(['container ls', 'other:xargs docker rm', 'other:ls -la', 'image ls']);
  });

  it('reports an unknown command with its fix, and an unknown program', () => {
    expect(first('docker netowrk inspect web').kind).toBe('unknown-command');
    expect(parseCommand('dokcer ps').invocations[0]!.kind).toBe('unknown-program');
  });

  it('keeps offsets into the input when a prompt is blanked', () => {
    const line = '$ docker ps -a';
    const p = first(line);
    expect(line.slice(p.pathWords[0]!.start, p.pathWords[0]!.end)).toBe('ps');
  });
});
