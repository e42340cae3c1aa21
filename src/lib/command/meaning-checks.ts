// Warnings for lines the Docker CLI accepts but that do not do what their writer meant: the common
// mistakes of the study notes that parse fine (every seed mistake is shown as a mistake
// block, which must draw a diagnostic). Each is a warning, never an error: the CLI itself accepts
// the line, and the judge compares errors only.
import type { Localized } from '../i18n/localized.ts';
import type { Invocation } from './invocation.ts';
import { closest } from './closest.ts';
import type { ShellWord } from './tokenize.ts';
import { MOUNT_TYPES } from './value-checks.ts';

type Add = (severity: 'error' | 'warning', code: string, message: Localized, start: number, end: number, fix?: Array<[number, number, string]>) => void;

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
      {
        en: `\`${first.value}\` is read as a repository name, so this lists only images of a repository called "${first.value}" (usually none). To list images, write \`docker image ls\` or \`docker images\`.`,
        ko: `\`${first.value}\` 단어는 저장소 이름 필터로 읽혀서, 이름이 "${first.value}"인 저장소의 이미지만 보여 줍니다(대개 아무것도 없습니다). 이미지 목록은 \`docker image ls\` 명령이나 \`docker images\` 명령으로 봅니다.`,
      },
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
        {
          en: `\`${flag.written}\` takes no separate value, so \`${first.value}\` is read as the image name. Write \`${flag.written}=${first.value}\`, or just \`${flag.written}\`.`,
          ko: `\`${flag.written}\` 옵션은 값을 따로 받지 않아서 \`${first.value}\` 단어가 이미지 이름으로 읽힙니다. \`${flag.written}=${first.value}\` 형태로 붙여 쓰거나 \`${flag.written}\` 옵션만 씁니다.`,
        },
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
        {
          en: `\`${after.value}\` comes after the image \`${first.value}\`, so docker passes it to the container as its command instead of reading it as an option. Put options before the image${movable ? `: \`${moved}\`` : ''}.`,
          ko: `\`${after.value}\` 옵션이 이미지 \`${first.value}\` 뒤에 있어서, docker가 옵션으로 읽지 않고 컨테이너의 명령으로 넘깁니다. 옵션은 이미지 앞에 씁니다${movable ? `: \`${moved}\`` : ''}.`,
        },
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
        {
          en: `\`${host}\` is read as the registry host, which does not exist. Did you mean \`${fixed}\` (registry \`${registry}\`, then the path)?`,
          ko: `\`${host}\` 부분 전체가 레지스트리 호스트로 읽히는데, 그런 호스트는 없습니다. 레지스트리 \`${registry}\` 다음에 경로가 오는 \`${fixed}\` 이미지를 뜻했나요?`,
        },
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
    add('warning', 'invalid-container-name', {
      en: `The daemon refuses the container name \`${w.value}\`: a name is at least two characters of letters, digits and _ . - (the first a letter or digit)${fix ? `, such as \`${fix}\`` : ''}.`,
      ko: `\`${w.value}\` 이름은 데몬이 컨테이너 이름으로 받지 않습니다. 이름은 영문자, 숫자, _ . - 로 된 두 글자 이상이고 첫 글자는 영문자나 숫자여야 합니다${fix ? `. 예: \`${fix}\`` : ''}.`,
    }, w.start, w.end, fix ? [[w.start, w.end, fix]] : undefined);
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
            add('warning', 'unknown-mount-type', {
              en: `\`${type}\` is not a mount type the daemon knows (${MOUNT_TYPES.join(', ')})${hint ? `; did you mean \`${hint}\`?` : '.'} The client passes it on and the daemon refuses the container.`,
              ko: `\`${type}\` 종류는 데몬이 아는 마운트 종류가 아닙니다(${MOUNT_TYPES.join(', ')})${hint ? `. \`${hint}\` 종류를 뜻했나요?` : '.'} 클라이언트는 그대로 넘기고 데몬이 컨테이너 생성을 거부합니다.`,
            }, s, s + type.length, hint ? [[s, s + type.length, hint]] : undefined);
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
        {
          en: '`/user/` is not `/usr/`: the volume is mounted at a new, empty path the program never reads. Did you mean `/usr/`?',
          ko: '`/user/` 경로는 `/usr/` 경로가 아닙니다. 볼륨이 프로그램이 읽지 않는 새 빈 경로에 마운트됩니다. `/usr/` 경로를 뜻했나요?',
        },
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
        {
          en: `\`-p\` takes host:container, so this publishes container port ${inside}, where ${repo} does not listen (it listens on ${known!.join(' and ')}). Did you mean \`-p ${swapped}\`?`,
          ko: `\`-p\` 옵션의 순서는 호스트:컨테이너라서, 이 값은 ${repo} 이미지가 기다리지 않는 컨테이너 포트 ${inside}번을 공개합니다(${repo} 이미지는 ${known!.join(', ')}번에서 기다립니다). \`-p ${swapped}\` 형태를 뜻했나요?`,
        },
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
        {
          en: `The file is called \`${m[1]}.conf\`, not \`${m[0]}\`: there is no such file to copy. Did you mean \`${m[1]}.conf\`?`,
          ko: `\`${m[0]}\` 파일은 없어서 복사할 수 없습니다(설정 파일 이름은 \`${m[1]}.conf\` 형태입니다). \`${m[1]}.conf\` 파일을 뜻했나요?`,
        },
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
      {
        en: `\`${shell.value}\` reads its first argument as the name of a script file, so it looks for a file called "${script.value}". To run a command, write \`${shell.value} -c '…'\`, or run the program directly.`,
        ko: `\`${shell.value}\` 셸은 첫 인수를 실행할 스크립트 파일 이름으로 읽어서 "${script.value}"라는 파일을 찾습니다. 명령을 실행하려면 \`${shell.value} -c '…'\` 형태로 쓰거나 프로그램을 바로 실행합니다.`,
      },
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
        {
          en: `\`${file.value}\` looks like a file name, but here it is read as an image to save. Name the file with \`-o ${file.value}\`.`,
          ko: `\`${file.value}\` 단어는 파일 이름처럼 보이지만 여기서는 저장할 이미지 이름으로 읽힙니다. 파일 이름은 \`-o ${file.value}\` 옵션으로 지정합니다.`,
        },
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
        {
          en: '`ContainerConfig` is no longer part of image inspect output (removed with API 1.45, Docker 26), so the template prints nothing useful or fails. Use `.Config` (for example `{{.Config.Cmd}}`).',
          ko: '`ContainerConfig` 필드는 이미지 inspect 결과에서 빠졌습니다(API 1.45, Docker 26부터). 템플릿이 쓸모 있는 값을 내지 못하거나 실패하므로 `.Config` 필드를 씁니다(예: `{{.Config.Cmd}}`).',
        },
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
