// The command lines the plugins' own references show: every `$ docker ...` line in the
// ```console blocks of the buildx pages and in the `examples` (and `long`) fields of the compose
// files, with `\` continuations joined. The agreement test checks the validator against them and
// against typo/arity mutants of them; the judge uses the reference as the judge for these lines.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readComposeYaml } from '../../src/lib/cli-spec/parse-compose-reference.ts';
import { PLUGIN_REFERENCE_ROOT, PLUGIN_REFERENCES } from '../../src/lib/cli-spec/plugins.ts';

export interface ReferenceExample {
  line: string;
  /** file:line of the block's `$ docker` line (for compose, the line within the field). */
  origin: string;
}

/** `$ docker ...` lines of the ```console fences in a Markdown text. */
export function consoleLines(md: string, file: string, lineOffset = 0): ReferenceExample[] {
  const out: ReferenceExample[] = [];
  const lines = md.split('\n');
  let inConsole = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string;
    const t = raw.trim();
    if (/^```/.test(t)) {
      inConsole = !inConsole && /^```console\s*$/.test(t);
      continue;
    }
    if (!inConsole || !/^\$ docker(\s|$)/.test(t)) continue;
    let cmd = t.slice(2);
    let j = i;
    while (/\\$/.test(cmd) && j + 1 < lines.length) cmd = `${cmd.slice(0, -1).trimEnd()} ${(lines[++j] as string).trim()}`;
    out.push({ line: cmd, origin: `${file}:${lineOffset + i + 1}` });
    i = j;
  }
  return out;
}

export function referenceExamples(root: string): ReferenceExample[] {
  const out: ReferenceExample[] = [];
  for (const ref of PLUGIN_REFERENCES) {
    const dir = join(root, PLUGIN_REFERENCE_ROOT, ref.dir);
    for (const f of readdirSync(dir).sort()) {
      const rel = `${PLUGIN_REFERENCE_ROOT}/${ref.dir}/${f}`;
      const text = readFileSync(join(dir, f), 'utf8');
      if (ref.kind === 'buildx-reference') out.push(...consoleLines(text, rel));
      else {
        const doc = readComposeYaml(text, rel) as { long?: string; examples?: string };
        for (const field of ['long', 'examples'] as const) if (doc[field]) out.push(...consoleLines(doc[field] as string, `${rel} (${field})`));
      }
    }
  }
  return out;
}
