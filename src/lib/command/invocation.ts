// The validator's parse result types, in a module of their own so the checks that read them
// (client-checks.ts, validate.ts) and the walk that builds them (parse.ts) do not import each other.
import type { CommandIndex, CommandNode, FlagInfo } from './command-index.ts';
import type { Diagnostic, LocalizedText } from './diagnostic.ts';
import type { ValidatorData } from './enum-warnings.ts';
import type { ShellWord } from './tokenize.ts';

export interface ParsedFlag {
  flag: FlagInfo;
  /** As written: `--name`, `-p` (inside a cluster too). */
  written: string;
  value: string;
  /** The word holding the flag, and the one holding its value (same word for `--name=v`). */
  word: ShellWord;
  valueWord: ShellWord;
  /** Offsets of the value text in the line. */
  valueStart: number;
  valueEnd: number;
  /** The command level it was parsed at: the root for global options, else the command (or a group on the way). */
  level: CommandNode;
}

export interface Invocation {
  /** Canonical path (`container run`), '' for bare `docker`, null when unresolved. */
  command: string | null;
  node: CommandNode | null;
  /** The path as typed (`docker ps`). */
  typed: string;
  flags: ParsedFlag[];
  args: ShellWord[];
  start: number;
  end: number;
}

export interface ValidationResult {
  input: string;
  /** No error, and the line was checked (a line with no docker command is never valid). */
  valid: boolean;
  /** A docker command was found and checked; false for `ls -la`, an empty or over-long line. */
  checked: boolean;
  /** Why the line was not checked (when `checked` is false). */
  reason?: LocalizedText;
  /** The whole line with every (non-overlapping) fix applied, once per line. */
  fixed?: string;
  /** Canonical path of the first docker invocation; null when none resolved. */
  command: string | null;
  diagnostics: Diagnostic[];
  invocations: Invocation[];
  /** Parts of the line that are not docker invocations (`grep`, `cat x |`): not checked. */
  unchecked: Array<{ start: number; end: number; text: string }>;
}

export interface ValidatorContext {
  index: CommandIndex;
  data: ValidatorData;
}

