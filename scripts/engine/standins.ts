// Stand-in images for the engine run. There is no registry here, so the images the examples name
// (nginx:1.27, alpine:3.21, ubuntu:24.04, redis:7.4, mysql:8.4, …) are built locally from Debian's
// packages, unpacked by scripts/engine/install.sh into .cache/engine/rootfs:
// - alpine, hello-world: busybox-static alone (its applets stand in for Alpine's);
// - ubuntu: glibc, bash and busybox's applets;
// - nginx: Debian's real nginx binary with a configuration laid out like the official image's
//   (temp files under /var/cache/nginx, PID file in /run, logs to stdout/stderr, the same
//   entrypoint/CMD/EXPOSE/STOPSIGNAL), so it fails under --read-only the way the real one does;
// - redis: Debian's real redis-server and redis-cli, started like the official image;
// - mysql, wordpress: busybox scripts that behave like the real images where the examples look
//   (mysql refuses to start without a root password option and keeps its files in the
//   /var/lib/mysql volume; wordpress serves port 80 and fills its /var/www/html volume).
// - gcr.io/distroless/static-debian12, tensorflow/tensorflow: only in the local registries, for the
//   examples that pull them (distroless: passwd, group and /tmp, no shell, like the real one).
// Each image carries the label `org.dockref.stand-in` saying what it is, and every captured output
// names the stand-in. Built once and pushed to the local registries that stand in for Docker Hub
// and gcr.io (engine.ts); their storage is cached in .cache/engine/registry-<key>/, and later runs
// start the registries from that copy and pull the stand-ins, as a person would.
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { client, ENGINE_CACHE, type Engine, type RegistryName } from './engine.ts';
import type { Localized } from '../../src/lib/i18n/localized.ts';
import { msgText } from '../../src/lib/i18n/messages.ts';

const ROOTFS = join(ENGINE_CACHE, 'rootfs');

export interface StandIn {
  /** The tags the examples use. */
  tags: string[];
  /** What it is, shown wherever its output is, in every language (content/messages, `engine.standIn.*`). */
  description: Localized;
  /** glibc programs need the unpacked libraries; busybox-only images do not. */
  glibc: boolean;
  dockerfile: string;
  files: Record<string, string | { text: string; mode: number }>;
  /** Without busybox's applets (an image with no shell). */
  noBusybox?: boolean;
  /** Only in a registry, to be pulled by an example: untagged locally after the push. */
  remote?: boolean;
}

const exe = (text: string) => ({ text, mode: 0o755 });

const PASSWD = `root:x:0:0:root:/root:/bin/sh
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
`;
const GROUP = `root:x:0:
daemon:x:1:
www-data:x:33:
nogroup:x:65534:
`;

const NGINX_CONF = `user  nginx;
worker_processes  auto;

error_log  /var/log/nginx/error.log notice;
pid        /run/nginx.pid;

events {
    worker_connections  1024;
}

http {
    include       /etc/nginx/mime.types;
    default_type  application/octet-stream;
    client_body_temp_path /var/cache/nginx/client_temp;
    proxy_temp_path       /var/cache/nginx/proxy_temp;
    fastcgi_temp_path     /var/cache/nginx/fastcgi_temp;
    uwsgi_temp_path       /var/cache/nginx/uwsgi_temp;
    scgi_temp_path        /var/cache/nginx/scgi_temp;
    access_log  /var/log/nginx/access.log;
    sendfile        on;
    keepalive_timeout  65;
    include /etc/nginx/conf.d/*.conf;
}
`;
const NGINX_DEFAULT = `server {
    listen       80;
    listen  [::]:80;
    server_name  localhost;

    location / {
        root   /usr/share/nginx/html;
        index  index.html index.htm;
    }

    error_page   500 502 503 504  /50x.html;
    location = /50x.html {
        root   /usr/share/nginx/html;
    }
}
`;
const NGINX_ENTRYPOINT = `#!/bin/sh
# Stand-in for the official image's entrypoint: hands the command over unchanged.
set -e
if [ "$1" = "nginx" ] || [ "$1" = "nginx-debug" ]; then
    echo "/docker-entrypoint.sh: Configuration complete; ready for start up" >&2
fi
exec "$@"
`;
// The official nginx and ubuntu images have curl or not; the health-check example calls curl, so
// the nginx stand-in has a small one on busybox's wget (GET only, -f/-s/-S accepted).
const CURL = `#!/bin/sh
# Stand-in curl on busybox wget: GET only.
url=""
for a in "$@"; do case "$a" in -*) ;; *) url="$a";; esac; done
exec wget -q -O - "$url"
`;

const MYSQL_ENTRYPOINT = `#!/bin/sh
# Stand-in for the mysql image's entrypoint: the same start-up check and data directory, no server.
if [ -z "$MYSQL_ROOT_PASSWORD" ] && [ -z "$MYSQL_ALLOW_EMPTY_PASSWORD" ] && [ -z "$MYSQL_RANDOM_ROOT_PASSWORD" ]; then
    echo "$(date -u +%FT%TZ) [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified" >&2
    echo "    You need to specify one of the following as an environment variable:" >&2
    echo "    - MYSQL_ROOT_PASSWORD" >&2
    echo "    - MYSQL_ALLOW_EMPTY_PASSWORD" >&2
    echo "    - MYSQL_RANDOM_ROOT_PASSWORD" >&2
    exit 1
fi
if [ ! -d /var/lib/mysql/mysql ]; then
    echo "$(date -u +%FT%TZ) [Note] [Entrypoint]: Initializing database files (stand-in)"
    mkdir -p /var/lib/mysql/mysql /var/lib/mysql/sys
    : > /var/lib/mysql/ibdata1
    : > /var/lib/mysql/auto.cnf
    [ -n "$MYSQL_DATABASE" ] && mkdir -p "/var/lib/mysql/$MYSQL_DATABASE"
fi
echo "$(date -u +%FT%TZ) [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections (stand-in). port: 3306"
trap 'exit 0' TERM INT
while :; do sleep 1; done
`;

const POSTGRES_ENTRYPOINT = `#!/bin/sh
# Stand-in for the postgres image's entrypoint: the same start-up check and data directory, no server.
if [ -z "$POSTGRES_PASSWORD" ] && [ -z "$POSTGRES_PASSWORD_FILE" ] && [ "$POSTGRES_HOST_AUTH_METHOD" != "trust" ]; then
    echo "Error: Database is uninitialized and superuser password is not specified." >&2
    echo "       You must specify POSTGRES_PASSWORD to a non-empty value for the" >&2
    echo "       superuser. For example, \"-e POSTGRES_PASSWORD=password\" on \"docker run\"." >&2
    exit 1
fi
if [ ! -s "$PGDATA/PG_VERSION" ]; then
    mkdir -p "$PGDATA/base" "$PGDATA/global"
    echo 17 > "$PGDATA/PG_VERSION"
    echo "PostgreSQL init process complete; ready for start up. (stand-in)"
fi
echo "$(date -u '+%F %T.000 UTC') [1] LOG:  database system is ready to accept connections (stand-in)"
trap 'exit 0' TERM INT
while :; do sleep 1; done
`;

const WORDPRESS_ENTRYPOINT = `#!/bin/sh
# Stand-in for the wordpress image: fills /var/www/html on first start and serves port 80.
[ -f /var/www/html/index.php ] || { mkdir -p /var/www/html/wp-content; echo '<?php /* stand-in */' > /var/www/html/index.php; }
echo "WordPress not found in /var/www/html - copying now... (stand-in)" >&2
exec httpd -f -p 80 -h /var/www/html
`;

const REDIS_ENTRYPOINT = `#!/bin/sh
# Like the official image: a bare redis-server gets --protected-mode no, so other containers can connect.
set -e
if [ "$1" = "redis-server" ] && [ "$#" -eq 1 ]; then
    set -- redis-server --protected-mode no
fi
exec "$@"
`;

const HELLO = `#!/bin/sh
cat <<'TEXT'

Hello from Docker!
This message shows that your installation appears to be working correctly.
(dockref stand-in for hello-world: busybox, built locally from Debian's busybox-static.)

TEXT
`;

export const STAND_INS: StandIn[] = [
  {
    tags: ['alpine:3.21', 'alpine:latest'],
    description: msgText('engine.standIn.alpine:3.21'),
    glibc: false,
    dockerfile: `FROM scratch\nCOPY rootfs/ /\nCMD ["/bin/sh"]\n`,
    files: {},
  },
  {
    tags: ['busybox:1.37', 'busybox:latest'],
    description: msgText('engine.standIn.busybox:1.37'),
    glibc: false,
    dockerfile: `FROM scratch\nCOPY rootfs/ /\nCMD ["sh"]\n`,
    files: {},
  },
  {
    tags: ['golang:1.24', 'golang:1.24-alpine', 'golang:latest'],
    description: msgText('engine.standIn.golang:1.24'),
    glibc: true,
    dockerfile: [
      'FROM scratch',
      'COPY rootfs/ /',
      'ENV GOPATH=/go',
      'ENV PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'WORKDIR /go',
      'CMD ["bash"]',
      '',
    ].join('\n'),
    files: {},
  },
  {
    tags: ['hello-world:latest'],
    description: msgText('engine.standIn.hello-world'),
    glibc: false,
    dockerfile: `FROM scratch\nCOPY rootfs/ /\nCMD ["/hello"]\n`,
    files: { hello: exe(HELLO) },
  },
  {
    tags: ['ubuntu:24.04', 'ubuntu:latest'],
    description: msgText('engine.standIn.ubuntu:24.04'),
    glibc: true,
    dockerfile: `FROM scratch\nCOPY rootfs/ /\nCMD ["/bin/bash"]\n`,
    files: {},
  },
  {
    tags: ['nginx:1.27', 'nginx:latest'],
    description: msgText('engine.standIn.nginx:1.27'),
    glibc: true,
    dockerfile: [
      'FROM scratch',
      'COPY rootfs/ /',
      'ENV NGINX_VERSION=1.22.1-standin',
      'ENTRYPOINT ["/docker-entrypoint.sh"]',
      'EXPOSE 80',
      'STOPSIGNAL SIGQUIT',
      'CMD ["nginx", "-g", "daemon off;"]',
      '',
    ].join('\n'),
    files: {
      'docker-entrypoint.sh': exe(NGINX_ENTRYPOINT),
      'etc/nginx/nginx.conf': NGINX_CONF,
      'etc/nginx/conf.d/default.conf': NGINX_DEFAULT,
      'usr/bin/curl': exe(CURL),
      'usr/share/nginx/html/index.html': '<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n</head>\n<body>\n<h1>Welcome to nginx!</h1>\n<p>dockref stand-in: Debian\'s nginx, built locally.</p>\n</body>\n</html>\n',
      'usr/share/nginx/html/50x.html': '<!DOCTYPE html>\n<html>\n<head>\n<title>Error</title>\n</head>\n<body>\n<h1>An error occurred.</h1>\n</body>\n</html>\n',
    },
  },
  {
    tags: ['redis:7.4', 'redis:latest'],
    description: msgText('engine.standIn.redis:7.4'),
    glibc: true,
    dockerfile: [
      'FROM scratch',
      'COPY rootfs/ /',
      'VOLUME /data',
      'WORKDIR /data',
      'ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]',
      'EXPOSE 6379',
      'CMD ["redis-server"]',
      '',
    ].join('\n'),
    files: { 'usr/local/bin/docker-entrypoint.sh': exe(REDIS_ENTRYPOINT) },
  },
  {
    tags: ['mysql:8.4', 'mysql:latest'],
    description: msgText('engine.standIn.mysql:8.4'),
    glibc: false,
    dockerfile: [
      'FROM scratch',
      'COPY rootfs/ /',
      'VOLUME /var/lib/mysql',
      'ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]',
      'EXPOSE 3306 33060',
      'CMD ["mysqld"]',
      '',
    ].join('\n'),
    files: { 'usr/local/bin/docker-entrypoint.sh': exe(MYSQL_ENTRYPOINT) },
  },
  {
    tags: ['postgres:17', 'postgres:latest'],
    description: msgText('engine.standIn.postgres:17'),
    glibc: false,
    dockerfile: [
      'FROM scratch',
      'COPY rootfs/ /',
      'ENV PGDATA=/var/lib/postgresql/data',
      'VOLUME /var/lib/postgresql/data',
      'ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]',
      'STOPSIGNAL SIGINT',
      'EXPOSE 5432',
      'CMD ["postgres"]',
      '',
    ].join('\n'),
    files: { 'usr/local/bin/docker-entrypoint.sh': exe(POSTGRES_ENTRYPOINT) },
  },
  {
    tags: ['wordpress:6', 'wordpress:latest'],
    description: msgText('engine.standIn.wordpress:6'),
    glibc: false,
    dockerfile: [
      'FROM scratch',
      'COPY rootfs/ /',
      'VOLUME /var/www/html',
      'WORKDIR /var/www/html',
      'ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]',
      'EXPOSE 80',
      '',
    ].join('\n'),
    files: { 'usr/local/bin/docker-entrypoint.sh': exe(WORDPRESS_ENTRYPOINT) },
  },
  {
    tags: ['gcr.io/distroless/static-debian12:latest'],
    description: msgText('engine.standIn.gcr.io/distroless/static-debian12'),
    glibc: false,
    noBusybox: true,
    remote: true,
    dockerfile: `FROM scratch\nCOPY rootfs/ /\nUSER 0\nWORKDIR /\n`,
    files: {
      'etc/passwd': 'root:x:0:0:root:/root:/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n',
      'etc/group': 'root:x:0:\nnobody:x:65534:\nnonroot:x:65532:\n',
      'home/nonroot/.keep': '',
      'tmp/.keep': '',
    },
  },
  {
    tags: ['tensorflow/tensorflow:latest'],
    description: msgText('engine.standIn.tensorflow/tensorflow'),
    glibc: false,
    remote: true,
    dockerfile: `FROM scratch\nCOPY rootfs/ /\nCMD ["sh"]\n`,
    files: {},
  },
];

/** The tags examples find locally (the stand-ins that are not only in a registry). */
export const LOCAL_STAND_INS = STAND_INS.filter((s) => !s.remote);

/** What the stand-in search (search-server.mjs) says of each repository, by its Docker Hub name. */
export function searchDescriptions(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of STAND_INS) for (const t of s.tags) if (!t.includes('.io/')) out[t.replace(/:[^/]+$/, '')] = `dockref stand-in: ${s.description.en}`;
  return out;
}

/** The stand-in behind a tag, if any (`nginx` means `nginx:latest`). */
export function standInFor(ref: string): StandIn | undefined {
  const full = /:[^/]+$/.test(ref) ? ref : `${ref}:latest`;
  return STAND_INS.find((s) => s.tags.includes(full));
}

/** The busybox applet links for a root file system, made on the host (no RUN step needed). */
function busyboxTree(dir: string): void {
  mkdirSync(join(dir, 'bin'), { recursive: true });
  cpSync(join(ROOTFS, 'bin/busybox'), join(dir, 'bin/busybox'));
  const list = spawnSync(join(ROOTFS, 'bin/busybox'), ['--list-full'], { encoding: 'utf8' });
  for (const p of list.stdout.split('\n').filter(Boolean)) {
    const target = join(dir, p);
    if (existsSync(target)) continue;
    mkdirSync(dirname(target), { recursive: true });
    symlinkSync('/bin/busybox', target);
  }
  for (const d of ['etc', 'tmp', 'root', 'var/tmp', 'proc', 'sys', 'dev', 'run', 'home']) mkdirSync(join(dir, d), { recursive: true });
  chmodSync(join(dir, 'tmp'), 0o1777);
  if (!existsSync(join(dir, 'etc/passwd'))) writeFileSync(join(dir, 'etc/passwd'), PASSWD);
  if (!existsSync(join(dir, 'etc/group'))) writeFileSync(join(dir, 'etc/group'), GROUP);
}

function glibcTree(dir: string, withNginx: boolean, withRedis: boolean, withGo = false): void {
  for (const p of ['lib', 'lib64', 'usr/lib', 'bin/bash', 'usr/share/terminfo', 'etc/bash.bashrc', 'etc/skel']) {
    // The Go toolchain under usr/lib goes only into the golang stand-in (below).
    if (existsSync(join(ROOTFS, p))) cpSync(join(ROOTFS, p), join(dir, p), { recursive: true, verbatimSymlinks: true, filter: (src) => !src.includes('/usr/lib/go-1.19') });
  }
  if (withNginx) {
    mkdirSync(join(dir, 'usr/sbin'), { recursive: true });
    cpSync(join(ROOTFS, 'usr/sbin/nginx'), join(dir, 'usr/sbin/nginx'));
    mkdirSync(join(dir, 'etc/nginx/conf.d'), { recursive: true });
    for (const f of ['mime.types', 'fastcgi_params', 'scgi_params', 'uwsgi_params']) cpSync(join(ROOTFS, 'etc/nginx', f), join(dir, 'etc/nginx', f));
    for (const d of ['var/cache/nginx', 'var/log/nginx', 'usr/share/nginx/html']) mkdirSync(join(dir, d), { recursive: true });
    symlinkSync('/dev/stdout', join(dir, 'var/log/nginx/access.log'));
    symlinkSync('/dev/stderr', join(dir, 'var/log/nginx/error.log'));
    writeFileSync(join(dir, 'etc/passwd'), `${PASSWD}nginx:x:101:101:nginx user:/nonexistent:/bin/false\n`);
    writeFileSync(join(dir, 'etc/group'), `${GROUP}nginx:x:101:\n`);
  }
  if (withGo) {
    // Debian's Go toolchain (1.19) where the official image has /usr/local/go.
    for (const p of ['usr/lib/go-1.19/bin', 'usr/lib/go-1.19/pkg', 'usr/lib/go-1.19/VERSION', 'usr/share/go-1.19/src', 'usr/share/go-1.19/pkg']) {
      // Tests and their data are not needed to build programs, nor the toolchain's own compiled
      // packages (pkg/linux_amd64/cmd, 140 MB): leaving them out keeps the image and its push small.
      cpSync(join(ROOTFS, p), join(dir, p), { recursive: true, verbatimSymlinks: true, filter: (src) => !src.endsWith('_test.go') && !src.includes('/testdata') && !src.includes('/pkg/linux_amd64/cmd') });
    }
    symlinkSync('../../share/go-1.19/src', join(dir, 'usr/lib/go-1.19/src'));
    mkdirSync(join(dir, 'usr/local'), { recursive: true });
    symlinkSync('/usr/lib/go-1.19', join(dir, 'usr/local/go'));
    mkdirSync(join(dir, 'go/bin'), { recursive: true });
  }
  if (withRedis) {
    mkdirSync(join(dir, 'usr/local/bin'), { recursive: true });
    // redis-server is a link to redis-check-rdb (one binary, named by argv[0]): copy the file.
    for (const b of ['redis-server', 'redis-cli']) {
      copyFileSync(join(ROOTFS, 'usr/bin', b), join(dir, 'usr/local/bin', b));
      chmodSync(join(dir, 'usr/local/bin', b), 0o755);
    }
    mkdirSync(join(dir, 'data'), { recursive: true });
  }
}

function contextFor(s: StandIn, root: string): string {
  const dir = join(root, s.tags[0]!.replace(/[:/]/g, '_'));
  const fs = join(dir, 'rootfs');
  mkdirSync(fs, { recursive: true });
  if (s.glibc) glibcTree(fs, s.tags[0]!.startsWith('nginx'), s.tags[0]!.startsWith('redis'), s.tags[0]!.startsWith('golang'));
  if (!s.noBusybox) busyboxTree(fs);
  for (const [p, v] of Object.entries(s.files)) {
    const target = join(fs, p);
    mkdirSync(dirname(target), { recursive: true });
    const text = typeof v === 'string' ? v : v.text;
    writeFileSync(target, text);
    if (typeof v !== 'string') chmodSync(target, v.mode);
  }
  // Like the real images: a PATH in the image config (a FROM scratch image has none).
  const dockerfile = s.dockerfile.replace('COPY rootfs/ /\n', 'COPY rootfs/ /\nENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n');
  writeFileSync(join(dir, 'Dockerfile'), `${dockerfile}LABEL org.dockref.stand-in=${JSON.stringify(s.description.en)}\n`);
  return dir;
}

/** A key that changes when the stand-ins' definitions or the unpacked packages change. */
export function standInKey(): string {
  const h = createHash('sha256');
  h.update(JSON.stringify(STAND_INS));
  // The code that lays out the images, not the rest of this file (pushing, loading).
  for (const f of [busyboxTree, glibcTree, contextFor]) h.update(f.toString());
  const versions = join(ENGINE_CACHE, 'versions.txt');
  if (existsSync(versions)) h.update(readFileSync(versions));
  return h.digest('hex').slice(0, 16);
}

/** Where the registries' storage with every stand-in pushed is cached (for this set of stand-ins). */
function registryCacheDir(): string {
  return join(ENGINE_CACHE, `registry-${standInKey()}`);
}

/** The cached registry storage to start the engine's registries from, or undefined (none yet). */
export function cachedRegistry(): Record<RegistryName, string> | undefined {
  const base = registryCacheDir();
  if (!existsSync(join(base, 'complete'))) return undefined;
  return { hub: join(base, 'hub'), gcr: join(base, 'gcr') };
}

/**
 * Puts the stand-ins on the engine and returns the image ID per local tag. When the registries
 * started from the cache, the stand-ins are pulled from them; otherwise they are built, pushed (so
 * pulls, searches and RepoDigests work as with Docker Hub) and the registries' storage is cached.
 * The Go toolchain's push (most of the work: gzip of its layers) goes on in the background while
 * chapters run; `pushed` settles when it is done and the storage is cached (await it before an
 * example pulls golang).
 */
export function ensureStandIns(engine: Engine, log: (s: string) => void): { ids: Map<string, string>; pushed: Promise<void> } {
  const tags = LOCAL_STAND_INS.flatMap((s) => s.tags);
  const rel = (p: string) => p.replace(`${process.cwd()}/`, '');
  const pullAll = () => {
    for (const t of tags) {
      const r = client(engine, ['image', 'pull', '-q', t], 300);
      if (r.status !== 0) throw new Error(`pulling the stand-in ${t} from the local registry failed: ${(r.stderr || r.stdout).trim()}`);
    }
  };
  let pushed: Promise<void> = Promise.resolve();
  if (cachedRegistry()) {
    pullAll();
    log(`engine: pulled ${tags.length} stand-in image tags from the local registries (their storage cached in ${rel(registryCacheDir())})`);
  } else {
    const root = mkdtempSync('/tmp/dockref-standins-');
    try {
      for (const s of STAND_INS) {
        const ctx = contextFor(s, root);
        const args = ['image', 'build', '-q', ...s.tags.flatMap((t) => ['-t', t]), ctx];
        const r = spawnSync('nsenter', [`--net=/proc/${engine.pid}/ns/net`, '--', 'docker', ...args], { env: { ...engine.env, DOCKER_BUILDKIT: '0' }, encoding: 'utf8' });
        if (r.status !== 0) throw new Error(`building the stand-in ${s.tags[0]} failed:\n${r.stderr.trim()}`);
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
    const later = (s: StandIn) => s.tags[0]!.startsWith('golang');
    for (const s of STAND_INS.filter((x) => !later(x))) {
      for (const t of s.tags) {
        const r = client(engine, ['image', 'push', '-q', t], 600);
        if (r.status !== 0) throw new Error(`pushing the stand-in ${t} to the local registry failed: ${(r.stderr || r.stdout).trim()}`);
      }
      if (s.remote) client(engine, ['image', 'rm', ...s.tags], 60);
    }
    const lateTags = STAND_INS.filter(later).flatMap((s) => s.tags);
    log(`engine: built ${STAND_INS.length} stand-in images and pushed them to the local registries (${lateTags.join(', ')} in the background)`);
    const started = Date.now();
    pushed = new Promise<void>((done, fail) => {
      const script = lateTags.map((t) => `docker image push -q ${t} >/dev/null`).join(' && ');
      const child = spawn('nsenter', [`--net=/proc/${engine.pid}/ns/net`, '--', 'sh', '-c', script], { env: engine.env, stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      child.on('exit', (code) => {
        if (code !== 0) return fail(new Error(`pushing ${lateTags.join(', ')} to the local registry failed: ${err.trim()}`));
        const base = registryCacheDir();
        for (const f of readdirSync(ENGINE_CACHE)) if (/^(stand-ins-.*\.tar|registry-[0-9a-f]+)$/.test(f)) rmSync(join(ENGINE_CACHE, f), { recursive: true, force: true });
        mkdirSync(base, { recursive: true });
        for (const name of ['hub', 'gcr'] as const) {
          const r = spawnSync('cp', ['-a', engine.registries[name], join(base, name)]);
          if (r.status !== 0) return fail(new Error(`caching the registry storage in ${base} failed`));
        }
        writeFileSync(join(base, 'complete'), `${new Date().toISOString()}\n`);
        log(`engine: pushed ${lateTags.join(', ')} in ${((Date.now() - started) / 1000).toFixed(0)} s and cached the registries' storage in ${rel(base)}`);
        done();
      });
    });
    // Reported where it is awaited; a rejection before then must not end the process.
    pushed.catch(() => {});
  }
  const ids = new Map<string, string>();
  for (const t of tags) {
    const r = client(engine, ['image', 'inspect', '-f', '{{.Id}}', t], 30);
    if (r.status !== 0) throw new Error(`stand-in ${t} is missing after loading: ${r.stderr.trim()}`);
    ids.set(t, r.stdout.trim());
  }
  return { ids, pushed };
}
