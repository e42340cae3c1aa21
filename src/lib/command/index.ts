// The validator with the project's data loaded: the CLI spec (src/generated/cli-spec.json), the
// measured CLI facts and the validator's own data (content/validator/). Plain JSON imports, so it
// works under Node (tsx, vitest), Vite/Astro and in the browser.
import factsJson from '../../../content/validator/cli-facts.json';
import dataJson from '../../../content/validator/validator-data.json';
import { cliSpec } from '../cli-spec/index.ts';
import type { CliFacts } from './cli-facts.ts';
import type { ValidatorData } from './enum-warnings.ts';
import { parseCommandLine, type ParsedLine } from './parse.ts';
import { createValidatorContext, validateLine, type ValidationResult, type ValidatorContext } from './validate.ts';

export type { Diagnostic, Severity } from './diagnostic.ts';
export type { ValidationResult, Invocation } from './validate.ts';
export type { ParsedLine, ParsedInvocation, Positional, UnknownFlag, UncheckedCommand } from './parse.ts';

let ctx: ValidatorContext | null = null;

/** The shared validator context, built on first use. */
export function defaultValidatorContext(): ValidatorContext {
  ctx ??= createValidatorContext(cliSpec, factsJson as unknown as CliFacts, dataJson as unknown as ValidatorData);
  return ctx;
}

/** Checks one command line (a `\`-newline continuation may join several physical lines). */
export function validateCommandLine(line: string, limits?: { maxLength?: number }): ValidationResult {
  return validateLine(defaultValidatorContext(), line, limits);
}

/** Parses one command line without checking values (parse.ts): spans for every token. */
export function parseCommand(line: string): ParsedLine {
  return parseCommandLine(defaultValidatorContext(), line);
}
