// What the site and the tools say lives in data (content/ui, content/messages, content/search …),
// and the language rules that are code live in src/lib/i18n/: no other code file under src/ or
// scripts/ holds Korean text. Comments may show Korean examples; strings, regular expressions and
// markup may not.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript-6';
import { describe, expect, it } from 'vitest';

const CODE = /\.(ts|tsx|mts|cts|js|mjs|cjs|astro)$/;
/** Hangul syllables, jamo and compatibility jamo. */
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff]/;
const ALLOWED = 'src/lib/i18n/';

function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'generated' || d.name === 'node_modules' ? [] : codeFiles(path);
    return CODE.test(d.name) ? [path] : [];
  });
}

/**
 * The text of a file without its comments (TypeScript's scanner; `<!-- -->` in .astro markup too).
 * The scanner cannot tell a division from a regular expression or markup text from code, so it
 * may keep more than the code, never less: a doubt reports the file rather than hiding Korean.
 */
export function withoutComments(text: string): string {
  const source = text.replace(/<!--[\s\S]*?-->/g, ' ');
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, source);
  let out = '';
  // Open braces inside each `${…}` of the template literals being read, innermost last.
  const templates: number[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.SingleLineCommentTrivia || kind === ts.SyntaxKind.MultiLineCommentTrivia) continue;
    if (kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken) kind = scanner.reScanSlashToken();
    if (kind === ts.SyntaxKind.TemplateHead) templates.push(0);
    else if (kind === ts.SyntaxKind.OpenBraceToken && templates.length > 0) templates[templates.length - 1]!++;
    else if (kind === ts.SyntaxKind.CloseBraceToken && templates.length > 0) {
      if (templates[templates.length - 1] === 0) {
        kind = scanner.reScanTemplateToken(false);
        if (kind === ts.SyntaxKind.TemplateTail) templates.pop();
      } else templates[templates.length - 1]!--;
    }
    out += `${scanner.getTokenText()} `;
  }
  return out;
}

describe('no Korean text in code outside src/lib/i18n/', () => {
  it('finds Korean in strings, regular expressions and markup, not in comments', () => {
    expect(HANGUL.test(withoutComments('const a = "컨테이너";'))).toBe(true);
    expect(HANGUL.test(withoutComments('const r = /[가-힣]+/u;'))).toBe(true);
    expect(HANGUL.test(withoutComments('const t = `${n}개`;'))).toBe(true);
    expect(HANGUL.test(withoutComments('const t = `a ${f({ x: `b` })} c`; // `로그`\nconst u = 1;'))).toBe(false);
    expect(HANGUL.test(withoutComments('---\nconst x = 1;\n---\n<p>한국어</p>'))).toBe(true);
    expect(HANGUL.test(withoutComments('// `로그` finds logs\nconst a = 1; /* 주석 */'))).toBe(false);
    expect(HANGUL.test(withoutComments('<p>x</p><!-- 주석 -->'))).toBe(false);
  });

  it('src/ and scripts/ hold none', () => {
    const offenders = [...codeFiles('src'), ...codeFiles('scripts')]
      .filter((f) => !f.startsWith(ALLOWED))
      .flatMap((f) => {
        const code = withoutComments(readFileSync(f, 'utf8'));
        const m = HANGUL.exec(code);
        return m ? [`${f}: ${code.slice(Math.max(0, m.index - 30), m.index + 30).replace(/\s+/g, ' ')}`] : [];
      });
    expect(offenders, 'move these texts to content/ui, content/messages or content/search (or a language rule to src/lib/i18n/)').toEqual([]);
  });
});
