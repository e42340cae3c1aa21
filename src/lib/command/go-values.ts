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

/** One scan of digits as math/big's `nat.scan` reads them (base prefix, `_` separators, a `.`). */
interface NatScan {
  end: number;
  base: number;
  /** The digits without separators and point. */
  digits: string;
  /** Minus the number of digits after the point (0 without one). */
  fcount: number;
}

function digitValue(c: string): number {
  const k = c.charCodeAt(0);
  if (k >= 48 && k <= 57) return k - 48;
  if (k >= 97 && k <= 122) return k - 87;
  if (k >= 65 && k <= 90) return k - 55;
  return 99;
}

/**
 * math/big `nat.scan(r, 0, fracOk)`: an optional base prefix (0b, 0o, 0x; a bare leading 0 is
 * octal when no fraction is allowed), digits of that base with `_` only between digits (or right
 * after the prefix), one `.` when `fracOk`. Null on a syntax error.
 */
function scanNat(s: string, i: number, fracOk: boolean): NatScan | null {
  let base = 10;
  let prev = '.';
  let octalZero = false;
  if (s[i] === '0') {
    const p = (s[i + 1] ?? '').toLowerCase();
    if (p === 'b' || p === 'o' || p === 'x') {
      base = p === 'b' ? 2 : p === 'o' ? 8 : 16;
      i += 2;
      prev = '0';
    } else if (!fracOk) {
      base = 8;
      octalZero = true;
      i += 1;
      prev = '0';
    }
  }
  let digits = '';
  let count = 0;
  let dcount = -1;
  let badSep = false;
  for (; i < s.length; i++) {
    const c = s[i] as string;
    if (c === '.' && fracOk && dcount < 0) {
      dcount = count;
      prev = '.';
    } else if (c === '_') {
      if (prev !== '0') badSep = true;
      prev = '_';
    } else {
      if (digitValue(c) >= base) break;
      digits += c;
      count++;
      prev = '0';
    }
  }
  if (badSep || prev === '_') return null;
  if (count === 0) return octalZero ? { end: i, base: 10, digits: '0', fcount: 0 } : null;
  return { end: i, base, digits, fcount: dcount < 0 ? 0 : dcount - count };
}

/** math/big `scanExponent(r, true, true)`: `e`/`E` (base 10) or `p`/`P` (base 2), a sign, digits with `_`. */
function scanExponent(s: string, i: number): { end: number; exp: number; ebase: 2 | 10 } | null {
  const c = s[i];
  if (c !== 'e' && c !== 'E' && c !== 'p' && c !== 'P') return { end: i, exp: 0, ebase: 10 };
  const ebase = c === 'p' || c === 'P' ? 2 : 10;
  i++;
  let sign = 1;
  if (s[i] === '+' || s[i] === '-') sign = s[i++] === '-' ? -1 : 1;
  let prev = '.';
  let digits = '';
  let badSep = false;
  for (; i < s.length; i++) {
    const d = s[i] as string;
    if (d === '_') {
      if (prev !== '0') badSep = true;
      prev = '_';
    } else if (d >= '0' && d <= '9') {
      digits += d;
      prev = '0';
    } else break;
  }
  if (badSep || prev === '_' || digits === '') return null;
  // Past this the value is absurd anyway; Go refuses decimal exponents beyond 1e6 too.
  const exp = digits.length > 9 ? Infinity : sign * Number(digits);
  return { end: i, exp, ebase };
}

const PREFIX: Record<number, string> = { 2: '0b', 8: '0o', 10: '', 16: '0x' };
const bigOf = (n: NatScan) => BigInt(`${PREFIX[n.base]}${n.digits}`);
/** Above this length only the syntax is checked (the exactness needs big numbers). */
const EXACT_LIMIT = 4096;

/**
 * big.Rat.SetString as docker's NanoCPUs uses it: `1.5`, `3/2`, `1e3`, also `0x10`, `1_0`,
 * `0x1p-2` (measured on the 28.2.2 client), and then "value is too precise" unless the
 * value is a whole number of billionths. Hand-written, linear: no regex with nested quantifiers.
 */
export function isGoDecimal(s: string): boolean {
  if (s === '') return false;
  const slash = s.indexOf('/');
  if (slash >= 0) {
    // a/b: an integer (sign, base prefix, a bare 0 is octal) over a non-zero natural number.
    let i = s[0] === '+' || s[0] === '-' ? 1 : 0;
    const a = scanNat(s.slice(0, slash), i, false);
    if (!a || a.end !== slash) return false;
    const b = scanNat(s, slash + 1, false);
    if (!b || b.end !== s.length) return false;
    if (s.length > EXACT_LIMIT) return true;
    const den = bigOf(b);
    if (den === 0n) return false;
    return (bigOf(a) * 1_000_000_000n) % den === 0n;
  }
  let i = s[0] === '+' || s[0] === '-' ? 1 : 0;
  const m = scanNat(s, i, true);
  if (!m) return false;
  const e = scanExponent(s, m.end);
  if (!e || e.end !== s.length) return false;
  const mant = s.length > EXACT_LIMIT ? null : bigOf(m);
  if (mant === 0n) return true;
  // value = mant × 2^exp2 × 5^exp5 (a radix point counts in the mantissa's base).
  let exp2 = 0;
  let exp5 = 0;
  if (m.fcount < 0) {
    if (m.base === 10) exp5 = m.fcount;
    exp2 = m.fcount * (m.base === 16 ? 4 : m.base === 8 ? 3 : 1);
  }
  if (e.ebase === 10) exp5 += e.exp;
  exp2 += e.exp;
  if (!Number.isFinite(exp2) || Math.abs(exp5) > 1e6) return false;
  if (mant === null) return true;
  // Whole billionths: mant × 2^(exp2+9) × 5^(exp5+9) is an integer.
  const a2 = exp2 + 9;
  const a5 = exp5 + 9;
  if (a2 >= 0 && a5 >= 0) return true;
  if (a2 < -EXACT_LIMIT * 4 || a5 < -EXACT_LIMIT * 4) return false;
  const den = 2n ** BigInt(Math.max(0, -a2)) * 5n ** BigInt(Math.max(0, -a5));
  return (mant * 2n ** BigInt(Math.max(0, a2)) * 5n ** BigInt(Math.max(0, a5))) % den === 0n;
}

/** strconv.ParseFloat(s, 64) syntax (pflag's float64). */
export function isGoFloat(s: string): boolean {
  // Optional parts are grouped (`\d[\d_]*(\.[\d_]*)?`) so no two adjacent quantifiers can split
  // the same run of digits: linear time on `111…1x`.
  return /^[+-]?(\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)([eE][+-]?\d+)?$/.test(s) || /^[+-]?(inf|infinity|nan)$/i.test(s) || /^[+-]?0[xX](?:[0-9a-fA-F]+(?:\.[0-9a-fA-F]*)?|\.[0-9a-fA-F]*)[pP][+-]?\d+$/.test(s);
}
