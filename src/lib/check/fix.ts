// `dockref check --fix`: applies the sure fixes' edits to a file's text and shows what changed as
// a unified diff. Edits stay within one line (run.ts drops any that would cross one), so the
// file keeps its line count, its line endings and every line no fix touched (prose included).
import type { FileEdit } from './run.ts';

/** The text with the edits applied; overlapping edits on a line keep the first. */
export function applyEdits(text: string, edits: readonly FileEdit[]): string {
  const parts = text.split(/(\r\n|\n|\r)/);
  const byLine = new Map<number, FileEdit[]>();
  for (const e of edits) {
    const list = byLine.get(e.line) ?? [];
    list.push(e);
    byLine.set(e.line, list);
  }
  for (const [line, list] of byLine) {
    const idx = (line - 1) * 2;
    let s = parts[idx];
    if (s === undefined) continue;
    list.sort((a, b) => a.column - b.column || a.length - b.length);
    const kept: FileEdit[] = [];
    let end = -1;
    for (const e of list) {
      if (e.column - 1 < end) continue;
      if (kept.some((k) => k.column === e.column && k.length === e.length && k.text === e.text)) continue;
      kept.push(e);
      end = e.column - 1 + e.length;
    }
    for (const e of kept.reverse()) s = s.slice(0, e.column - 1) + e.text + s.slice(e.column - 1 + e.length);
    parts[idx] = s;
  }
  return parts.join('');
}

/** A unified diff (no context lines) of two texts with the same number of lines. */
export function unifiedDiff(file: string, before: string, after: string): string {
  const a = before.split(/\r\n|\n|\r/);
  const b = after.split(/\r\n|\n|\r/);
  let out = `--- a/${file}\n+++ b/${file}\n`;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    let j = i;
    while (j < a.length && a[j] !== b[j]) j++;
    const n = j - i;
    out += `@@ -${i + 1}${n > 1 ? `,${n}` : ''} +${i + 1}${n > 1 ? `,${n}` : ''} @@\n`;
    for (let k = i; k < j; k++) out += `-${a[k]}\n`;
    for (let k = i; k < j; k++) out += `+${b[k]}\n`;
    i = j - 1;
  }
  return out;
}
