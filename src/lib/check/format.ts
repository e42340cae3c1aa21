// How `dockref check` prints its records: text for people (`file:line:col: severity code message`,
// the fix on the next line), JSON lines, GitHub Actions annotations, SARIF 2.1.0 for code
// scanning. Each record becomes its own piece of output, so the CLI streams them one by one.
import { escapeForTerminal } from '../command/render-verdict.ts';
import type { Locale } from '../i18n/locales.ts';
import { say } from '../i18n/messages.ts';
import type { CheckRecord, Finding } from './run.ts';

export type Format = 'text' | 'json' | 'github' | 'sarif';
export const FORMATS: readonly Format[] = ['text', 'json', 'github', 'sarif'];

/** `file:line:col: severity code message`, then `  fix: …` when there is a fix. */
export function textRecord(rec: CheckRecord): string {
  let out = '';
  for (const f of rec.findings) {
    out += `${escapeForTerminal(rec.file)}:${f.line}:${f.column}: ${f.severity} ${f.code} ${escapeForTerminal(f.message)}\n`;
    if (f.fix !== undefined) out += `  fix: ${escapeForTerminal(f.fix)}\n`;
  }
  return out;
}

function jsonFinding(f: Finding): Record<string, unknown> {
  return {
    severity: f.severity,
    code: f.code,
    message: f.message,
    ...(f.start !== undefined ? { start: f.start, end: f.end } : {}),
    ...(f.suggestion !== undefined ? { suggestion: f.suggestion } : {}),
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    ...(f.fix !== undefined ? { fix: f.fix } : {}),
    ...(f.edits ? { edits: f.edits } : {}),
    ...(f.text ? { messageKey: f.text.key, params: f.text.params ?? {} } : {}),
  };
}

/**
 * One JSON object per command (or Dockerfile), one line each: for a command, check-commands'
 * object (`input`, `valid`, `checked`, `reason`, `command`, `diagnostics` with `start`/`end` and
 * `suggestion`) plus where it is (`file`, `line`, `column`) and, per diagnostic, its file
 * position, a short `fix` and the sure fix's `edits`.
 */
export function jsonRecord(rec: CheckRecord, lang: Locale = 'en'): string {
  if (rec.kind === 'dockerfile') {
    return `${JSON.stringify({ kind: 'dockerfile', file: rec.file, line: rec.line, column: rec.column, valid: !rec.findings.some((f) => f.severity === 'error'), diagnostics: rec.findings.map(jsonFinding) })}\n`;
  }
  const r = rec.result;
  return `${JSON.stringify({
    kind: 'command',
    file: rec.file,
    line: rec.line,
    column: rec.column,
    input: r.input,
    valid: r.valid,
    checked: r.checked,
    ...(r.reason ? { reason: say(r.reason, lang) } : {}),
    command: r.command,
    diagnostics: rec.findings.map(jsonFinding),
  })}\n`;
}

/** GitHub's escaping for workflow command data and properties. */
const ghData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const ghProp = (s: string) => ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
const GH_LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** `::error file=…,line=…,col=…::message` per finding (GitHub Actions annotations). */
export function githubRecord(rec: CheckRecord): string {
  let out = '';
  for (const f of rec.findings) {
    const end = f.endLine === f.line ? `,endColumn=${Math.max(f.endColumn, f.column)}` : `,endLine=${f.endLine}`;
    const msg = f.fix !== undefined ? `${f.message}\nfix: ${f.fix}` : f.message;
    out += `::${GH_LEVEL[f.severity]} file=${ghProp(rec.file)},line=${f.line},col=${f.column}${end},title=${ghProp(`dockref ${f.code}`)}::${ghData(escapeForTerminal(msg))}\n`;
  }
  return out;
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** A SARIF log written in pieces: `start()`, `record()` per record, `end()` with the rules seen. */
export class SarifWriter {
  private first = true;
  private readonly rules = new Map<string, string>();
  constructor(private readonly version: string) {}

  start(): string {
    return '{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"results":[\n';
  }

  record(rec: CheckRecord): string {
    let out = '';
    for (const f of rec.findings) {
      if (!this.rules.has(f.code)) this.rules.set(f.code, f.severity);
      const region: Record<string, number> = { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endLine === f.line ? Math.max(f.endColumn, f.column + 1) : f.endColumn };
      const result = {
        ruleId: f.code,
        level: SARIF_LEVEL[f.severity],
        message: { text: f.fix !== undefined ? `${f.message}\nfix: ${f.fix}` : f.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(rec.file) }, region } }],
      };
      out += `${this.first ? '' : ',\n'}${JSON.stringify(result)}`;
      this.first = false;
    }
    return out;
  }

  end(): string {
    const rules = [...this.rules.keys()].sort().map((id) => ({ id, defaultConfiguration: { level: SARIF_LEVEL[this.rules.get(id) as Finding['severity']] } }));
    const tool = { driver: { name: 'dockref', version: this.version, rules } };
    return `\n],"tool":${JSON.stringify(tool)},"columnKind":"utf16CodeUnits"}]}\n`;
  }
}

/** A relative URI reference for a path (`docs/a b.md` -> `docs/a%20b.md`); `-` is stdin. */
function uriOf(path: string): string {
  const p = path === '-' ? 'stdin' : path.replace(/\\/g, '/').replace(/^\.\//, '');
  try {
    return encodeURI(p);
  } catch {
    return encodeURI(p.replace(/[\ud800-\udfff]/g, '\ufffd'));
  }
}
