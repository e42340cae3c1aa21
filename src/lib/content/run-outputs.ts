// Captured outputs from real runs (content/validator/engine-outputs.json, written by
// `npm run test:engine -- --update`): the output of an example's command on the sandboxed Docker
// Engine with stand-in images, shown under the example ([data-run-output]). Matched to a fence by
// file and command text; when the same command appears more than once in a file, the entry captured
// at the nearest line is taken (so a text edit that moves lines does not lose the output).
import type { Locale } from '../i18n/locales.ts';

export interface RunOutput {
  line: number;
  code: string;
  output: string;
  /** Tags of the stand-in images involved (keys of `standIns`). */
  standIns: string[];
}

export interface RunOutputs {
  engine: string;
  client: string;
  standIns: Record<string, Record<Locale, string>>;
  outputs: Record<string, RunOutput[]>;
}

/** The captured outputs for the commands of one fence, in command order. */
export function outputsFor(doc: RunOutputs, file: string, commands: ReadonlyArray<{ text: string; line: number }>): RunOutput[] {
  const list = doc.outputs[file] ?? [];
  const out: RunOutput[] = [];
  for (const c of commands) {
    let best: RunOutput | undefined;
    for (const o of list) {
      if (o.code !== c.text) continue;
      if (!best || Math.abs(o.line - c.line) < Math.abs(best.line - c.line)) best = o;
    }
    if (best) out.push(best);
  }
  return out;
}
