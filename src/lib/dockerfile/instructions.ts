/**
 * The Dockerfile instructions this site documents, in the order the reference lists them (the
 * order of the study notes' chapter 5: building, running, then environment and files).
 * https://docs.docker.com/reference/dockerfile/
 */
export const INSTRUCTIONS = [
  'FROM',
  'RUN',
  'CMD',
  'ENTRYPOINT',
  'ONBUILD',
  'STOPSIGNAL',
  'HEALTHCHECK',
  'ENV',
  'WORKDIR',
  'COPY',
  'ADD',
  'EXPOSE',
  'ARG',
  'LABEL',
  'USER',
  'VOLUME',
  'SHELL',
] as const;
export type Instruction = (typeof INSTRUCTIONS)[number];

/** Instructions the builder still accepts but the site does not document (deprecated). */
export const DEPRECATED_INSTRUCTIONS = ['MAINTAINER'] as const;

/** Every keyword the builder knows; anything else at the start of an instruction is an error. */
export const KNOWN_KEYWORDS: readonly string[] = [...INSTRUCTIONS, ...DEPRECATED_INSTRUCTIONS];

export function isInstruction(word: string): word is Instruction {
  return (INSTRUCTIONS as readonly string[]).includes(word);
}

/** URL slug of an instruction page: lower case (`/ko/dockerfile/from/`). */
export function instructionSlug(instruction: Instruction): string {
  return instruction.toLowerCase();
}

/** The instruction whose slug this is, or undefined. */
export function instructionFromSlug(slug: string): Instruction | undefined {
  const upper = slug.toUpperCase();
  return isInstruction(upper) ? upper : undefined;
}

/**
 * Instructions whose arguments may be a JSON array (the exec form). When such an argument starts
 * with `[` but is not valid JSON, the builder does not complain: it quietly treats the whole text
 * as the shell form (or as whitespace-separated paths), which is why our checker reports it.
 */
export const JSON_FORM_INSTRUCTIONS: readonly string[] = ['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'VOLUME', 'COPY', 'ADD'];

/** Flags each instruction accepts (BuildKit's Dockerfile frontend, syntax 1.x stable channel). */
export const INSTRUCTION_FLAGS: Readonly<Record<string, readonly string[]>> = {
  FROM: ['platform'],
  RUN: ['mount', 'network', 'security'],
  COPY: ['from', 'chown', 'chmod', 'link', 'parents', 'exclude'],
  ADD: ['chown', 'chmod', 'link', 'checksum', 'keep-git-dir', 'exclude'],
  HEALTHCHECK: ['interval', 'timeout', 'start-period', 'start-interval', 'retries'],
};

/** `RUN --mount=type=...` values. */
export const MOUNT_TYPES = ['bind', 'cache', 'tmpfs', 'secret', 'ssh'] as const;
