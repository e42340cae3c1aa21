// Checks that docker commands run in their own code before dialing the daemon (cobra has parsed
// flags and arguments by then). Each one was seen in the real binary's output: see
// content/validator/cli-behaviour.md for the probe lines and messages.
import type { LocalizedText } from './diagnostic.ts';
import { goBoolValue, isGoBool } from './go-values.ts';
import { messages } from './messages.ts';
import type { ShellWord } from './tokenize.ts';
import type { Invocation, ValidatorContext } from './validate.ts';

type Add = (severity: 'error' | 'warning', code: string, message: LocalizedText, start: number, end: number, fix?: Array<[number, number, string]>) => void;

const t = (en: string, ko: string): LocalizedText => ({ en, ko });

function lastValue(inv: Invocation, long: string): string | null {
  let v: string | null = null;
  for (const f of inv.flags) if (f.flag.long === long) v = f.value;
  return v;
}

export function runClientChecks(ctx: ValidatorContext, line: string, inv: Invocation, add: Add): void {
  const cmd = inv.command;
  if (cmd === 'container run' || cmd === 'container create') {
    const rm = inv.flags.filter((f) => f.flag.long === 'rm');
    const rmOn = rm.length > 0 && isGoBool(rm[rm.length - 1]!.value) && goBoolValue(rm[rm.length - 1]!.value);
    const restart = inv.flags.filter((f) => f.flag.long === 'restart');
    const policy = lastValue(inv, 'restart');
    if (cmd === 'container run' && rmOn && policy !== null && policy !== '' && policy !== 'no') {
      const r = restart[restart.length - 1]!;
      add('error', 'conflicting-options', messages.conflictingOptions('--rm', '--restart'), r.word.start, r.valueWord.end);
    }
    const net = lastValue(inv, 'network') ?? lastValue(inv, 'net') ?? 'default';
    const alias = inv.flags.find((f) => f.flag.long === 'network-alias' || f.flag.long === 'net-alias');
    if (alias && /^(default|bridge|host|none|container:.*)$/.test(net)) {
      add('error', 'alias-needs-user-network', t('network aliases (--network-alias) work only on a user-defined network: add --network NAME (create it with `docker network create NAME`).', '네트워크 별칭(--network-alias)은 사용자 정의 네트워크에서만 쓸 수 있습니다. --network 이름 을 추가하세요 (`docker network create 이름` 으로 만듭니다).'), alias.word.start, alias.valueWord.end);
    }
  }
  if (cmd === 'container cp') {
    const [src, dst] = inv.args as [ShellWord, ShellWord];
    const isRemote = (w: ShellWord) => !w.value.startsWith('/') && !w.value.startsWith('.') && /^[^:/]+:/.test(w.value);
    const r1 = isRemote(src);
    const r2 = isRemote(dst);
    if (!r1 && !r2) add('error', 'cp-needs-container', t('one of the two paths must be CONTAINER:PATH, such as web:/etc/nginx/nginx.conf.', '두 경로 중 하나는 컨테이너:경로 여야 합니다. 예: web:/etc/nginx/nginx.conf'), src.start, dst.end);
    if (r1 && r2) add('error', 'cp-between-containers', t('copying between two containers is not supported: copy to the host first.', '컨테이너끼리 바로 복사할 수 없습니다. 먼저 호스트로 복사하세요.'), src.start, dst.end);
  }
  void ctx;
  void line;
}
