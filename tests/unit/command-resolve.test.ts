import { describe, expect, it } from 'vitest';
import { validateCommandLine } from '../../src/lib/command/index.ts';

// One line per case: the command line, the canonical command it resolves to (null: unresolved).
const cases: Array<[string, string | null]> = [
  ['docker ps', 'container ls'],
  ['docker ps -a', 'container ls'],
  ['docker container list', 'container ls'],
  ['docker container ps', 'container ls'],
  ['docker container ls', 'container ls'],
  ['docker rmi nginx', 'image rm'],
  ['docker image remove nginx', 'image rm'],
  ['docker images', 'image ls'],
  ['docker build .', 'image build'],
  ['docker builder build .', 'image build'],
  ['docker run nginx', 'container run'],
  ['docker network ls', 'network ls'],
  ['docker network list', 'network ls'],
  ['docker -D ps', 'container ls'],
  ['docker -l debug ps', 'container ls'],
  ['docker --log-level=warn images', 'image ls'],
  ['docker --config /tmp/x version', 'version'],
  ['docker', ''],
  ['docker network', 'network'],
  ['docker netowrk ls', null],
  ['dockwer ps', null],
  ['$ docker ps', 'container ls'],
  ['# docker images', 'image ls'],
  ['sudo docker ps', 'container ls'],
  ['sudo -E docker ps', 'container ls'],
  ['DOCKER_BUILDKIT=1 docker build .', 'image build'],
  ['cat x | docker image import - img', 'image import'],
];

describe('resolution', () => {
  it.each(cases)('%j -> %j', (line, canonical) => expect(validateCommandLine(line).command).toBe(canonical));
});
