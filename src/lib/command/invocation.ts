// The validator's parse result types, in a module of their own so the checks that read them
// (client-checks.ts, validate.ts) and the walk that builds them (parse.ts) do not import each other.
import type { CommandIndex, CommandNode, FlagInfo } from './command-index.ts';
import type { Diagnostic } from './diagnostic.ts';
import type { Message } from '../i18n/messages.ts';
import type { ValidatorData } from './enum-warnings.ts';
import type { ShellWord } from '../shell/tokenize.ts';

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

/** One positional argument, named from the resolved command's usage line. */
export interface Positional {
  word: ShellWord;
  /** The usage element it fills: `IMAGE`, `COMMAND`, `ARG`, `CONTAINER:SRC_PATH`; null past the usage line. */
  name: string | null;
  /** `container-command`: the container's own command or one of its arguments (after the image). */
  role: 'argument' | 'container-command';
}

/** One docker invocation as cobra and pflag read it. */
export interface ParsedInvocation extends Invocation {
  /**
   * `command`: a runnable command; `group`: the root or a group with no (or an unknown) subcommand
   * word; `help`: cobra's `docker help …`; `unknown-command`: a word that names no subcommand;
   * `unknown-program`: a typo for `docker` itself (`dokcer ps`).
   */
  kind: 'command' | 'group' | 'help' | 'unknown-command' | 'unknown-program';
  /** The program word (`docker`, `/usr/bin/docker`). */
  program: ShellWord;
  /** The command words as typed (`run`, or `container ls`): their text is the alias form used. */
  pathWords: ShellWord[];
  /** Options before the command words: the CLI's global options (documented on the root page). */
  globalFlags: ParsedFlag[];
  /** Flags parsed at the command's own level. */
  ownFlags: ParsedFlag[];
  /** Each positional argument named from the usage line. */
  positionals: Positional[];
  /** The container's own command and arguments (`docker run IMAGE COMMAND ARG…`), if any. */
  containerCommand: { start: number; end: number; words: ShellWord[] } | null;
  /** Flags the command does not have (at its own level), with the value word taken for them. */
  unknownFlags: UnknownFlag[];
  /** Errors the parse itself raised (unknown flags and commands, missing values). */
  parseErrors: number;
  /** `--help` (or `-h`) was given: the CLI prints the help and checks nothing more. */
  help: boolean;
  /** The word naming the command is a shell expansion (`docker $CMD`): what runs cannot be known. */
  dynamicWord?: ShellWord;
}

/** A shell command that is not a docker invocation (`ls -la`, `grep x`): not checked. */
export interface UncheckedCommand {
  kind: 'other';
  start: number;
  end: number;
  text: string;
  /** A docker command whose command word is a shell expansion (that word as written). */
  dynamic?: string;
}

/** A flag the command does not have, and the word that is most likely its value (`--memroy 512m`). */
export interface UnknownFlag {
  word: ShellWord;
  valueWord: ShellWord | null;
}

export interface ValidationResult {
  input: string;
  /** No error, and the line was checked (a line with no docker command is never valid). */
  valid: boolean;
  /** A docker command was found and checked; false for `ls -la`, an empty or over-long line. */
  checked: boolean;
  /** Why the line was not checked (when `checked` is false). */
  reason?: Message;
  /** The whole line with every (non-overlapping) fix applied, once per line. */
  fixed?: string;
  /** Canonical path of the first docker invocation; null when none resolved. */
  command: string | null;
  diagnostics: Diagnostic[];
  /** Each docker invocation as parsed (parse.ts), in order. */
  invocations: ParsedInvocation[];
  /** Parts of the line that are not docker invocations (`grep`, `cat x |`): not checked. */
  unchecked: Array<{ start: number; end: number; text: string }>;
}

export interface ValidatorContext {
  index: CommandIndex;
  data: ValidatorData;
}

