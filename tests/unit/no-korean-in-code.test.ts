// What the site and the tools say lives in data (content/ui, content/messages, content/search …),
// and the language rules that are code live in src/lib/i18n/: no other file under src/ or scripts/
// holds Korean text, comments included (an example of a Korean rule is written in its module under
// src/lib/i18n/, or in its test).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Hangul syllables, jamo and compatibility jamo. */
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff]/;
const ALLOWED = 'src/lib/i18n/';

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'node_modules' ? [] : allFiles(path);
    return [path];
  });
}

/** `file:line: text around the first Korean character` for each file that holds one. */
function korean(files: readonly string[]): string[] {
  return files.flatMap((f) => {
    const text = readFileSync(f, 'utf8');
    const m = HANGUL.exec(text);
    if (!m) return [];
    const line = text.slice(0, m.index).split('\n').length;
    return [`${f}:${line}: ${text.slice(Math.max(0, m.index - 30), m.index + 30).replace(/\s+/g, ' ')}`];
  });
}

describe('no Korean text outside src/lib/i18n/', () => {
  it('the scan reads every file (it finds the Korean rules in src/lib/i18n/)', () => {
    expect(korean(allFiles('src/lib/i18n')).map((l) => l.split(':')[0])).toContain('src/lib/i18n/ko.ts');
  });

  it('src/ and scripts/ hold none, in code, comments or data', () => {
    const offenders = korean([...allFiles('src'), ...allFiles('scripts')].filter((f) => !f.startsWith(ALLOWED)));
    expect(offenders, 'move these texts to content/ui, content/messages or content/search (a language rule to src/lib/i18n/; an example to its test)').toEqual([]);
  });
});
