import type { Message } from '../i18n/messages.ts';

/** One problem found in a Dockerfile: where, how bad, a stable code, what is wrong and how to fix it. */
export interface DockerfileProblem {
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  severity: 'error' | 'warning';
  /**
   * Stable kebab-case code. Our own rules use the codes in `RULE_CODES`; problems found by
   * dockerfile-utils use its ValidationCode name in kebab case (`argument-requires-at-least-two`).
   */
  code: string;
  /** English message: what is wrong and how to fix it. */
  message: string;
  /** The same message as data: its key in content/messages (`dockerfile.*`, `dockerfile.utils.*` for dockerfile-utils' codes) and its values (`say` gives its words in a language). */
  text: Message;
  /** Replacement text for the reported instruction or argument, when one can be worked out. */
  suggestion?: string;
  /** Which checker found it. */
  source: 'dockref' | 'dockerfile-utils';
}

/** Codes reported by our own rules (src/lib/dockerfile/rules.ts); tests pin each one. */
export const RULE_CODES = [
  'unknown-instruction',
  'exec-form-invalid-json',
  'exec-form-missing-comma',
  'exec-form-not-strings',
  'copy-missing-destination',
  'env-legacy-form',
  'json-args-recommended',
  'cmd-ignored-by-shell-entrypoint',
  'exec-form-variable',
  'apt-get-missing-yes',
  'apt-get-update-alone',
  'consecutive-run-install',
  'package-install-as-non-root',
  'run-cd-no-effect',
  'likely-typo',
  'common-misspelling',
  'from-latest',
  'copy-from-unknown-stage',
  'add-prefer-copy',
  'unknown-run-flag',
  'unknown-mount-type',
  'mount-missing-target',
  'continuation-joins-words',
  'heredoc-unterminated',
  'invisible-character',
  'typographic-dash',
  'too-many-problems',
  'instruction-too-long',
] as const;
export type RuleCode = (typeof RULE_CODES)[number];
