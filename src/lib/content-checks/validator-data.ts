// content/validator/*.json against their zod schemas (src/lib/command/data-schema.ts): a broken
// fact file is named with the field that is wrong, before the validator reads it.
import type { z } from 'zod';
import { CliFactsSchema, ValidatorDataSchema, ValueRejectionsSchema } from '../command/data-schema.ts';
import type { Registry } from '../content/registry.ts';
import type { ContentProblem } from '../content/problem.ts';

const FILES: Array<[string, z.ZodType]> = [
  ['content/validator/cli-facts.json', CliFactsSchema],
  ['content/validator/validator-data.json', ValidatorDataSchema],
  ['content/validator/value-rejections.json', ValueRejectionsSchema],
];

export function checkValidatorData(reg: Registry): ContentProblem[] {
  const problems = FILES.flatMap(([file, schema]): ContentProblem[] => {
    let data: unknown;
    try {
      const text = reg.file(file)?.text;
      if (text === undefined) throw new Error('the file is missing');
      data = JSON.parse(text);
    } catch (e) {
      return [{ file, severity: 'error', message: `cannot read it as JSON: ${(e as Error).message}; regenerate it with npx tsx scripts/judge/probe-cli.ts` }];
    }
    const r = schema.safeParse(data);
    return r.success ? [] : r.error.issues.slice(0, 20).map((i) => ({ file, severity: 'error' as const, message: `${i.path.join('.') || '(top level)'}: ${i.message}` }));
  });
  return [...problems, ...reg.dataProblems];
}
