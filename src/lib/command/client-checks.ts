// Checks that docker commands run in their own code before dialing the daemon (cobra has parsed
// flags and arguments by then). Each one was seen in the real binary's output: see
// content/validator/cli-behaviour.md for the probe lines and messages.
import type { LocalizedText } from './diagnostic.ts';
import { goBoolValue, isGoBool } from './go-values.ts';
import { clip, messages } from './messages.ts';
import { isReference } from './value-checks.ts';
import type { ShellWord } from './tokenize.ts';
import type { Invocation, ValidatorContext } from './invocation.ts';

type Add = (severity: 'error' | 'warning', code: string, message: LocalizedText, start: number, end: number, fix?: Array<[number, number, string]>) => void;

const t = (en: string, ko: string): LocalizedText => ({ en, ko });

function lastValue(inv: Invocation, long: string): string | null {
  let v: string | null = null;
  for (const f of inv.flags) if (f.flag.long === long) v = f.value;
  return v;
}

/**
 * The reference has a `:tag` after its registry host (`host.io:5000/app` has none). Plain string
 * operations: the regexes this replaces backtracked quadratically on `pull -a ....` (issue 12).
 */
function hasTag(ref: string): boolean {
  const slash = ref.indexOf('/');
  const first = slash < 0 ? '' : ref.slice(0, slash);
  const name = slash >= 0 && first.includes('.') ? ref.slice(slash + 1) : ref;
  const colon = name.lastIndexOf(':');
  return colon >= 0 && /^\w[\w.-]*$/.test(name.slice(colon + 1));
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
    add('error', 'empty-argument', t('the first argument is empty: give a name or ID.', '첫 인자가 비어 있습니다. 이름이나 ID를 주세요.'), firstArg.start, firstArg.end);
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
    add('error', 'conflicting-options', t('the volume name is given twice (--name and an argument): keep one.', '볼륨 이름을 두 번(`--name` 옵션과 인자) 주었습니다. 하나만 남기세요.'), f.word.start, f.valueWord.end);
  }
  if (cmd === 'secret create' && inv.flags.some((f) => f.flag.long === 'driver' && f.value !== '') && inv.args.length > 1) {
    add('error', 'conflicting-options', t('a secret from a driver (-d/--driver) takes no file: drop the file argument.', '드라이버(`-d`/`--driver`)로 만드는 시크릿에는 파일을 줄 수 없습니다. 파일 인자를 지우세요.'), inv.args[1]!.start, inv.args[1]!.end);
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
