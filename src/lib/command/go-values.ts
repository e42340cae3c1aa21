// Value syntax exactly as the Go code behind each flag type accepts it, so the validator rejects
// what pflag and the docker CLI's own option types reject before any daemon is contacted:
// strconv.ParseBool / ParseInt / ParseUint (base 0, as pflag's int parsers use it),
// time.ParseDuration, go-units RAMInBytes (`bytes`), big.Rat (`decimal`, --cpus).

const BOOL_WORDS = new Set(['1', 't', 'T', 'TRUE', 'true', 'True', '0', 'f', 'F', 'FALSE', 'false', 'False']);

/** strconv.ParseBool. */
export function isGoBool(s: string): boolean {
  return BOOL_WORDS.has(s);
}

/** strconv.ParseBool's value, assuming isGoBool(s). */
export function goBoolValue(s: string): boolean {
  return s === '1' || s[0] === 't' || s[0] === 'T';
}

/**
 * strconv.ParseUint(s, 0, bits) as a bigint, or null when the syntax is wrong or it overflows:
 * base prefixes 0x/0o/0b and a bare leading 0 (octal), underscores only between digits with a
 * prefix or base-0 rules.
 */
export function parseGoUint(s: string, bits: number): bigint | null {
  if (s.length === 0) return null;
  let base = 10;
  let body = s;
  if (/^0[xX]/.test(s)) {
    base = 16;
    body = s.slice(2);
  } else if (/^0[oO]/.test(s)) {
    base = 8;
    body = s.slice(2);
  } else if (/^0[bB]/.test(s)) {
    base = 2;
    body = s.slice(2);
  } else if (s.length > 1 && s[0] === '0') {
    base = 8;
    body = s.slice(1);
  }
  // Base 0 allows underscores as digit separators, but not leading, trailing or doubled
  // (strconv.underscoreOK); a prefix counts as a digit before the first underscore.
  if (body.includes('_')) {
    const withPrefix = base === 10 ? body : `0${body}`;
    if (!/^[0-9a-zA-Z]+(_[0-9a-zA-Z]+)*$/.test(withPrefix)) return null;
    body = body.replace(/_/g, '');
  }
  if (body.length === 0) return null;
  const digits = { 2: /^[01]+$/, 8: /^[0-7]+$/, 10: /^[0-9]+$/, 16: /^[0-9a-fA-F]+$/ }[base as 2 | 8 | 10 | 16];
  if (!digits.test(body)) return null;
  const prefix = { 2: '0b', 8: '0o', 10: '', 16: '0x' }[base as 2 | 8 | 10 | 16];
  const v = BigInt(prefix + body);
  return v < 1n << BigInt(bits) ? v : null;
}

/** strconv.ParseInt(s, 0, bits). */
export function parseGoInt(s: string, bits: number): bigint | null {
  const neg = s.startsWith('-');
  const body = s.startsWith('-') || s.startsWith('+') ? s.slice(1) : s;
  const v = parseGoUint(body, bits);
  if (v === null) return null;
  const limit = 1n << BigInt(bits - 1);
  if (neg ? v > limit : v >= limit) return null;
  return neg ? -v : v;
}

const DURATION_UNIT = /^(ns|us|µs|μs|ms|s|m|h)/;

/** time.ParseDuration: `300ms`, `-1.5h`, `2h45m`; a bare number other than 0 needs a unit. */
export function isGoDuration(s: string): boolean {
  let rest = s.replace(/^[-+]/, '');
  if (rest === '0') return true;
  if (rest === '') return false;
  while (rest !== '') {
    const num = /^(\d+)?(\.\d*)?/.exec(rest);
    const text = num?.[0] ?? '';
    if (text === '' || text === '.') return false;
    rest = rest.slice(text.length);
    const unit = DURATION_UNIT.exec(rest);
    if (!unit) return false;
    rest = rest.slice(unit[0].length);
  }
  return true;
}

/** go-units RAMInBytes (docker's MemBytes): `512m`, `1g`, `1.5GiB`, `100`, `2 kb`. */
export function isGoBytes(s: string): boolean {
  return /^\d+(\.\d+)? ?([kKmMgGtTpP])?[iI]?[bB]?$/.test(s) && !/^\d+(\.\d+)? ?[iI]/.test(s);
}

/** big.Rat.SetString as docker's NanoCPUs uses it (`1.5`, `3/2`, `1e3`), within 9 decimals. */
export function isGoDecimal(s: string): boolean {
  if (/^[+-]?\d+\/\d+$/.test(s)) return !/\/0+$/.test(s);
  // `\d+(\.\d*)?` rather than `\d+\.?\d*`: the latter backtracks quadratically on `111…1x`.
  const m = /^[+-]?(\d+(?:\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.exec(s);
  if (!m) return false;
  // NanoCPUs rejects values that do not fit in whole nanoseconds ("value is too precise").
  // Trailing zeros trimmed by hand: `/0+$/` is quadratic on `000…01` (issue 12).
  let frac = /\.(\d*)/.exec(m[1] ?? '')?.[1] ?? '';
  let z = frac.length;
  while (z > 0 && frac[z - 1] === '0') z--;
  frac = frac.slice(0, z);
  const exp = m[2] ? Number(m[2].slice(1)) : 0;
  return frac.length - exp <= 9;
}

/** strconv.ParseFloat(s, 64) syntax (pflag's float64). */
export function isGoFloat(s: string): boolean {
  // Optional parts are grouped (`\d[\d_]*(\.[\d_]*)?`) so no two adjacent quantifiers can split
  // the same run of digits: linear time on `111…1x` (issue 12).
  return /^[+-]?(\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)([eE][+-]?\d+)?$/.test(s) || /^[+-]?(inf|infinity|nan)$/i.test(s) || /^[+-]?0[xX](?:[0-9a-fA-F]+(?:\.[0-9a-fA-F]*)?|\.[0-9a-fA-F]*)[pP][+-]?\d+$/.test(s);
}
