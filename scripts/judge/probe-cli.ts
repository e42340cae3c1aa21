// Measures what the docker 28.2.2 binary does that its help text does not say, for every command
// in the spec, and writes content/validator/cli-facts.json, which the validator reads:
// - arity: `docker CMD` with 0..5 plain arguments; cobra's own messages ("requires at least",
//   "accepts no arguments", ...) mark a count as out of range, anything else as accepted;
// - interspersed flags: `docker CMD ARG --zz-probe` reports "unknown flag" only when flags are
//   parsed after positional arguments (commands like `run` stop at their first argument);
// - valued flags that also work bare (pflag NoOptDefVal): `docker CMD ARGS --flag` without
//   "flag needs an argument";
// - client-side value checks: `docker CMD --flag=@@probe@@ ARGS` rejected before the daemon;
// - hidden flags: a short list of names known to be hidden in docker/cli (`--net`, `--name` on
//   `volume create`, ...) tried on every command; accepted ones are recorded with their kind.
// Commands that talk to remote hosts (login, logout, manifest, trust) are never run; their facts
// come from the usage grammar and are marked `measured: false`.
//
// Run: npx tsx scripts/judge/probe-cli.ts   (needs docker; about 5 minutes on 2 cores)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cliSpec, type CliSpec, type CommandSpec } from '../../src/lib/cli-spec/index.ts';
import type { CliFacts, CommandFacts, HiddenFlag } from '../../src/lib/command/cli-facts.ts';
import { judgeAllRaw, type RawRun } from './docker-judge.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const spec: CliSpec = cliSpec;

const REMOTE = new Set(['login', 'logout', 'manifest', 'trust']);
const HIDDEN_CANDIDATES = ['net', 'net-alias', 'name', 'time', 'stream', 'email', 'console', 'detach', 'compress', 'dns-opt', 'link-local-ip', 'security-opt', 'tree'];
// docker's own arity messages and cobra's built-in ones (`accepts 1 arg(s), received 0`).
const ARITY = /requires at least|requires exactly|requires \d+ argument|accepts no argument|accepts at most|accepts between|requires at most|accepts \d+ arg\(s\)/;
const BAD = '@@probe@@';

const leaves = spec.commands.filter((c) => !c.isGroup && !REMOTE.has(c.canonicalPath[0] as string));
const args = (n: number) => Array.from({ length: n }, (_, i) => `arg${i + 1}`);
const text = (r: RawRun) => `${r.stderr}\n${r.stdout}`;

interface Job {
  cmd: CommandSpec;
  kind: string;
  flag?: string;
  n?: number;
  argv: string[];
}

const jobs: Job[] = [];
for (const c of leaves) {
  for (let n = 0; n <= 5; n++) jobs.push({ cmd: c, kind: 'arity', n, argv: [...c.canonicalPath, ...args(n)] });
}
const phase1 = await judgeAllRaw(jobs.map((j) => j.argv));
const facts: Record<string, CommandFacts> = {};
for (const c of leaves) {
  const key = c.canonicalPath.join(' ');
  const runs = jobs.map((j, i) => [j, phase1[i] as RawRun] as const).filter(([j]) => j.cmd === c);
  const inRange = runs.filter(([, r]) => !ARITY.test(text(r))).map(([j]) => j.n as number);
  const minArgs = inRange.length ? Math.min(...inRange) : 0;
  const maxArgs = inRange.includes(5) ? null : inRange.length ? Math.max(...inRange) : 0;
  facts[key] = { interspersed: true, minArgs, maxArgs, measured: true };
}

// Phase 2: interspersed flags, bare valued flags, bad values, hidden flags.
const jobs2: Job[] = [];
for (const c of leaves) {
  const key = c.canonicalPath.join(' ');
  const f = facts[key] as CommandFacts;
  const need = args(Math.max(f.minArgs, f.maxArgs === 0 ? 0 : 1));
  const base = args(f.minArgs);
  jobs2.push({ cmd: c, kind: 'interspersed', argv: [...c.canonicalPath, ...need, '--zz-probe'] });
  if (f.maxArgs !== 0) jobs2.push({ cmd: c, kind: 'empty-arg', argv: [...c.canonicalPath, '', ...args(Math.max(f.minArgs, 1) - 1)] });
  for (const o of c.options) {
    if (o.valueType === null) continue;
    jobs2.push({ cmd: c, kind: 'bare', flag: o.long, argv: [...c.canonicalPath, ...base, `--${o.long}`] });
    jobs2.push({ cmd: c, kind: 'bad', flag: o.long, argv: [...c.canonicalPath, `--${o.long}=${BAD}`, ...base] });
    jobs2.push({ cmd: c, kind: 'empty', flag: o.long, argv: [...c.canonicalPath, `--${o.long}=`, ...base] });
  }
  for (const h of HIDDEN_CANDIDATES) {
    if (c.options.some((o) => o.long === h)) continue;
    jobs2.push({ cmd: c, kind: 'hidden', flag: h, argv: [...c.canonicalPath, `--${h}=${BAD}`, ...base] });
  }
}
// Bare-flag probes of non-interspersed commands must not put the flag after the arguments.
const phase2pre = await judgeAllRaw(jobs2.filter((j) => j.kind === 'interspersed').map((j) => j.argv));
jobs2
  .filter((j) => j.kind === 'interspersed')
  .forEach((j, i) => {
    const r = phase2pre[i] as RawRun;
    (facts[j.cmd.canonicalPath.join(' ')] as CommandFacts).interspersed = /unknown flag: --zz-probe/.test(text(r));
  });
const rest = jobs2.filter((j) => j.kind !== 'interspersed');
for (const j of rest) {
  const f = facts[j.cmd.canonicalPath.join(' ')] as CommandFacts;
  if (j.kind === 'bare' && !f.interspersed) j.argv = [...j.cmd.canonicalPath, `--${j.flag}`];
}
const phase2 = await judgeAllRaw(rest.map((j) => j.argv));
const rejections: Array<{ command: string; flag: string; message: string }> = [];
rest.forEach((j, i) => {
  const r = phase2[i] as RawRun;
  const out = text(r);
  const key = j.cmd.canonicalPath.join(' ');
  const f = facts[key] as CommandFacts;
  if (j.kind === 'bare' && !/flag needs an argument/.test(out)) (f.noValueFlags ??= []).push(j.flag as string);
  if (j.kind === 'bad' && !/Cannot connect to the Docker daemon|the input device is not a TTY|no such file or directory|unable to prepare context/.test(out) && r.status !== 0) {
    const message = (out.split('\n').find((l) => l.trim() !== '' && !/DEPRECATED|Install the buildx|docs\.docker\.com\/go\/buildx|has been deprecated/.test(l)) ?? '').replace(/^docker: /, '').trim();
    rejections.push({ command: key, flag: j.flag as string, message });
    const kind = classify(message, j.flag as string);
    (f.checkedValues ??= {})[j.flag as string] = kind;
    // pflag reports a value its Set method refuses as `invalid argument "V" for "--flag" flag`,
    // at every occurrence; other messages come from the command's code, which sees only the
    // last value of a plain string flag.
    if (kind !== 'none' && !/^invalid argument "/.test(message)) (f.checkedLastValue ??= []).push(j.flag as string);
  }
  if (j.kind === 'empty' && !/Cannot connect to the Docker daemon|the input device is not a TTY|no such file or directory|unable to prepare context/.test(out) && r.status !== 0 && /^invalid argument "" /m.test(out.replace(/^docker: /gm, ''))) {
    (f.emptyRejected ??= []).push(j.flag as string);
  }
  // An empty first argument (`docker stop ''`): some commands refuse it before the daemon.
  if (j.kind === 'empty-arg' && r.status !== 0 && !/Cannot connect to the Docker daemon|the input device is not a TTY|no such file or directory|unable to prepare context|not found|does not exist/.test(out) && !ARITY.test(out)) f.emptyArgRejected = true;
  if (j.kind === 'hidden' && !/unknown flag/.test(out)) {
    // The malformed value shows the hidden flag's type in the error, when it has one to check.
    const hf: HiddenFlag = { long: j.flag as string, valueType: /ParseBool/.test(out) ? null : /ParseInt/.test(out) ? 'int' : 'string', deprecated: /has been deprecated/.test(out) };
    (f.hiddenFlags ??= []).push(hf);
  }
});

/** What kind of check a rejection message shows; the validator implements each kind. */
function classify(message: string, flag: string): string {
  // Messages that come from the command's own code or another flag, not from this flag's value
  // (`secret create` wants a file, `network create --gateway` wants a --subnet): no value check.
  if (/secret file is required|Specify a Compose file|no matching subnet|must have a corresponding subnet|^$/.test(message)) return 'none';
  const kinds: Array<[RegExp, string]> = [
    [/strconv\.Parse(Int|Uint)|ParseInt|ParseUint/, 'typed'],
    [/ParseFloat|rational number|time: invalid duration|missing unit in duration|invalid suffix|invalid size/, 'typed'],
    [/IP address is not correctly formatted|invalid IP|not a valid IP/, 'ip'],
    [/bad format for add-host/, 'extra-host'],
    [/invalid ulimit/, 'ulimit'],
    [/must be a key=value pair|invalid field|type is required|target is required/, 'mount'],
    [/bad format for filters|bad format of filter/, 'filter'],
    [/invalid containerPort|invalid hostPort|invalid port|invalid proto|Invalid hostPort|invalid published/, 'port'],
    [/error parsing specified platform|unknown operating system/, 'platform'],
    [/OSAndVersion specifier/, 'platform-spec'],
    [/valid streams are/, 'streams'],
    [/"--blkio-weight-device" flag: bad format/, 'weight-device'],
    [/"--device-(read|write)-bps" flag: bad format/, 'throttle-bps'],
    [/"--device-(read|write)-iops" flag: bad format/, 'throttle-iops'],
    [/invalid CGROUP mode/, 'cgroupns'],
    [/invalid PID mode/, 'pid-mode'],
    [/invalid UTS mode/, 'uts-mode'],
    [/invalid USER mode/, 'userns-mode'],
    [/unknown server OS/, 'device'],
    [/invalid device cgroup format/, 'device-cgroup-rule'],
    [/is not a valid domain/, 'domain'],
    [/value must be either "all" or an integer/, 'gpus'],
    [/not a valid mac address/, 'mac'],
    [/network-scoped aliases/, 'none'],
    [/invalid pull option/, 'pull'],
    [/Invalid --security-opt/, 'security-opt'],
    [/invalid storage option|must be formatted as key=value|invalid key\/value pair|expected `name=value`/, 'key-value'],
    [/sysctl '.*' is not allowed/, 'sysctl'],
    [/invalid reference format/, 'reference'],
    [/unknown type: .* must be one of/, 'inspect-type'],
    [/invalid credential spec/, 'credential-spec'],
    [/only replicated and global supported/, 'service-mode'],
    [/placement preference must be of the format/, 'placement-pref'],
    [/only active, pause and drain are supported/, 'availability'],
    [/converted to CIDR/, 'cidr'],
    [/failed to parse value as time or duration/, 'timestamp'],
    [/for --expose/, 'expose'],
    [/template parsing error|failed to parse template/, 'template'],
  ];
  for (const [re, kind] of kinds) {
    // `--mount` and `--external-ca` share the CSV key=value parser; only mounts need a target.
    if (re.test(message)) return kind === 'mount' && !flag.startsWith('mount') ? 'csv-key-value' : kind;
  }
  return `unclassified: ${message.slice(0, 160)}`;
}

// Remote commands: from the usage grammar only.
for (const c of spec.commands.filter((c) => !c.isGroup && REMOTE.has(c.canonicalPath[0] as string))) {
  const forms = c.usage;
  facts[c.canonicalPath.join(' ')] = {
    interspersed: true,
    minArgs: Math.min(...forms.map((u) => u.minArgs)),
    maxArgs: forms.some((u) => u.maxArgs === null) ? null : Math.max(...forms.map((u) => u.maxArgs ?? 0)),
    measured: false,
  };
}

const out: CliFacts = {
  generatedBy: 'Generated by scripts/judge/probe-cli.ts from the docker binary; do not edit. Re-run: npx tsx scripts/judge/probe-cli.ts',
  dockerVersion: spec.version,
  commands: Object.fromEntries(Object.entries(facts).sort(([a], [b]) => a.localeCompare(b))),
};
writeFileSync(`${root}content/validator/cli-facts.json`, `${JSON.stringify(out, null, 1)}\n`);
writeFileSync(`${root}content/validator/value-rejections.json`, `${JSON.stringify({ generatedBy: out.generatedBy, rejections }, null, 1)}\n`);
console.log(`probed ${leaves.length} commands; ${rejections.length} value rejections; wrote content/validator/cli-facts.json`);
