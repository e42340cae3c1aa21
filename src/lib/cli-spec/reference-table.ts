// The Markdown tables of the generated CLI references (docker/cli's docs/reference/commandline and
// the buildx reference, both written by cli-docs-tool): rows, cells and the flag-name cell.

/** Splits a Markdown table row on the `|` that are not escaped (`default\|<id>`). */
export function splitRow(row: string): string[] {
  const cells: string[] = [];
  let cur = '';
  for (let i = 0; i < row.length; i++) {
    const c = row[i] as string;
    if (c === '\\' && row[i + 1] === '|') {
      cur += '|';
      i++;
    } else if (c === '|') {
      cells.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  cells.push(cur.trim());
  return cells.slice(1, -1);
}

/** The text inside the backticks of a cell (`` `string` `` -> `string`); '' when empty. */
export const unquote = (cell: string): string => cell.replace(/^`(.*)`$/s, '$1');

/** `[`-f`](#file), [`--file`](#file)` or `` `-D`, `--debug` `` -> short and long names. */
export function flagNames(cell: string): { short: string | null; long: string } | null {
  const names = [...cell.matchAll(/`(--?[A-Za-z0-9][A-Za-z0-9-]*)`/g)].map((m) => m[1] as string);
  const long = names.find((n) => n.startsWith('--'));
  if (!long) return null;
  const short = names.find((n) => /^-[A-Za-z0-9]$/.test(n));
  return { short: short ? short.slice(1) : null, long: long.slice(2) };
}

/** The rows of the first Markdown table at or after `from`, with their 0-based line numbers. */
export function tableAfter(lines: string[], from: number): Array<{ cells: string[]; line: number }> {
  const rows: Array<{ cells: string[]; line: number }> = [];
  let k = from + 1;
  while (k < lines.length && !lines[k]!.startsWith('|') && !lines[k]!.startsWith('### ')) k++;
  if (k >= lines.length || !lines[k]!.startsWith('|')) return rows;
  k += 2; // header and the `|:---|` rule
  for (; k < lines.length && lines[k]!.startsWith('|'); k++) rows.push({ cells: splitRow(lines[k] as string), line: k });
  return rows;
}
