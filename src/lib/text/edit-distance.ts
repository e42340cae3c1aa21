// The one edit-distance helper for every did-you-mean (docker commands and flags, Dockerfile
// instructions, commands in RUN, stage names). Rows are reused across calls, and a `max` cutoff
// stops as soon as the answer is known to exceed it: a 1 MB word or 4,000 stage names compared
// pairwise no longer allocate a full matrix each.
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions), so `netowrk` is
 * one edit from `network` and `FORM` one from `FROM`, as a person would count it. With `max`, any
 * distance above it is reported as `max + 1` (cheaply: lengths differing by more than `max` are
 * not compared at all).
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0) return m;
  if (m === 0) return n;
  if (rows[0].length <= m) rows = [new Int32Array(m + 1), new Int32Array(m + 1), new Int32Array(m + 1)];
  let [prev2, prev, cur] = rows;
  // With a cutoff only the diagonal band |i - j| <= max can stay within it (Ukkonen): each row
  // costs O(max), not O(m). Cells just outside the band hold `big`, so reused rows never leak.
  const band = max === Infinity ? n + m : max;
  const big = max === Infinity ? n + m + 1 : max + 1;
  for (let j = 0; j <= m; j++) prev[j] = j <= band ? j : big;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - band);
    const hi = Math.min(m, i + band);
    cur[lo - 1] = lo === 1 ? i : big;
    if (hi < m) cur[hi + 1] = big;
    let rowMin = lo === 1 ? i : big;
    const ai = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    // Every later row is at least this row's minimum minus nothing: no way back under `max`.
    if (rowMin > max && i > 1) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  const d = prev[m]!;
  return d > max ? max + 1 : d;
}
