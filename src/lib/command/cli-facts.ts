// Behaviour of the real docker binary that its help text does not state, measured by
// scripts/judge/probe-cli.ts and committed as content/validator/cli-facts.json.

export interface HiddenFlag {
  long: string;
  short?: string | null;
  valueType: string | null;
  deprecated?: boolean;
}

export interface CommandFacts {
  /**
   * Flags are parsed after positional arguments too (pflag's interspersed mode). False for the
   * commands that stop at their first argument (`run`, `exec`, ...), whose later words belong to
   * the program they start.
   */
  interspersed: boolean;
  /** Fewest positional arguments the command accepts, as measured. */
  minArgs: number;
  /** Most positional arguments; null when unbounded (probed up to 5). */
  maxArgs: number | null;
  /** False when the facts come from the usage grammar, because the command may not be run (login, manifest, ...). */
  measured: boolean;
  /** Valued flags that also work bare (pflag NoOptDefVal). */
  noValueFlags?: string[];
  /** Flags the help text hides but the binary accepts (`--net` on `docker run`). */
  hiddenFlags?: HiddenFlag[];
  /** Flags whose value the CLI checks while parsing; the key is the long name, the value the kind of check. */
  checkedValues?: Record<string, string>;
  /** Of those, the flags the command's own code checks after parsing: only their last value counts. */
  checkedLastValue?: string[];
  /** The command refuses an empty first argument (`docker stop ''`: "value is empty"). */
  emptyArgRejected?: boolean;
  /** Flags whose parser refuses an empty value (`-e ''`: "invalid environment variable"). */
  emptyRejected?: string[];
}

export interface CliFacts {
  /** First line of the file says how it was made; kept as data too. */
  generatedBy: string;
  dockerVersion: string;
  /** Keyed by canonical path (`container run`). */
  commands: Record<string, CommandFacts>;
}
