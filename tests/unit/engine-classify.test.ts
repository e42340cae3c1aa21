// The engine run's decisions from an example's text alone (scripts/engine/classify.ts): what runs,
// what is left out and under which reason, and which examples need a terminal.
import { describe, expect, it } from 'vitest';
import { asksToConfirm, createdBy, followsOutput, namedWords } from '../../scripts/engine/catalog.ts';
import { classifyDockerfile, classifyShell, dockerInvocations, needsTty } from '../../scripts/engine/classify.ts';

describe('classifyShell', () => {
  const cases: Array<[string, boolean, string?]> = [
    ['docker container run --rm alpine:3.21 ls /', true],
    ['docker image pull nginx:1.27', false, 'registry'],
    ['docker pull nginx', false, 'registry'],
    ['docker search --filter stars=1000 nginx', false, 'registry'],
    ['docker login -u myuser --password-stdin < token.txt', false, 'registry'],
    ['docker image push myuser/nginx:1.27', false, 'registry'],
    ['docker logout', true],
    ['docker buildx ls', false, 'buildkit'],
    ['docker builder prune', true],
    ['docker image build --secret id=npmrc,src=$HOME/.npmrc -t app .', false, 'buildkit'],
    ['docker image build --platform linux/amd64,linux/arm64 -t myuser/greet:1.0 --push .', false, 'buildkit'],
    ['docker image build --platform linux/arm64 -t greet:1.0-arm64 .', false, 'platform'],
    ['docker image build -t sample:1.0 .', true],
    ['docker service ls', false, 'swarm'],
    ['cat web.tar | docker image import - myuser/webfront:1.1', true],
    ['docker container rm $(docker container ls -aq -f status=exited)', true],
    ['DOCKER_BUILDKIT=0 docker image build --pull -t sample:1.0 .', false, 'registry'],
  ];
  it.each(cases)('%s', (code, run, reason) => {
    const d = classifyShell(code);
    expect(d.run).toBe(run);
    expect(d.reason).toBe(reason);
  });
});

describe('classifyShell with the local registry', () => {
  it('runs pull, push, login and search there, but not another platform', () => {
    const ctx = { localRegistry: true };
    expect(classifyShell('docker image pull nginx:1.27', ctx)).toEqual({ run: true });
    expect(classifyShell('docker image push myuser/nginx:1.27', ctx)).toEqual({ run: true });
    expect(classifyShell('docker login -u myuser --password-stdin < token.txt', ctx)).toEqual({ run: true });
    expect(classifyShell('docker search nginx', ctx)).toEqual({ run: true });
    expect(classifyShell('docker image pull --platform linux/arm64 alpine:3.21', ctx).reason).toBe('platform');
  });
});

describe('classifyDockerfile', () => {
  const standIns = new Set(['ubuntu:24.04', 'nginx:1.27', 'alpine:3.21']);
  const has = (ref: string) => standIns.has(ref);
  it('builds a Dockerfile on a stand-in with no downloads (a `# syntax=` line is a comment to the classic builder)', () => {
    expect(classifyDockerfile('# syntax=docker/dockerfile:1\nFROM ubuntu:24.04\nENTRYPOINT ["top", "-b"]', has)).toEqual({ run: true });
  });
  it('leaves out a base image with no stand-in, a RUN that downloads, and BuildKit-only syntax', () => {
    expect(classifyDockerfile('FROM python:3.13-slim\nCMD ["python"]', has).reason).toBe('registry');
    expect(classifyDockerfile('FROM ubuntu:24.04\nRUN apt-get update \\\n && apt-get install -y nginx', has).reason).toBe('network');
    expect(classifyDockerfile('FROM alpine:3.21\nRUN --mount=type=cache,target=/root/.cache true', has).reason).toBe('buildkit');
    expect(classifyDockerfile('ARG V=1\nFROM golang:${V} AS b\nFROM alpine:3.21\nCOPY --from=b /x /x', has).reason).toBe('registry');
  });
  it('resolves ARG defaults in FROM and builds on the stand-in they name', () => {
    const go = (ref: string) => ref === 'golang:1.24' || ref === 'busybox:1.37';
    expect(classifyDockerfile('ARG GO_VERSION=1.24\nFROM golang:${GO_VERSION} AS builder\nRUN go build -o /out/x .\nFROM busybox:1.37\nCOPY --from=builder /out/x .', go)).toEqual({ run: true });
  });
  it('does not mistake a stage name for an image', () => {
    expect(classifyDockerfile('FROM alpine:3.21 AS base\nFROM base\nCMD ["true"]', has)).toEqual({ run: true });
  });
});

describe('needsTty and dockerInvocations', () => {
  it('finds -it, -t and -dit on run, exec and start', () => {
    expect(needsTty('docker container run -it --rm ubuntu:24.04 bash')).toBe(true);
    expect(needsTty('docker container exec -i -t web bash')).toBe(true);
    expect(needsTty('docker container run -dit --name box ubuntu:24.04')).toBe(true);
    expect(needsTty('docker container run --rm alpine:3.21 ls -t /')).toBe(false);
    expect(needsTty('docker image ls -t')).toBe(false);
  });
  it('splits pipes, && and command substitutions', () => {
    expect(dockerInvocations('docker image save nginx:1.27 | gzip > nginx.tar.gz').map((a) => a[0])).toEqual(['image']);
    expect(dockerInvocations('docker container rm $(docker container ls -aq)').length).toBe(2);
    expect(dockerInvocations('DOCKER_BUILDKIT=0 docker image build .')[0]).toEqual(['image', 'build', '.']);
  });
});

describe('classifyShell for the command catalog', () => {
  const ctx = { localRegistry: true };
  const cases: Array<[string, boolean, string?]> = [
    ['docker -H ssh://admin@192.168.1.20 container ls', false, 'remote'],
    ['docker --context remote container ls', false, 'remote'],
    ['docker -D container ls', true],
    ['docker --log-level debug system info', true],
    ['docker compose up -d', false, 'plugin'],
    ['docker manifest inspect nginx:1.27', false, 'registry'],
    ['docker trust sign myuser/app:1.0', false, 'registry'],
    ['docker plugin ls', true],
    ['docker plugin disable loki && docker plugin rm loki', false, 'registry'],
    ['docker checkpoint create web cp1', false, 'experimental'],
    ['docker container start --checkpoint cp1 web', false, 'experimental'],
    ['docker network create -d macvlan --subnet 192.168.1.0/24 -o parent=eth0 lan-net', false, 'host'],
    ['docker volume prune -a', false, 'api'],
    ['docker volume prune', true],
    ['docker volume update --availability drain shared-data', false, 'swarm'],
    ['docker login', false, 'interactive'],
    ['docker login -u myuser', false, 'interactive'],
    ['docker login -u myuser --password-stdin < token.txt', true],
    ['docker search --filter stars=1000 nginx', true],
    ['docker context create remote --docker host=ssh://deploy@example.com', true],
  ];
  it.each(cases)('%s', (code, run, reason) => {
    const d = classifyShell(code, ctx);
    expect(d.run).toBe(run);
    expect(d.reason).toBe(reason);
  });
});

describe('catalog fixtures: what an example names and what it makes', () => {
  it('finds container and volume names inside cp paths, -v and --mount values', () => {
    const w = namedWords('docker container cp web:/etc/nginx/nginx.conf . && docker run --mount type=volume,source=mydata,target=/d -v pgdata:/x alpine:3.21');
    for (const n of ['web', 'mydata', 'pgdata', 'alpine']) expect(w.has(n)).toBe(true);
    expect(namedWords('docker container export -o web.tar web2').has('web')).toBe(false);
  });
  it('counts a --name as made unless an earlier command of the line works on it', () => {
    expect([...createdBy('docker container run -d --name web -p 8080:80 nginx:1.27').containers]).toEqual(['web']);
    expect([...createdBy('docker container stop web && docker container rename web web-old && docker container run -d --name web nginx:1.27').containers]).toEqual(['web-old']);
    expect([...createdBy('docker volume create mydata && docker container run -d --name db -v mydata:/var/lib/mysql mysql:8.4').volumes]).toEqual(['mydata']);
    expect([...createdBy('docker network create --internal backend').networks]).toEqual(['backend']);
    expect([...createdBy('docker context create remote --docker host=ssh://deploy@example.com').contexts]).toEqual(['remote']);
  });
  it('answers prune prompts and stops commands that follow output', () => {
    expect(asksToConfirm('docker system prune -a')).toBe(true);
    expect(asksToConfirm('docker image prune -f')).toBe(false);
    expect(asksToConfirm('docker volume prune -a -f --filter label=x')).toBe(false);
    expect(followsOutput('docker container logs -f --tail 20 web')).toBe(true);
    expect(followsOutput('docker container logs --tail 20 web')).toBe(false);
    expect(followsOutput('docker container stats --no-stream')).toBe(false);
    expect(followsOutput('docker system events --since 10m')).toBe(true);
  });
});
