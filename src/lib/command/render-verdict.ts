import type { Locale } from '../i18n/locales.ts';
import type { ValidationResult } from './validate.ts';

/** Display columns of a string: Hangul, CJK and full-width forms take two. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
  }
  return w;
}

const LABEL = {
  ko: { ok: '통과', bad: '오류', error: '오류', warning: '경고', fix: '수정', unchecked: '검사 안 함' },
  en: { ok: 'ok', bad: 'invalid', error: 'error', warning: 'warning', fix: 'fix', unchecked: 'not checked' },
} as const;

/**
 * The text-mode verdict for one command line: a status line, then each diagnostic with the line
 * it points into, the span underlined with carets, and the corrected command when there is one.
 */
export function renderVerdict(r: ValidationResult, lang: Locale, where: string | null): string {
  const L = LABEL[lang];
  const head = `${r.valid ? `✓ ${L.ok}` : `✗ ${L.bad}`}${where ? ` ${where}` : ''}: ${r.input.replace(/\\\n\s*/g, '')}`;
  const out = [head];
  for (const d of r.diagnostics) {
    out.push(`  ${d.severity === 'error' ? L.error : L.warning}[${d.code}]: ${d.message[lang]}`);
    // The physical line holding the span's start, and the carets under the span within it.
    const lineStart = r.input.lastIndexOf('\n', d.start - 1) + 1;
    const nl = r.input.indexOf('\n', d.start);
    const lineEnd = nl < 0 ? r.input.length : nl;
    const lineText = r.input.slice(lineStart, lineEnd);
    const pad = width(r.input.slice(lineStart, d.start));
    const len = Math.max(1, width(r.input.slice(d.start, Math.min(d.end, lineEnd))));
    out.push(`    ${lineText}`, `    ${' '.repeat(pad)}${'^'.repeat(len)}`);
    if (d.suggestion) out.push(`  ${L.fix}: ${d.suggestion}`);
  }
  for (const u of r.unchecked) out.push(`  ${L.unchecked}: ${u.text.trim()}`);
  return out.join('\n');
}
