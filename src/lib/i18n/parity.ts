import { placeholderNames } from './format.ts';

/**
 * UI-string parity: `en` is the reference key set (as in the Astro docs project); every other
 * language must have exactly the same keys, each a non-empty string, and use the same `{placeholders}`.
 */
export interface ParityProblem {
  key: string;
  problem: 'missing' | 'extra' | 'empty' | 'not-a-string' | 'placeholders';
  message: string;
}

// `{version|이/가}` is the placeholder `version` with a Korean particle chosen after it (format.ts).
// Compared as sets: a translation may name a value twice, or once where English names it twice.
const placeholders = (text: string): string[] => [...new Set(placeholderNames(text))];

export function checkParity(
  reference: Record<string, unknown>,
  translation: Record<string, unknown>,
  translationName: string,
  /**
   * `subset`: a translation may leave out a value the English names (a message whose Korean does
   * not repeat the instruction), but never name one the English lacks. `same` (UI strings): the
   * same placeholders.
   */
  placeholderRule: 'same' | 'subset' = 'same',
): ParityProblem[] {
  const problems: ParityProblem[] = [];
  for (const [key, refValue] of Object.entries(reference)) {
    if (!(key in translation)) {
      problems.push({
        key,
        problem: 'missing',
        message: `${translationName}: missing key "${key}" (add it with a translation of ${JSON.stringify(refValue)})`,
      });
      continue;
    }
    const value = translation[key];
    if (typeof value !== 'string') {
      problems.push({ key, problem: 'not-a-string', message: `${translationName}: "${key}" must be a string` });
    } else if (value.trim() === '') {
      problems.push({ key, problem: 'empty', message: `${translationName}: "${key}" is empty; translate it` });
    } else if (typeof refValue === 'string') {
      const ref = placeholders(refValue);
      const own = placeholders(value);
      const ok = placeholderRule === 'same' ? ref.join() === own.join() : own.every((p) => ref.includes(p));
      if (!ok) {
        problems.push({
          key,
          problem: 'placeholders',
          message:
            placeholderRule === 'same'
              ? `${translationName}: "${key}" must use the placeholders {${ref.join('}, {')}} like the reference`
              : `${translationName}: "${key}" uses {${own.filter((p) => !ref.includes(p)).join('}, {')}}, which the reference does not have (it has {${ref.join('}, {')}})`,
        });
      }
    }
  }
  for (const key of Object.keys(translation)) {
    if (!(key in reference)) {
      problems.push({
        key,
        problem: 'extra',
        message: `${translationName}: key "${key}" is not in the reference set (en.json); remove it or add it to en.json first`,
      });
    }
  }
  return problems;
}
