// Checks that docker commands run in their own code before dialing the daemon (cobra has parsed
// flags and arguments by then). Each one was seen in the real binary's output: see
// content/validator/cli-behaviour.md for the probe lines and messages.
import type { Message } from '../i18n/messages.ts';
import { msg } from '../i18n/messages.ts';
import { goBoolValue, isGoBool } from './go-values.ts';
import { clip, messages } from './messages.ts';
import { isReference } from './value-checks.ts';
import type { ShellWord } from '../shell/tokenize.ts';
import type { Invocation, ValidatorContext } from './invocation.ts';

type Add = (severity: 'error' | 'warning', code: string, message: Message, start: number, end: number, fix?: Array<[number, number, string]>) => void;



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
export function volumeSpecError(spec: string): Message | null {
  if (spec === '') return msg('client.invalid-empty-volume-spec-write');
  const chars = [...spec];
  if (chars.length <= 2) return null;
  let sections = 0;
  let buffer: string[] = [];
  for (const c of [...chars, '\u0000']) {
    if (c === ':' && buffer.length === 1 && /\p{L}/u.test(buffer[0] as string)) {
      buffer.push(c);
    } else if (c === ':' || c === '\u0000') {
      if (buffer.length === 0) return msg('client.empty-section-between-colons-write');
      sections++;
      if (sections > 2 && c === ':') return msg('client.too-many-colons-write-source');
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
export function dockerEndpointError(value: string): Message | null {
  const KEYS = ['from', 'host', 'ca', 'cert', 'key', 'skip-tls-verify'];
  for (const field of value.split(',')) {
    const eq = field.indexOf('=');
    const key = eq < 0 ? field : field.slice(0, eq);
    if (!KEYS.includes(key)) return msg('client.unrecognized-config-key-use', { key: clip(key), KEYS: KEYS.join(', ') });
    if (key !== 'host' || eq < 0) continue;
    const host = field.slice(eq + 1);
    if (host === '') continue;
    const sep = host.indexOf('://');
    if (sep < 0 || sep + 3 === host.length) return msg('client.unable-parse-docker-host-write', { host: clip(host) });
    if (host.slice(0, sep) === 'npipe') return msg('client.npipe-hosts-exist-only-windows');
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
      add('error', 'alias-needs-user-network', msg('client.network-aliases-network-alias-work'), alias.word.start, alias.valueWord.end);
    }
  }
  if (cmd === 'container run' || cmd === 'container create' || cmd === 'container update') {
    // ParseRestartPolicy: whatever follows the first `:` must be a whole number, for any policy.
    const r = [...inv.flags].reverse().find((f) => f.flag.long === 'restart');
    const colon = r ? r.value.indexOf(':') : -1;
    if (r && colon >= 0 && !/^[+-]?\d+$/.test(r.value.slice(colon + 1))) {
      add('error', 'invalid-value', messages.invalidValue(r.written, r.value, msg('client.retry-count-after-must-whole')), r.valueStart, r.valueEnd);
    }
  }
  // Image references the command parses before asking the daemon (measured: `docker pull UPPER`,
  // `docker run -e X Y=1` with `Y=1` taken for the image): which argument holds one.
  const refArgs: Record<string, number[]> = { 'container run': [0], 'container create': [0], 'image pull': [0], 'image push': [0], 'plugin install': [0], 'container commit': [1], 'image tag': [0, 1] };
  for (const i of refArgs[cmd ?? ''] ?? []) {
    const a = inv.args[i];
    if (!a || a.dynamic || isReference(a.value)) continue;
    const dash = /^[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/.test(a.value);
    add('error', 'invalid-reference', msg(dash ? 'client.invalidReference.dash' : 'client.invalidReference', { ref: `\`${clip(a.value)}\`` }), a.start, a.end);
  }
  const node = inv.node;
  const firstArg = inv.args[0];
  if (node?.facts?.emptyArgRejected && firstArg && firstArg.value === '' && !firstArg.dynamic) {
    add('error', 'empty-argument', msg('client.first-argument-empty-give-name'), firstArg.start, firstArg.end);
  }
  const has = (long: string) => inv.flags.some((f) => f.flag.long === long && f.value !== 'false');
  const flagWord = (long: string) => inv.flags.find((f) => f.flag.long === long);
  if (cmd === 'stack deploy' && !has('compose-file')) {
    add('error', 'missing-compose-file', msg('client.docker-stack-deploy-needs-compose'), inv.start, inv.end);
  }
  if (cmd === 'container start' && (has('attach') || has('interactive')) && inv.args.length > 1) {
    add('error', 'attach-one-container', msg('client.i-docker-start-attaches-one'), inv.args[1]!.start, inv.args[inv.args.length - 1]!.end);
  }
  if (cmd === 'service inspect' && has('pretty') && inv.flags.some((f) => f.flag.long === 'format' && f.value !== '')) {
    const f = flagWord('format')!;
    add('error', 'conflicting-options', messages.conflictingOptions('--format', '--pretty'), f.word.start, f.valueWord.end);
  }
  // Measured on 28.2.2: `start --checkpoint c1 a b`, `image ls --tree` with a non-empty --format,
  // -q, --digests or --no-trunc (not -a), and
  // `service scale web` / `web=` / `web=x` are refused before the daemon is asked.
  if (cmd === 'container start' && !(has('attach') || has('interactive')) && (lastValue(inv, 'checkpoint') ?? '') !== '' && inv.args.length > 1) {
    add('error', 'conflicting-options', msg('client.checkpoint-docker-start-restores-one'), inv.args[1]!.start, inv.args[inv.args.length - 1]!.end);
  }
  if (cmd === 'image ls' && has('tree')) {
    const other = (lastValue(inv, 'format') ?? '') !== '' ? 'format' : has('quiet') ? 'quiet' : has('digests') ? 'digests' : has('no-trunc') ? 'no-trunc' : null;
    if (other) {
      const f = flagWord(other)!;
      add('error', 'conflicting-options', msg('client.does-not-work-tree-yet', { other }), f.word.start, f.valueWord.end);
    }
  }
  if (cmd === 'service scale') {
    for (const a of inv.args) {
      if (a.dynamic) continue;
      const eq = a.value.indexOf('=');
      const name = eq < 0 ? '' : a.value.slice(0, eq);
      const replicas = eq < 0 ? '' : a.value.slice(eq + 1);
      if (name === '' || replicas === '') add('error', 'invalid-value', msg('client.not-service-replicas-web-3', { value: clip(a.value, 80) }), a.start, a.end);
      else if (!/^\d+$/.test(replicas)) add('error', 'invalid-value', msg('client.number-replicas-not-whole-number', { replicas: clip(replicas, 80) }), a.start + eq + 1, a.end);
    }
  }
  if (cmd === 'image pull' && has('all-tags') && inv.args[0] && hasTag(inv.args[0].value)) {
    add('error', 'conflicting-options', msg('client.tag-cannot-used-all-tags'), inv.args[0].start, inv.args[0].end);
  }
  if ((cmd === 'container stop' || cmd === 'container restart') && inv.flags.some((f) => f.flag.long === 'time') && inv.flags.some((f) => f.flag.long === 'timeout')) {
    const f = flagWord('time')!;
    add('error', 'conflicting-options', messages.conflictingOptions('--time', '--timeout'), f.word.start, f.valueWord.end);
  }
  if (cmd === 'volume create' && inv.flags.some((f) => f.flag.long === 'name') && inv.args.length > 0) {
    const f = flagWord('name')!;
    add('error', 'conflicting-options', msg('client.volume-name-given-twice-name'), f.word.start, f.valueWord.end);
  }
  if (cmd === 'secret create' && inv.flags.some((f) => f.flag.long === 'driver' && f.value !== '') && inv.args.length > 1) {
    add('error', 'conflicting-options', msg('client.secret-from-driver-d-driver'), inv.args[1]!.start, inv.args[1]!.end);
  }
  // Measured on the 28.2.2 client (content/validator/cli-behaviour.md).
  if (cmd === 'container run' || cmd === 'container create' || cmd === 'container exec') {
    // opts.ValidateEnv: a variable needs a name (`-e =x`, `-e ''` are refused).
    for (const f of inv.flags) {
      if (f.flag.long !== 'env' || f.valueWord.dynamic) continue;
      if (f.value === '' || f.value.startsWith('=')) {
        add('error', 'invalid-value', messages.invalidValue(f.written, f.value, msg('client.invalid-environment-variable-variable-needs')), f.valueStart, f.valueEnd);
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
      add('error', 'unknown-template-field', messages.invalidValue(f.written, f.value, msg('client.template-asks-which-container-listing', { bad, value: CONTAINER_FIELDS.map((x) => `.${x}`).join(', ') })), f.valueStart, f.valueEnd);
    }
  }
  if (cmd === 'context create') {
    const name = inv.args[0];
    if (name && !name.dynamic && !/^[a-zA-Z0-9][a-zA-Z0-9_.+-]+$/.test(name.value)) {
      add('error', 'invalid-context-name', msg('client.context-name-invalid-needs-at', { value: clip(name.value) }), name.start, name.end);
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
      add('error', 'missing-username', msg('client.password-stdin-needs-username-u'), stdin.word.start, stdin.word.end);
    }
  }
  if (cmd === 'container cp') {
    const [src, dst] = inv.args as [ShellWord, ShellWord];
    const isRemote = (w: ShellWord) => !w.value.startsWith('/') && !w.value.startsWith('.') && /^[^:/]+:/.test(w.value);
    const r1 = isRemote(src);
    const r2 = isRemote(dst);
    if (!r1 && !r2) add('error', 'cp-needs-container', msg('client.one-two-paths-must-container'), src.start, dst.end);
    if (r1 && r2) add('error', 'cp-between-containers', msg('client.copying-between-two-containers-not'), src.start, dst.end);
  }
  void ctx;
}
