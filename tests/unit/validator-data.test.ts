// The validator's data files match their zod schemas and the validator's types, and every value
// error the probe saw the binary report is one the validator knows the CLI checks.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CliFacts } from '../../src/lib/command/cli-facts';
import { CliFactsSchema, ValidatorDataSchema, ValueRejectionsSchema } from '../../src/lib/command/data-schema';
import type { ValidatorData } from '../../src/lib/command/enum-warnings';

const read = (f: string) => JSON.parse(readFileSync(`content/validator/${f}`, 'utf8')) as unknown;

describe('content/validator', () => {
  it('cli-facts.json matches its schema and type', () => {
    const facts: CliFacts = CliFactsSchema.parse(read('cli-facts.json'));
    expect(Object.keys(facts.commands).length).toBeGreaterThan(100);
  });
  it('validator-data.json matches its schema and type', () => {
    const data: ValidatorData = ValidatorDataSchema.parse(read('validator-data.json')) as ValidatorData;
    expect(data.logLevels).toContain('debug');
  });
  it('every value rejection the probe recorded is a checked value in cli-facts.json', () => {
    const facts = CliFactsSchema.parse(read('cli-facts.json'));
    const { rejections } = ValueRejectionsSchema.parse(read('value-rejections.json'));
    expect(rejections.length).toBeGreaterThan(20);
    const missing = rejections.filter((r) => !facts.commands[r.command]?.checkedValues?.[r.flag]).map((r) => `${r.command} --${r.flag}`);
    expect(missing).toEqual([]);
  });
  it('a malformed file is rejected with the field named', () => {
    const r = CliFactsSchema.safeParse({ generatedBy: 'x', dockerVersion: '28.2.2', commands: { 'container run': { interspersed: 'no' } } });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path.join('.')).toBe('commands.container run.interspersed');
  });
});
