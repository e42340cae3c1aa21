// Checks that docker commands run in their own code before dialing the daemon (cobra has parsed
// flags and arguments by then). Each one was seen in the real binary's output: see
// content/validator/cli-behaviour.md for the probe lines and messages.
import type { Localized } from '../i18n/localized.ts';
import { goBoolValue, isGoBool } from './go-values.ts';
import { clip, messages } from './messages.ts';
import { isReference } from './value-checks.ts';
import type { ShellWord } from './tokenize.ts';
import type { Invocation, ValidatorContext } from './invocation.ts';

type Add = (severity: 'error' | 'warning', code: string, message: Localized, start: number, end: number, fix?: Array<[number, number, string]>) => void;

const t = (en: string, ko: string): Localized => ({ en, ko });

function lastValue(inv: Invocation, long: string): string | null {
  let v: string | null = null;
  for (const f of inv.flags) if (f.flag.long === long) v = f.value;
  return v;
}

/**
 * The reference has a `:tag` after its registry host (`host.io:5000/app` has none). Plain string
 * operations: the regexes this replaces backtracked quadratically on `pull -a ....`.
 */
function hasTag(ref: string): boolean {
  const slash = ref.indexOf('/');
  const first = slash < 0 ? '' : ref.slice(0, slash);
  const name = slash >= 0 && first.includes('.') ? ref.slice(slash + 1) : ref;
  const colon = name.lastIndexOf(':');
  return colon >= 0 && /^\w[\w.-]*$/.test(name.slice(colon + 1));
}

/**
 * The 28.2.2 client's volume spec parse for `-v` (cli/internal/volumespec): empty spec; specs of
 * one or two characters pass; otherwise sections split at `:` (a single letter before `:` is a
 * Windows drive and stays in its section) must not be empty, and a fourth section is too many.
 */
export function volumeSpecError(spec: string): Localized | null {
  if (spec === '') return t('invalid empty volume spec: write SOURCE:TARGET[:OPTIONS], as in mydata:/data.', '볼륨 지정이 비어 있습니다. `원본:대상[:옵션]` 형식으로 쓰세요. 예: `mydata:/data`');
  const chars = [...spec];
  if (chars.length <= 2) return null;
  let sections = 0;
  let buffer: string[] = [];
  for (const c of [...chars, '\u0000']) {
    if (c === ':' && buffer.length === 1 && /\p{L}/u.test(buffer[0] as string)) {
      buffer.push(c);
    } else if (c === ':' || c === '\u0000') {
      if (buffer.length === 0) return t('empty section between colons: write SOURCE:TARGET[:OPTIONS], as in ./site:/usr/share/nginx/html:ro.', '콜론 사이가 비어 있습니다. `원본:대상[:옵션]` 형식으로 쓰세요. 예: `./site:/usr/share/nginx/html:ro`');
      sections++;
      if (sections > 2 && c === ':') return t('too many colons: write SOURCE:TARGET[:OPTIONS], options separated by commas (ro,z).', '콜론이 너무 많습니다. `원본:대상[:옵션]` 형식으로 쓰고, 옵션은 쉼표로 구분하세요(ro,z).');
      buffer = [];
    } else buffer.push(c);
  }
  return null;
}

/** The fields of a container listing (`docker ps --format`), as the 28.2.2 client's ContainerContext has them. */
export const CONTAINER_FIELDS = ['ID', 'Names', 'Image', 'Command', 'CreatedAt', 'RunningFor', 'Ports', 'State', 'Status', 'Size', 'Labels', 'Label', 'Mounts', 'LocalVolumes', 'Networks', 'Platform'];
const CONTAINER_FIELD_SET = new Set(CONTAINER_FIELDS);

/**
 * The first field a `--format` template asks of the listed container that it does not have
 * (`{{.Nope}}`, `table {{.Name}}`), or null. Only fields on the top-level dot are read; a template
 * that changes the dot (`range`, `with`, `define`, `template`, `block`) is not judged.
 */
export function unknownContainerField(tpl: string): string | null {
  for (let i = tpl.indexOf('{{'); i >= 0; i = tpl.indexOf('{{', i + 2)) {
    const close = tpl.indexOf('}}', i + 2);
    if (close < 0) return null;
    // String literals blanked by a scan (a regex over `"\"\"…` would be quadratic).
    let body = '';
    for (let k = i + 2; k < close; k++) {
      const c = tpl[k] as string;
      if (c === '"' || c === '`') {
        let j = k + 1;
        while (j < close && tpl[j] !== c) j += c === '"' && tpl[j] === '\\' ? 2 : 1;
        body += ' ';
        k = j;
      } else body += c;
    }
    let head = body.trimStart();
    if (head.startsWith('-')) head = head.slice(1).trimStart();
    if (/^(range|with|define|template|block)\b/.test(head)) return null;
    for (const m of body.matchAll(/(^|[\s(|-])\.([A-Za-z_][A-Za-z0-9_]*)/g)) {
      const name = m[2] as string;
      if (!CONTAINER_FIELD_SET.has(name)) return name;
    }
    i = close;
  }
  return null;
}

/** `docker context create --docker` fields (28.2.2): known keys, and a host the client can parse. */
export function dockerEndpointError(value: string): Localized | null {
  const KEYS = ['from', 'host', 'ca', 'cert', 'key', 'skip-tls-verify'];
  for (const field of value.split(',')) {
    const eq = field.indexOf('=');
    const key = eq < 0 ? field : field.slice(0, eq);
    if (!KEYS.includes(key)) return t(`unrecognized config key: \`${clip(key)}\`; use ${KEYS.join(', ')}.`, `\`${clip(key)}\` 설정 키는 없습니다. ${KEYS.join(', ')} 키 중 하나를 쓰세요.`);
    if (key !== 'host' || eq < 0) continue;
    const host = field.slice(eq + 1);
    if (host === '') continue;
    const sep = host.indexOf('://');
    if (sep < 0 || sep + 3 === host.length) return t(`unable to parse docker host \`${clip(host)}\`: write a URL such as unix:///var/run/docker.sock or tcp://192.168.1.10:2376.`, `\`${clip(host)}\` 값은 docker 호스트 주소로 읽을 수 없습니다. unix:///var/run/docker.sock, tcp://192.168.1.10:2376 같은 URL로 쓰세요.`);
    if (host.slice(0, sep) === 'npipe') return t('npipe:// hosts exist only on Windows ("protocol not available"): use unix:// or tcp:// here.', 'npipe:// 호스트는 Windows에만 있습니다("protocol not available"). unix:// 주소나 tcp:// 주소를 쓰세요.');
  }
  return null;
}

export function runClientChecks(ctx: ValidatorContext, line: string, inv: Invocation, add: Add): void {
  const cmd = inv.command;
  if (cmd === 'container run' || cmd === 'container create') {
    const rm = inv.flags.filter((f) => f.flag.long === 'rm');
    const rmOn = rm.length > 0 && isGoBool(rm[rm.length - 1]!.value) && goBoolValue(rm[rm.length - 1]!.value);
    const restart = inv.flags.filter((f) => f.flag.long === 'restart');
    const policy = lastValue(inv, 'restart');
    if (rmOn && policy !== null && policy !== '' && policy !== 'no') {
      const r = restart[restart.length - 1]!;
      // A container that restarts must outlive its process: keep --restart, drop the standalone --rm.
      const rmWord = rm.find((f) => f.word.value === '--rm');
      let e = rmWord ? rmWord.word.end : 0;
      while (rmWord && (line[e] === ' ' || line[e] === '\t')) e++;
      add('error', 'conflicting-options', messages.conflictingOptions('--rm', '--restart'), r.word.start, r.valueWord.end, rmWord ? [[rmWord.word.start, e, '']] : undefined);
    }
    const net = lastValue(inv, 'network') ?? lastValue(inv, 'net') ?? 'default';
    const alias = inv.flags.find((f) => f.flag.long === 'network-alias' || f.flag.long === 'net-alias');
    if (alias && /^(default|bridge|host|none|container:.*)$/.test(net)) {
      add('error', 'alias-needs-user-network', t('network aliases (`--network-alias`) work only on a user-defined network: add `--network NAME` (create it with `docker network create NAME`).', '네트워크 별칭(`--network-alias`)은 사용자 정의 네트워크에서만 쓸 수 있습니다. `--network 이름` 옵션을 추가하세요 (네트워크는 `docker network create 이름` 명령으로 만듭니다).'), alias.word.start, alias.valueWord.end);
    }
  }
  if (cmd === 'container run' || cmd === 'container create' || cmd === 'container update') {
    // ParseRestartPolicy: whatever follows the first `:` must be a whole number, for any policy.
    const r = [...inv.flags].reverse().find((f) => f.flag.long === 'restart');
    const colon = r ? r.value.indexOf(':') : -1;
    if (r && colon >= 0 && !/^[+-]?\d+$/.test(r.value.slice(colon + 1))) {
      add('error', 'invalid-value', messages.invalidValue(r.written, r.value, t('the retry count after `:` must be a whole number, as in on-failure:3.', '`:` 기호 뒤의 재시도 횟수는 정수여야 합니다. 예: `on-failure:3`')), r.valueStart, r.valueEnd);
    }
  }
  // Image references the command parses before asking the daemon (measured: `docker pull UPPER`,
  // `docker run -e X Y=1` with `Y=1` taken for the image): which argument holds one.
  const refArgs: Record<string, number[]> = { 'container run': [0], 'container create': [0], 'image pull': [0], 'image push': [0], 'plugin install': [0], 'container commit': [1], 'image tag': [0, 1] };
  for (const i of refArgs[cmd ?? ''] ?? []) {
    const a = inv.args[i];
    if (!a || a.dynamic || isReference(a.value)) continue;
    const dash = /^[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/.test(a.value);
    add('error', 'invalid-reference', t(
      `\`${clip(a.value)}\` is not a valid image reference${dash ? ' (it starts with a typographic dash, so docker took it for the image name)' : ''}: use lower case, as in myrepo/app:1.0.`,
      `\`${clip(a.value)}\` 이미지 참조가 올바르지 않습니다${dash ? ' (타이포그래피 대시로 시작해서 docker가 이미지 이름으로 받았습니다)' : ''}. \`myrepo/app:1.0\` 형태처럼 소문자로 쓰세요.`,
    ), a.start, a.end);
  }
  const node = inv.node;
  const firstArg = inv.args[0];
  if (node?.facts?.emptyArgRejected && firstArg && firstArg.value === '' && !firstArg.dynamic) {
    add('error', 'empty-argument', t('the first argument is empty: give a name or ID.', '첫 인수가 비어 있습니다. 이름이나 ID를 주세요.'), firstArg.start, firstArg.end);
  }
  const has = (long: string) => inv.flags.some((f) => f.flag.long === long && f.value !== 'false');
  const flagWord = (long: string) => inv.flags.find((f) => f.flag.long === long);
  if (cmd === 'stack deploy' && !has('compose-file')) {
    add('error', 'missing-compose-file', t('`docker stack deploy` needs a Compose file: add `-c docker-compose.yml` (`--compose-file`).', '`docker stack deploy` 명령에는 Compose 파일이 필요합니다. `-c docker-compose.yml` (`--compose-file`) 옵션을 추가하세요.'), inv.start, inv.end);
  }
  if (cmd === 'container start' && (has('attach') || has('interactive')) && inv.args.length > 1) {
    add('error', 'attach-one-container', t('with -a/-i, docker start attaches to one container: start the others separately.', '`-a`/`-i` 옵션을 쓰면 `docker start` 명령은 컨테이너 하나에만 연결합니다. 나머지는 따로 시작하세요.'), inv.args[1]!.start, inv.args[inv.args.length - 1]!.end);
  }
  if (cmd === 'service inspect' && has('pretty') && inv.flags.some((f) => f.flag.long === 'format' && f.value !== '')) {
    const f = flagWord('format')!;
    add('error', 'conflicting-options', messages.conflictingOptions('--format', '--pretty'), f.word.start, f.valueWord.end);
  }
  // Measured on 28.2.2: `start --checkpoint c1 a b`, `image ls --tree` with a non-empty --format,
  // -q, --digests or --no-trunc (not -a), and
  // `service scale web` / `web=` / `web=x` are refused before the daemon is asked.
  if (cmd === 'container start' && !(has('attach') || has('interactive')) && (lastValue(inv, 'checkpoint') ?? '') !== '' && inv.args.length > 1) {
    add('error', 'conflicting-options', t('with --checkpoint, docker start restores one container: start the others separately.', '`--checkpoint` 옵션을 쓰면 `docker start` 명령은 컨테이너 하나만 복원합니다. 나머지는 따로 시작하세요.'), inv.args[1]!.start, inv.args[inv.args.length - 1]!.end);
  }
  if (cmd === 'image ls' && has('tree')) {
    const other = (lastValue(inv, 'format') ?? '') !== '' ? 'format' : has('quiet') ? 'quiet' : has('digests') ? 'digests' : has('no-trunc') ? 'no-trunc' : null;
    if (other) {
      const f = flagWord(other)!;
      add('error', 'conflicting-options', t(`--${other} does not work with --tree yet: drop one of them.`, `\`--${other}\` 옵션은 아직 \`--tree\` 옵션과 함께 쓸 수 없습니다. 둘 중 하나를 지우세요.`), f.word.start, f.valueWord.end);
    }
  }
  if (cmd === 'service scale') {
    for (const a of inv.args) {
      if (a.dynamic) continue;
      const eq = a.value.indexOf('=');
      const name = eq < 0 ? '' : a.value.slice(0, eq);
      const replicas = eq < 0 ? '' : a.value.slice(eq + 1);
      if (name === '' || replicas === '') add('error', 'invalid-value', t(`\`${clip(a.value, 80)}\` is not SERVICE=REPLICAS, such as web=3.`, `\`${clip(a.value, 80)}\` 인수가 SERVICE=REPLICAS 형식이 아닙니다. 예: web=3`), a.start, a.end);
      else if (!/^\d+$/.test(replicas)) add('error', 'invalid-value', t(`the number of replicas \`${clip(replicas, 80)}\` is not a whole number, such as 3.`, `복제본 수 \`${clip(replicas, 80)}\` 값이 0 이상의 정수가 아닙니다. 예: 3`), a.start + eq + 1, a.end);
    }
  }
  if (cmd === 'image pull' && has('all-tags') && inv.args[0] && hasTag(inv.args[0].value)) {
    add('error', 'conflicting-options', t('a tag cannot be used with -a (--all-tags): drop the tag or the flag.', '`-a` (`--all-tags`) 옵션과 태그를 함께 쓸 수 없습니다. 태그나 옵션 중 하나를 지우세요.'), inv.args[0].start, inv.args[0].end);
  }
  if ((cmd === 'container stop' || cmd === 'container restart') && inv.flags.some((f) => f.flag.long === 'time') && inv.flags.some((f) => f.flag.long === 'timeout')) {
    const f = flagWord('time')!;
    add('error', 'conflicting-options', messages.conflictingOptions('--time', '--timeout'), f.word.start, f.valueWord.end);
  }
  if (cmd === 'volume create' && inv.flags.some((f) => f.flag.long === 'name') && inv.args.length > 0) {
    const f = flagWord('name')!;
    add('error', 'conflicting-options', t('the volume name is given twice (--name and an argument): keep one.', '볼륨 이름을 두 번(`--name` 옵션과 인수) 주었습니다. 하나만 남기세요.'), f.word.start, f.valueWord.end);
  }
  if (cmd === 'secret create' && inv.flags.some((f) => f.flag.long === 'driver' && f.value !== '') && inv.args.length > 1) {
    add('error', 'conflicting-options', t('a secret from a driver (-d/--driver) takes no file: drop the file argument.', '드라이버(`-d`/`--driver`)로 만드는 시크릿에는 파일을 줄 수 없습니다. 파일 인수를 지우세요.'), inv.args[1]!.start, inv.args[1]!.end);
  }
  // Measured on the 28.2.2 client (content/validator/cli-behaviour.md).
  if (cmd === 'container run' || cmd === 'container create' || cmd === 'container exec') {
    // opts.ValidateEnv: a variable needs a name (`-e =x`, `-e ''` are refused).
    for (const f of inv.flags) {
      if (f.flag.long !== 'env' || f.valueWord.dynamic) continue;
      if (f.value === '' || f.value.startsWith('=')) {
        add('error', 'invalid-value', messages.invalidValue(f.written, f.value, t('invalid environment variable: a variable needs a name before `=`, as in `-e MODE=prod`.', '올바르지 않은 환경 변수입니다. `=` 기호 앞에 변수 이름이 있어야 합니다. 예: `-e MODE=prod`')), f.valueStart, f.valueEnd);
      }
    }
  }
  if (cmd === 'container run' || cmd === 'container create') {
    for (const f of inv.flags) {
      if (f.flag.long !== 'volume' || f.valueWord.dynamic) continue;
      const why = volumeSpecError(f.value);
      // Refused after flag parsing ("invalid spec: …"), hence its own code, not invalid-value.
      if (why) add('error', 'invalid-volume-spec', messages.invalidValue(f.written, f.value, why), f.valueStart, f.valueEnd);
    }
  }
  if (cmd === 'container ls') {
    // ps runs the --format template once before asking the daemon: an unknown field fails there.
    const f = [...inv.flags].reverse().find((x) => x.flag.long === 'format');
    const bad = f && !f.valueWord.dynamic ? unknownContainerField(f.value) : null;
    if (f && bad) {
      add('error', 'unknown-template-field', messages.invalidValue(f.written, f.value, t(`the template asks for \`.${bad}\`, which a container listing does not have; use ${CONTAINER_FIELDS.map((x) => `.${x}`).join(', ')}.`, `템플릿의 \`.${bad}\` 필드는 컨테이너 목록에 없습니다. ${CONTAINER_FIELDS.map((x) => `.${x}`).join(', ')} 필드 중에서 쓰세요.`)), f.valueStart, f.valueEnd);
    }
  }
  if (cmd === 'context create') {
    const name = inv.args[0];
    if (name && !name.dynamic && !/^[a-zA-Z0-9][a-zA-Z0-9_.+-]+$/.test(name.value)) {
      add('error', 'invalid-context-name', t(`context name \`${clip(name.value)}\` is invalid: it needs at least two characters, letters, digits and _ . + - (the first a letter or digit).`, `\`${clip(name.value)}\` 이름은 컨텍스트 이름으로 쓸 수 없습니다. 두 글자 이상으로 영문자, 숫자, _ . + - 만 쓰고 첫 글자는 영문자나 숫자여야 합니다.`), name.start, name.end);
    }
    for (const f of inv.flags) {
      if (f.flag.long !== 'docker' || f.valueWord.dynamic) continue;
      const why = dockerEndpointError(f.value);
      if (why) add('error', 'invalid-docker-endpoint', messages.invalidValue(f.written, f.value, why), f.valueStart, f.valueEnd);
    }
  }
  if (cmd === 'login') {
    // verifyLoginOptions, before any network: from the CLI source (the judge may not run login).
    const pw = inv.flags.find((f) => f.flag.long === 'password' && f.value !== '');
    const stdin = inv.flags.find((f) => f.flag.long === 'password-stdin' && f.value !== 'false');
    if (pw && stdin) add('error', 'conflicting-options', messages.conflictingOptions('--password', '--password-stdin'), pw.word.start, pw.valueWord.end);
    else if (stdin && !inv.flags.some((f) => f.flag.long === 'username' && f.value !== '')) {
      add('error', 'missing-username', t('`--password-stdin` needs `--username` (`-u`): add `-u NAME`.', '`--password-stdin` 옵션에는 `--username` (`-u`) 옵션이 필요합니다. `-u 이름` 옵션을 추가하세요.'), stdin.word.start, stdin.word.end);
    }
  }
  if (cmd === 'container cp') {
    const [src, dst] = inv.args as [ShellWord, ShellWord];
    const isRemote = (w: ShellWord) => !w.value.startsWith('/') && !w.value.startsWith('.') && /^[^:/]+:/.test(w.value);
    const r1 = isRemote(src);
    const r2 = isRemote(dst);
    if (!r1 && !r2) add('error', 'cp-needs-container', t('one of the two paths must be CONTAINER:PATH, such as web:/etc/nginx/nginx.conf.', '두 경로 중 하나는 `컨테이너:경로` 형태여야 합니다. 예: `web:/etc/nginx/nginx.conf`'), src.start, dst.end);
    if (r1 && r2) add('error', 'cp-between-containers', t('copying between two containers is not supported: copy to the host first.', '컨테이너끼리 바로 복사할 수 없습니다. 먼저 호스트로 복사하세요.'), src.start, dst.end);
  }
  void ctx;
}
