// Client-side value checks: what pflag's typed flags and the docker CLI's option types reject
// while parsing, before anything is sent to a daemon. The type word comes from the help text;
// the per-flag checks (`--add-host`, `--dns`, `--mount`, ...) were found by probing the binary
// with a malformed value for every valued flag (content/validator/cli-facts.json `checkedValues`).
import type { Message } from '../i18n/messages.ts';
import { msg } from '../i18n/messages.ts';
import { isGoBool, isGoBytes, isGoDecimal, isGoDuration, isGoFloat, parseGoInt, parseGoUint } from './go-values.ts';



const INT_BITS: Record<string, [signed: boolean, bits: number]> = {
  int: [true, 64],
  int64: [true, 64],
  int32: [true, 32],
  int16: [true, 16],
  int8: [true, 8],
  uint: [false, 64],
  uint64: [false, 64],
  uint32: [false, 32],
  uint16: [false, 16],
  uint8: [false, 8],
};

function isIp(s: string): boolean {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (v4) return v4.slice(1).every((p) => Number(p) <= 255 && !(p.length > 1 && p.startsWith('0')));
  if (!s.includes(':') || !/^[0-9a-fA-F:.]+(%\w+)?$/.test(s)) return false;
  const body = s.replace(/%\w+$/, '');
  const dbl = body.split('::').length - 1;
  if (dbl > 1) return false;
  const groups = body.split(':').filter((g) => g !== '');
  const hasV4 = groups.length > 0 && (groups[groups.length - 1] as string).includes('.');
  if (hasV4 && !isIp(groups[groups.length - 1] as string)) return false;
  const n = groups.length + (hasV4 ? 1 : 0);
  if (!groups.every((g, i) => /^[0-9a-fA-F]{1,4}$/.test(g) || (hasV4 && i === groups.length - 1))) return false;
  return dbl === 1 ? n < 8 : n === 8;
}

/** The type check for a flag's value, or null when the value is acceptable for its type. */
export function checkTypedValue(valueType: string, value: string): Message | null {
  const ints = INT_BITS[valueType];
  if (ints) {
    const [signed, bits] = ints;
    const ok = signed ? parseGoInt(value, bits) !== null : parseGoUint(value, bits) !== null;
    if (ok) return null;
    const looksNumeric = /^[+-]?\d+$/.test(value);
    if (looksNumeric) {
      const range = signed ? `${-(2n ** BigInt(bits - 1))}..${2n ** BigInt(bits - 1) - 1n}` : `0..${2n ** BigInt(bits) - 1n}`;
      return msg('value.out-range', { valueType, range });
    }
    return msg('value.expected-whole-number', { valueType });
  }
  switch (valueType) {
    case 'duration':
      return isGoDuration(value) ? null : msg('value.expected-duration-unit-10s-1m30s');
    case 'bytes':
      return isGoBytes(value) ? null : msg('value.expected-size-512m-1g-1024');
    case 'decimal':
      return isGoDecimal(value) ? null : msg('value.expected-number-1-5');
    case 'float':
    case 'float64':
    case 'float32':
      return isGoFloat(value) ? null : msg('value.expected-number-0-5');
    case 'bool':
      return isGoBool(value) ? null : msg('value.expected-true-false');
    case 'network': {
      // docker's NetworkOpt: a plain name, or `name=...,alias=...` fields when it has a `=`.
      if (!value.includes('=')) return null;
      const keys = ['name', 'alias', 'ip', 'ip6', 'mac-address', 'link-local-ip', 'driver-opt', 'gw-priority'];
      // The fields are read as CSV: a quoted field may hold commas (`"driver-opt=a=1,b=2"`).
      for (const field of csvFields(value)) {
        const k = field.split('=')[0] ?? '';
        if (!field.includes('=') || !keys.includes(k.toLowerCase())) return msg('value.invalid-field-use', { k, keys: keys.join(', ') });
      }
      return null;
    }
    default:
      return null;
  }
}

/** Checks specific to one flag of one command family, keyed by the kind recorded in cli-facts.json. */
export function checkFlagValue(kind: string, value: string): Message | null {
  switch (kind) {
    case 'ip':
      return isIp(value) ? null : msg('value.expected-ip-address-8-8');
    case 'extra-host': {
      const m = /^([^=:]+)[=:](.+)$/.exec(value);
      if (!m) return msg('value.expected-host-ip-host-ip');
      const ip = (m[2] as string).replace(/^\[(.*)\]$/, '$1');
      return ip === 'host-gateway' || isIp(ip) ? null : msg('value.part-after-host-name-must');
    }
    case 'ulimit': {
      const m = /^([a-z]+)=(-?\d+)(?::(-?\d+))?$/.exec(value);
      const names = ['core', 'cpu', 'data', 'fsize', 'locks', 'memlock', 'msgqueue', 'nice', 'nofile', 'nproc', 'rss', 'rtprio', 'rttime', 'sigpending', 'stack'];
      if (!m || !names.includes(m[1] as string)) return msg('value.expected-name-soft-hard-name', { names: names.join(', ') });
      if (m[3] !== undefined && Number(m[2]) > Number(m[3])) return msg('value.soft-limit-larger-than-hard');
      return null;
    }
    case 'mount':
      return checkMount(value);
    case 'device':
      // The CLI checks --device against the daemon's OS (so without a daemon it rejects them
      // all, see content/validator/disagreements.md); the syntax is HOST[:CONTAINER][:rwm].
      return /^[^:]+(:[^:]+)?(:[rwm]{1,3})?$/.test(value) ? null : msg('value.expected-host-device-container-device');
    case 'csv-key-value':
      return value.split(',').every((f) => /^[^=]+=/.test(f)) ? null : msg('value.expected-comma-separated-key-value');
    case 'key-value':
      return /^[^=]+=/.test(value) ? null : msg('value.expected-key-value');
    case 'filter':
      return value.includes('=') ? null : msg('value.expected-key-value-name-web');
    case 'port':
      return value.includes('=') ? checkPortConfig(value) : checkPortSpec(value);
    case 'platform':
    case 'platform-spec':
      // An empty --platform means "not set".
      return value === '' ? null : checkPlatform(value, true);
    case 'template':
      return checkTemplate(value);
    case 'expose': {
      const m = /^(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/i.exec(value);
      return m && Number(m[1]) <= 65535 && Number(m[2] ?? m[1]) <= 65535 && Number(m[2] ?? m[1]) >= Number(m[1]) ? null : msg('value.expected-port-range-80-80');
    }
    case 'streams':
      return /^(stdin|stdout|stderr)$/i.test(value) ? null : msg('value.expected-stdin-stdout-stderr');
    case 'weight-device': {
      const m = /^([^:]+):(\d+)$/.exec(value);
      return m && m[1]!.startsWith('/dev/') && Number(m[2]) >= 10 && Number(m[2]) <= 1000 ? null : msg('value.expected-dev-device-weight-weight');
    }
    case 'throttle-bps': {
      const m = /^([^:]+):(.+)$/.exec(value);
      return m && m[1]!.startsWith('/dev/') && isGoBytes(m[2] as string) ? null : msg('value.expected-dev-device-rate-dev');
    }
    case 'throttle-iops': {
      const m = /^([^:]+):(\d+)$/.exec(value);
      return m && m[1]!.startsWith('/dev/') ? null : msg('value.expected-dev-device-iops-dev');
    }
    case 'cgroupns':
      return /^(host|private|)$/.test(value) ? null : msg('value.expected-host-private');
    case 'pid-mode':
      return /^(host|container:.+|)$/.test(value) ? null : msg('value.expected-host-container-name');
    case 'uts-mode':
    case 'userns-mode':
      return /^(host|)$/.test(value) ? null : msg('value.expected-host');
    case 'device-cgroup-rule':
      return /^([acb]) ([0-9]+|\*):([0-9]+|\*) ([rwm]{1,3})$/.test(value) ? null : msg('value.expected-type-major-minor-access');
    case 'domain':
      return isDomain(value) ? null : msg('value.expected-domain-name-example-com');
    case 'gpus':
      return checkGpus(value);
    case 'mac':
      return /^([0-9a-fA-F]{2}[:-]){5}[0-9a-fA-F]{2}$/.test(value) || /^([0-9a-fA-F]{2}[:-]){7}[0-9a-fA-F]{2}$/.test(value) || /^([0-9a-fA-F]{4}\.){2}[0-9a-fA-F]{4}$/.test(value) ? null : msg('value.expected-mac-address-92-d0');
    case 'pull':
      return /^(always|missing|never)$/.test(value) ? null : msg('value.expected-always-missing-never');
    case 'security-opt':
      return value === 'no-new-privileges' || value === 'disable' || /^[^=:]+[=:].*$/.test(value) ? null : msg('value.expected-key-value-label-seccomp');
    case 'sysctl': {
      const key = value.split('=')[0] ?? '';
      const allowed = /^(kernel\.(msgmax|msgmnb|msgmni|sem|shmall|shmmax|shmmni|shm_rmid_forced)|fs\.mqueue\..+|net\..+)$/.test(key);
      return value.includes('=') && allowed ? null : msg('value.expected-name-value-namespaced-sysctl');
    }
    case 'reference':
      return value === '' || isReference(value) ? null : msg('value.expected-image-reference-myrepo-app');
    case 'inspect-type':
      return /^(config|container|image|network|node|plugin|secret|service|task|volume)$/.test(value) ? null : msg('value.expected-one-config-container-image');
    case 'credential-spec':
      return /^(config|file|registry):\/\/./.test(value) ? null : msg('value.expected-config-file-registry-followed');
    case 'service-mode':
      return /^(replicated|global|replicated-job|global-job)$/.test(value) ? null : msg('value.expected-replicated-global-replicated-job');
    case 'placement-pref':
      return /^spread=.+$/.test(value) ? null : msg('value.expected-spread-label-spread-node');
    case 'availability':
      return /^(active|pause|drain)$/i.test(value) ? null : msg('value.expected-active-pause-drain');
    case 'cidr': {
      const m = /^(.+)\/(\d{1,3})$/.exec(value);
      return m && isIp(m[1] as string) && Number(m[2]) <= ((m[1] as string).includes(':') ? 128 : 32) ? null : msg('value.expected-cidr-10-10-0');
    }
    case 'timestamp':
      // An empty time means "not set" (the CLI parses it only when non-empty; measured: `events --until ''`).
      return value === '' || isTimestamp(value) ? null : msg('value.expected-time-2024-01-02');
    default:
      return null;
  }
}

// The 28.2.2 client's MountOpt: `bind-create-src` is not one of its keys ("unexpected key").
const MOUNT_KEYS = new Set(['type', 'source', 'src', 'target', 'dst', 'destination', 'readonly', 'ro', 'consistency', 'bind-propagation', 'bind-nonrecursive', 'bind-recursive', 'volume-driver', 'volume-label', 'volume-nocopy', 'volume-opt', 'volume-subpath', 'tmpfs-size', 'tmpfs-mode', 'tmpfs-option', 'image-subpath']);
/** Keys that may stand alone (meaning true) and otherwise take strconv.ParseBool's words. */
const MOUNT_BARE = new Set(['readonly', 'ro', 'volume-nocopy', 'bind-nonrecursive']);
const BIND_RECURSIVE = ['enabled', 'disabled', 'writable', 'readonly'];
/** Mount types the daemon knows; another is refused by the daemon, not the client (a warning, meaning-checks.ts). */
export const MOUNT_TYPES = ['bind', 'volume', 'tmpfs', 'npipe', 'cluster', 'image'];

/**
 * A DNS search domain: an optional leading dot, then dot-separated labels of letters, digits and
 * inner hyphens, an optional trailing dot, at most 255 characters. The length is checked first and
 * each label on its own, so the check is linear (the nested-quantifier regex it replaces took
 * exponential time on `aaaa…a!`).
 */
function isDomain(value: string): boolean {
  if (value.length === 0 || value.length > 255) return false;
  const labels = value.slice(value.startsWith('.') ? 1 : 0).split('.');
  if (labels.length > 1 && labels[labels.length - 1] === '') labels.pop();
  return labels.every((l) => /^[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$/.test(l));
}

function checkMount(value: string): Message | null {
  let target = false;
  for (const field of value.split(',')) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    if (eq < 0 && !MOUNT_BARE.has(key)) return msg('value.field-must-key-value-type', { field });
    if (!MOUNT_KEYS.has(key)) return msg('value.unknown-field-use-type-source', { key });
    const v = eq < 0 ? '' : field.slice(eq + 1);
    // The boolean fields: a bare key is true, `key=` and words other than ParseBool's are refused
    // (measured on 28.2.2: `readonly=maybe`, `readonly=`, `volume-nocopy=maybe`).
    if (eq >= 0 && MOUNT_BARE.has(key) && !isGoBool(v)) return msg('value.invalid-value-use-true-false', { key, v });
    if (key === 'bind-recursive' && !BIND_RECURSIVE.includes(v)) return msg('value.invalid-value-bind-recursive-use', { v, BIND_RECURSIVE: BIND_RECURSIVE.join(', ') });
    if (key === 'target' || key === 'dst' || key === 'destination') target = v !== '';
  }
  return target ? null : msg('value.target-required-target-data');
}

/**
 * docker's port spec for `-p/--publish` (go-connections nat.ParsePortSpec), checked in the run
 * and create commands before the daemon is contacted: `[ip:][hostPort:]containerPort[/proto]`,
 * ports and ranges 1-65535 (host port may be empty or 0).
 */
export function checkPortSpec(value: string): Message | null {
  let rest = value;
  const slash = rest.lastIndexOf('/');
  if (slash >= 0) {
    const proto = rest.slice(slash + 1).toLowerCase();
    if (!['tcp', 'udp', 'sctp'].includes(proto)) return msg('value.invalid-protocol-use-tcp-udp', { value: rest.slice(slash + 1) });
    rest = rest.slice(0, slash);
  }
  let ip = '';
  let hostPort = '';
  let containerPort = '';
  const bracket = /^\[([^\]]*)\]:(.*)$/.exec(rest);
  if (bracket) {
    ip = bracket[1] as string;
    const parts = (bracket[2] as string).split(':');
    if (parts.length !== 2) return msg('value.expected-ip-hostport-containerport');
    [hostPort, containerPort] = parts as [string, string];
  } else {
    const parts = rest.split(':');
    if (parts.length === 1) containerPort = parts[0] as string;
    else if (parts.length === 2) [hostPort, containerPort] = parts as [string, string];
    else if (parts.length === 3) [ip, hostPort, containerPort] = parts as [string, string, string];
    else {
      // An unbracketed IPv6 address: everything before the last two parts.
      containerPort = parts.pop() as string;
      hostPort = parts.pop() as string;
      ip = parts.join(':');
    }
  }
  if (ip !== '' && !isIp(ip)) return msg('value.invalid-ip-address', { ip });
  const range = (s: string, allowZero: boolean): [number, number] | null => {
    const m = /^(\d+)(?:-(\d+))?$/.exec(s);
    if (!m) return null;
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    if (a > 65535 || b > 65535 || b < a || (!allowZero && a === 0)) return null;
    return [a, b];
  };
  if (containerPort === '') return msg('value.no-container-port-given-use');
  const c = range(containerPort, false);
  if (!c) return msg('value.invalid-container-port-1-65535', { containerPort });
  if (hostPort !== '') {
    const h = range(hostPort, true);
    if (!h) return msg('value.invalid-host-port-0-65535', { hostPort });
    if (h[0] !== h[1] && c[0] !== c[1] && h[1] - h[0] !== c[1] - c[0]) return msg('value.host-container-port-ranges-differ');
  }
  return null;
}

const OS = new Set(['aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'illumos', 'ios', 'js', 'linux', 'netbsd', 'openbsd', 'plan9', 'solaris', 'wasip1', 'windows', 'macos']);
const ARCH = new Set(['386', 'amd64', 'amd64p32', 'arm', 'armbe', 'arm64', 'arm64be', 'loong64', 'mips', 'mipsle', 'mips64', 'mips64le', 'ppc', 'ppc64', 'ppc64le', 'riscv', 'riscv64', 's390', 's390x', 'sparc', 'sparc64', 'wasm', 'i386', 'x86_64', 'x86-64', 'aarch64', 'armhf', 'armel']);

/**
 * containerd's platform parser: `os[/arch[/variant]]`, or a bare architecture. `strict` (run,
 * create) also wants a known OS or architecture; the image commands only check the syntax.
 */
function checkPlatform(value: string, strict: boolean): Message | null {
  const parts = value.toLowerCase().split('/');
  const bad = msg('value.expected-os-arch-variant-linux');
  if (parts.length > 3 || parts.some((p) => !/^[a-z0-9_-]+(\([a-z0-9_.-]*\))?$/.test(p))) return bad;
  if (!strict) return null;
  // The `(…)` OS version suffix, cut without a backtracking regex.
  const first = parts[0] as string;
  const paren = first.indexOf('(');
  const os = paren >= 0 && first.endsWith(')') ? first.slice(0, paren) : first;
  if (parts.length === 1) return OS.has(os) || ARCH.has(os) ? null : bad;
  return OS.has(os) && ARCH.has(parts[1] as string) ? null : bad;
}

/** docker's --gpus: `all`, a count, or `count=..,driver=..,device=..,capabilities=..`. */
function checkGpus(value: string): Message | null {
  const bad = msg('value.expected-all-number-gpus-count');
  for (const field of value.replace(/^"|"$/g, '').split(',')) {
    const eq = field.indexOf('=');
    const k = eq < 0 ? 'count' : field.slice(0, eq);
    const v = eq < 0 ? field : field.slice(eq + 1);
    if (k === 'count' && !(v === 'all' || /^-?\d+$/.test(v))) return bad;
    if (!['count', 'driver', 'device', 'capabilities', 'options'].includes(k)) return bad;
  }
  return null;
}

/** docker/distribution reference grammar (name[:tag][@digest]); names are lower case. */
export function isReference(value: string): boolean {
  const m = /^(.+?)(?::([\w][\w.-]{0,127}))?(?:@([a-z0-9]+(?:[.+_-][a-z0-9]+)*:[0-9a-fA-F]{32,}))?$/.exec(value);
  if (!m) return false;
  const name = m[1] as string;
  const parts = name.split('/');
  let i = 0;
  // A first part with a dot, a colon or `localhost` is a registry host[:port].
  if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0] as string)) {
    if (!/^[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?(\.[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?)*(:\d+)?$/.test(parts[0] as string)) return false;
    i = 1;
  }
  for (; i < parts.length; i++) if (!/^[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*$/.test(parts[i] as string)) return false;
  return name.length <= 255;
}

/** docker's GetTimestamp: RFC 3339 dates and times (with or without zone), Unix seconds, or a Go duration. */
function isTimestamp(value: string): boolean {
  if (isGoDuration(value)) return true;
  if (/^\d+(\.\d{1,9})?$/.test(value)) return true;
  return /^\d{4}-\d{2}-\d{2}(T\d{2}(:\d{2}(:\d{2}(\.\d{1,9})?)?)?(Z|[+-]\d{2}:\d{2})?)?$/.test(value);
}

/** service --publish in long form: `published=8080,target=80[,protocol=tcp][,mode=host]`. */
function checkPortConfig(value: string): Message | null {
  for (const field of value.split(',')) {
    const eq = field.indexOf('=');
    const k = eq < 0 ? field : field.slice(0, eq);
    const v = eq < 0 ? '' : field.slice(eq + 1);
    const ok = k === 'target' || k === 'published' ? /^\d+(-\d+)?$/.test(v) : k === 'protocol' ? /^(tcp|udp|sctp)$/.test(v) : k === 'mode' ? /^(ingress|host)$/.test(v) : false;
    if (!ok) return msg('value.invalid-field-use-published-port', { field });
  }
  return null;
}

/**
 * The parts of Go's text/template parser a typo trips: every `{{` closed by `}}`, no empty
 * action, quotes and parentheses balanced inside an action.
 */
export function checkTemplate(value: string): Message | null {
  let i = 0;
  for (;;) {
    const open = value.indexOf('{{', i);
    if (open < 0) return null;
    let j = open + 2;
    let depth = 0;
    let closed = false;
    while (j < value.length) {
      const c = value[j] as string;
      if (c === '"' || c === '`' || c === "'") {
        const end = value.indexOf(c, j + 1);
        if (end < 0) return msg('value.quote-inside-not-closed');
        j = end + 1;
        continue;
      }
      if (c === '(') depth++;
      if (c === ')' && --depth < 0) return msg('value.unexpected-inside');
      if (value.startsWith('}}', j)) {
        closed = true;
        break;
      }
      j++;
    }
    if (!closed) return msg('value.never-closed');
    if (depth > 0) return msg('value.inside-not-closed');
    if (value.slice(open + 2, j).replace(/^-\s|\s-$/g, '').trim() === '') return msg('value.empty-action');
    i = j + 2;
  }
}

/**
 * Comma-separated fields the way Go's encoding/csv reads one record (docker's NetworkOpt does):
 * a field that starts with `"` is quoted, `""` inside it is one quote, commas inside it are text.
 * One pass over the value.
 */
export function csvFields(value: string): string[] {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (value[i] === '"') {
      i++;
      for (; i < value.length; i++) {
        if (value[i] === '"') {
          if (value[i + 1] === '"') {
            field += '"';
            i++;
          } else {
            i++;
            break;
          }
        } else field += value[i];
      }
      const comma = value.indexOf(',', i);
      field += comma < 0 ? value.slice(i) : value.slice(i, comma);
      i = comma < 0 ? value.length : comma;
    } else {
      const comma = value.indexOf(',', i);
      field = comma < 0 ? value.slice(i) : value.slice(i, comma);
      i = comma < 0 ? value.length : comma;
    }
    out.push(field);
    if (i >= value.length) break;
    i++; // the comma
  }
  return out;
}
