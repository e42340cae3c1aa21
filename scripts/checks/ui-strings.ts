import { readFileSync } from 'node:fs';
import { checkParity } from '../../src/lib/i18n/parity.ts';
import type { ContentProblem } from './types.ts';

/** content/ui/ko.json must have exactly the keys of content/ui/en.json, the reference set. */
export function checkUiStrings(root: string): ContentProblem[] {
  const load = (name: string) => JSON.parse(readFileSync(`${root}/content/ui/${name}.json`, 'utf8')) as Record<string, unknown>;
  return checkParity(load('en'), load('ko'), 'ko.json').map((p) => ({
    file: 'content/ui/ko.json',
    severity: 'error' as const,
    message: p.message,
  }));
}
