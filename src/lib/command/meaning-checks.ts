// Warnings for lines the Docker CLI accepts but that do not do what their writer meant: the common
// mistakes of the study notes that parse fine (every seed mistake is shown as a mistake
// block, which must draw a diagnostic). Each is a warning, never an error: the CLI itself accepts
// the line, and the judge compares errors only.
import type { Message } from '../i18n/messages.ts';
import { msg, say } from '../i18n/messages.ts';
import { localize } from '../i18n/localized.ts';
import type { Invocation } from './invocation.ts';
import { closest } from './closest.ts';
import type { ShellWord } from '../shell/tokenize.ts';
import { MOUNT_TYPES } from './value-checks.ts';

type Add = (severity: 'error' | 'warning', code: string, message: Message, start: number, end: number, fix?: Array<[number, number, string]>) => void;

/** The `docker image` subcommands: as the argument of `image ls` they are surely not repository names. */
const IMAGE_VERBS = new Set(['ls', 'list', 'rm', 'remove', 'prune', 'inspect', 'pull', 'push', 'tag', 'build', 'history', 'save', 'load', 'import']);
const ARCHIVE = /\.(tar|tgz|tar\.gz|tar\.xz|tar\.bz2)$/;
/** Public registries whose host is often glued to the next path part with a dot (`gcr.io.tensorflow/…`). */
const REGISTRIES = ['gcr.io', 'ghcr.io', 'quay.io', 'docker.io', 'mcr.microsoft.com', 'public.ecr.aws', 'registry.k8s.io'];
/** The ports official images listen on inside the container, by default (their Docker Hub pages). */
const IMAGE_PORTS: Record<string, readonly number[]> = {
  nginx: [80],
  httpd: [80],
  redis: [6379],
  mysql: [3306, 33060],
  mariadb: [3306],
  postgres: [5432],
  mongo: [27017],
};
/** Configuration files whose name is often written with `.config` for `.conf`. */
const CONF_TYPO = /\b(nginx|httpd|redis|my|postgresql|resolv|sysctl)\.config\b/;
/** Commands whose first argument is an image reference. */
const IMAGE_FIRST = new Set(['image pull', 'container run', 'container create', 'image push', 'image inspect', 'image history']);

/** Container names the daemon accepts (a leading `/` is allowed: it is how the API spells them). */
const CONTAINER_NAME = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

export function runMeaningChecks(line: string, inv: Invocation, add: Add): void {
  const cmd = inv.command;
  const first = inv.args[0];

  // `docker images ls`: `ls` becomes a repository filter, so the list is empty.
  if (cmd === 'image ls' && first && IMAGE_VERBS.has(first.value)) {
    const typedImages = /\bimages$/.test(inv.typed);
    const fix: Array<[number, number, string]> = typedImages ? [] : [[first.start - 1, first.end, '']];
    if (typedImages) {
      const at = line.lastIndexOf('images', first.start);
      if (at >= 0) fix.push([at, at + 'images'.length, 'image']);
    }
    add(
      'warning',
      'subcommand-as-argument',
      msg('meaning.read-repository-name-so-lists', { value: first.value }),
      first.start,
      first.end,
      fix,
    );
  }

  // `docker run --read-only true nginx`: a boolean flag takes no separate value; `true` becomes the image.
  if ((cmd === 'container run' || cmd === 'container create') && first && (first.value === 'true' || first.value === 'false')) {
    const flag = [...inv.flags].reverse().find((f) => !f.flag.valueType && f.word.end <= first.start);
    if (flag && line.slice(flag.word.end, first.start).trim() === '') {
      add(
        'warning',
        'boolean-value-as-argument',
        msg('meaning.takes-no-separate-value-so', { written: flag.written, value: first.value }),
        first.start,
        first.end,
        [[flag.word.end, first.end, `=${first.value}`]],
      );
    }
  }

  // `docker run nginx -d`: everything after the image is the container's command, so docker
  // options there go to the container (which usually fails to start, or ignores them). Only when
  // every word after the image reads as this command's options (and their values): `sample -d 2`
  // passes `-d 2` to the image's entrypoint on purpose.
  const after = inv.args[1];
  if ((cmd === 'container run' || cmd === 'container create') && first && after && /^-/.test(after.value) && inv.node && !inv.flags.some((f) => f.flag.long === 'entrypoint') && allDockerOptions(inv.args.slice(1).map((a) => a.value), inv.node)) {
    const flag = /^--/.test(after.value) ? inv.node.flagsByLong.get(/^--([\w-]+)/.exec(after.value)?.[1] ?? '') : inv.node.flagsByShort.get(after.value[1] ?? '');
    if (flag && line.slice(first.end, after.start).trim() === '') {
      const movable = inv.args.length === 2 && flag.noValue && /^-(?:\w+|-[\w-]+)$/.test(after.value);
      const moved = `docker ${inv.typed.replace(/^docker\s+/, '')} ${after.value} ${first.value}`;
      add(
        'warning',
        'option-after-image',
        msg('meaning.optionAfterImage', { option: after.value, image: first.value, moved: movable ? `: \`${moved}\`` : '' }),
        after.start,
        after.end,
        movable ? [[first.start, first.start, `${after.value} `], [first.end, after.end, '']] : undefined,
      );
    }
  }

  // `docker image pull gcr.io.tensorflow/tensorflow`: the registry host swallows the next path part.
  if (cmd && IMAGE_FIRST.has(cmd) && first) {
    const slash = first.value.indexOf('/');
    const host = slash > 0 ? first.value.slice(0, slash) : '';
    const registry = REGISTRIES.find((r) => host.startsWith(`${r}.`));
    if (registry) {
      const fixed = `${registry}/${first.value.slice(registry.length + 1)}`;
      add(
        'warning',
        'registry-typo',
        msg('meaning.read-registry-host-which-does', { host, fixed, registry }),
        first.start,
        first.start + host.length,
        [[first.start, first.end, fixed]],
      );
    }
  }

  // `--name 'my web'`: the client passes any name on; the daemon refuses one outside
  // [a-zA-Z0-9][a-zA-Z0-9_.-]+ ("Invalid container name"), so the builder must not call it fine.
  const names: ShellWord[] = [];
  if (cmd === 'container run' || cmd === 'container create') for (const f of inv.flags) if (f.flag.long === 'name' && !f.valueWord.dynamic) names.push(f.valueWord === f.word ? { ...f.word, value: f.value, start: f.valueStart, end: f.valueEnd } : f.valueWord);
  if (cmd === 'container rename' && inv.args[1] && !inv.args[1].dynamic) names.push(inv.args[1]);
  for (const w of names) {
    if (w.value === '' || CONTAINER_NAME.test(w.value)) continue;
    const guess = w.value.replace(/[^a-zA-Z0-9_.-]+/g, '-').replace(/^[^a-zA-Z0-9]+/, '');
    const fix = CONTAINER_NAME.test(guess) ? guess : null;
    add('warning', 'invalid-container-name', msg(fix ? 'meaning.invalidContainerName.fix' : 'meaning.invalidContainerName', { name: w.value, fix: fix ?? '' }), w.start, w.end, fix ? [[w.start, w.end, fix]] : undefined);
  }

  // `--mount type=foo`: the 28.2.2 client passes any type on; the daemon refuses it. A warning
  // (checks beyond the binary are warnings), with the nearest type as the fix.
  if (cmd === 'container run' || cmd === 'container create' || cmd === 'service create' || cmd === 'service update') {
    for (const f of inv.flags) {
      if (f.flag.long !== 'mount' && f.flag.long !== 'mount-add') continue;
      const raw = line.slice(f.valueStart, f.valueEnd);
      if (raw !== f.value) continue; // quoted or escaped: offsets would not match
      let at = 0;
      for (const field of f.value.split(',')) {
        const eq = field.indexOf('=');
        if (eq > 0 && field.slice(0, eq).toLowerCase() === 'type') {
          const type = field.slice(eq + 1);
          if (!MOUNT_TYPES.includes(type)) {
            const hint = closest(type, MOUNT_TYPES);
            const s = f.valueStart + at + eq + 1;
            add('warning', 'unknown-mount-type', msg(hint ? 'meaning.unknownMountType.hint' : 'meaning.unknownMountType', { type, types: MOUNT_TYPES.join(', '), hint: hint ?? '' }), s, s + type.length, hint ? [[s, s + type.length, hint]] : undefined);
          }
        }
        at += field.length + 1;
      }
    }
  }

  // `-v ./site:/user/share/nginx/html`: `/user` for `/usr` mounts into a new, unused directory.
  if (cmd === 'container run' || cmd === 'container create') {
    for (const f of inv.flags) {
      if (f.flag.long !== 'volume' && f.flag.long !== 'mount') continue;
      // Offsets in the line as written (the value may be quoted: `"$(pwd)"/site:/user/…`).
      const raw = line.slice(f.valueStart, f.valueEnd);
      const at = raw.search(/(^|[:=,])\/user\/(share|local|bin|lib|src)\b/);
      if (at < 0) continue;
      const slash = raw.indexOf('/user/', at);
      add(
        'warning',
        'usr-typo',
        msg('meaning.user-not-usr-volume-mounted'),
        f.valueStart + slash,
        f.valueStart + slash + '/user'.length,
        [[f.valueStart + slash, f.valueStart + slash + '/user'.length, '/usr']],
      );
    }
  }

  // `-p 80:8080 nginx`: the order is host:container, so this reaches a port nginx does not listen on.
  if ((cmd === 'container run' || cmd === 'container create') && first) {
    // Only official images (no namespace, or library/): other publishers' images may listen elsewhere.
    const repo = /^(?:(?:docker\.io\/)?library\/)?([a-z0-9]+)(?:[:@]|$)/.exec(first.value)?.[1];
    const known = repo ? IMAGE_PORTS[repo] : undefined;
    for (const f of known ? inv.flags : []) {
      if (f.flag.long !== 'publish') continue;
      const m = /^(?:(.*):)?(\d+):(\d+)(\/\w+)?$/.exec(f.value);
      if (!m) continue;
      const host = Number(m[2]);
      const inside = Number(m[3]);
      if (known!.includes(inside) || !known!.includes(host)) continue;
      const swapped = `${m[1] !== undefined ? `${m[1]}:` : ''}${inside}:${host}${m[4] ?? ''}`;
      add(
        'warning',
        'reversed-port',
        msg('meaning.reversedPort', { inside, repo: repo ?? '', swapped, ports: localize((l) => known!.join(say(msg('meaning.reversedPort.and'), l))) }),
        f.valueStart,
        f.valueEnd,
        [[f.valueStart, f.valueEnd, swapped]],
      );
    }
  }

  // `docker container cp web:/etc/nginx/nginx.config .`: the file is nginx.conf; the copy fails.
  if (cmd === 'container cp') {
    for (const a of inv.args) {
      const m = CONF_TYPO.exec(line.slice(a.start, a.end));
      if (!m) continue;
      const at = a.start + m.index;
      const end = at + m[0].length;
      add(
        'warning',
        'conf-typo',
        msg('meaning.confTypo', { base: m[1]!, file: m[0] }),
        at,
        end,
        [[at, end, `${m[1]}.conf`]],
      );
    }
  }

  // `docker exec -it web /bin/bash "hello word"`: a shell's first argument is a script file to run.
  const shellAt = cmd === 'container exec' ? 1 : cmd === 'container run' || cmd === 'container create' ? 1 : -1;
  const shell = shellAt >= 0 ? inv.args[shellAt] : undefined;
  const script = shellAt >= 0 ? inv.args[shellAt + 1] : undefined;
  if (shell && script && /^(\/(usr\/)?bin\/)?(ba|z|da|k)?sh$/.test(shell.value) && !script.value.startsWith('-') && /\s/.test(script.value)) {
    add(
      'warning',
      'shell-script-argument',
      msg('meaning.shellScriptArgument', { shell: shell.value, script: script.value }),
      script.start,
      script.end,
    );
  }

  // `docker image save export.tar tensorflow`: the file name given as an image; `-o` names the file.
  if (cmd === 'image save' && !inv.flags.some((f) => f.flag.long === 'output')) {
    const file = inv.args.find((a) => ARCHIVE.test(a.value));
    if (file) {
      add(
        'warning',
        'file-as-image',
        msg('meaning.looks-like-file-name-but', { value: file.value }),
        file.start,
        file.end,
        [[file.start, file.end, `-o ${file.value}`]],
      );
    }
  }

  // `{{.ContainerConfig.Image}}`: image inspect no longer has ContainerConfig (API 1.45, Docker 26).
  if (cmd === 'image inspect' || cmd === 'inspect') {
    for (const f of inv.flags) {
      if (f.flag.long !== 'format') continue;
      const raw = line.slice(f.valueStart, f.valueEnd);
      const at = raw.search(/\.\s*ContainerConfig\b/);
      if (at < 0) continue;
      add(
        'warning',
        'removed-field',
        msg('meaning.containerconfig-no-longer-part-image'),
        f.valueStart + at,
        f.valueStart + at + raw.slice(at).indexOf('ContainerConfig') + 'ContainerConfig'.length,
      );
    }
  }
}

/** Every word reads as an option of the command (with its value, when it takes one). */
function allDockerOptions(words: readonly string[], node: NonNullable<Invocation['node']>): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (w.startsWith('--')) {
      const m = /^--([\w-]+)(=)?/.exec(w);
      const flag = m ? node.flagsByLong.get(m[1] as string) : undefined;
      if (!flag) return false;
      if (!flag.noValue && !m![2]) i++;
      if (i >= words.length) return false;
    } else if (/^-\w/.test(w)) {
      for (let k = 1; k < w.length; k++) {
        const flag = node.flagsByShort.get(w[k] as string);
        if (!flag) return false;
        if (!flag.noValue) {
          // The rest of the word, or the next word, is its value.
          if (k === w.length - 1) {
            i++;
            if (i >= words.length) return false;
          }
          break;
        }
      }
    } else return false;
  }
  return true;
}
