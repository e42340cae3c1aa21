/**
 * Splits one `docker ... --help` text into its blocks. The Docker CLI's help template
 * (docker/cli, cli/cobra.go) prints, separated by blank lines: the `Usage:` line(s), the
 * description, then sections introduced by a heading line ending in `:` at column 0
 * (`Aliases:`, `Examples:`, `Options:`, `Global Options:`, `Common Commands:`, `Commands:`, ...),
 * and for groups a closing `Run '... COMMAND --help' ...` note.
 */

export interface HelpSection {
  /** Heading without the colon: `Options`, `Management Commands`. */
  heading: string;
  /** The lines under the heading, up to the next heading or trailer (trailing blank lines dropped). */
  lines: string[];
  /** 0-based line number of the heading in the help text, for error messages. */
  line: number;
}

export interface HelpBlocks {
  /** The usage forms as printed after `Usage:` (one string per line, leading whitespace removed). */
  usage: string[];
  /** The description lines between the usage and the first section (blank lines kept). */
  description: string[];
  sections: HelpSection[];
  /** Lines after the last section that are not part of it (`Run 'docker COMMAND --help' ...`). */
  trailer: string[];
}

/** Thrown when a help text does not have the shape the Docker CLI template prints. */
export class HelpParseError extends Error {
  constructor(
    message: string,
    /** 0-based line in the help text. */
    readonly line: number,
  ) {
    super(`line ${line + 1}: ${message}`);
  }
}

// A section heading: words at column 0 ending with a colon and nothing after it.
const HEADING = /^([A-Z][A-Za-z ]*):$/;
// The closing note of group and root helps.
const TRAILER = /^(Run '|For more help on how to use Docker)/;

export function splitSections(text: string): HelpBlocks {
  const lines = text.replace(/\n$/, '').split('\n');
  const first = lines[0] ?? '';
  const m = /^Usage:\s+(.*)$/.exec(first);
  if (!m) throw new HelpParseError(`expected the help to start with "Usage:", found ${JSON.stringify(first)}; is this a \`docker ... --help\` capture?`, 0);
  const usage = [m[1] ?? ''];
  let i = 1;
  // Further usage forms are indented (docker cp's second form starts with a tab).
  for (; i < lines.length && /^\s+\S/.test(lines[i] ?? ''); i++) usage.push((lines[i] ?? '').trim());
  const description: string[] = [];
  const sections: HelpSection[] = [];
  const trailer: string[] = [];
  let current: HelpSection | null = null;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const h = HEADING.exec(line);
    if (h && (sections.length > 0 || current !== null || isKnownHeading(h[1] ?? ''))) {
      if (current) sections.push(finish(current));
      current = { heading: h[1] ?? '', lines: [], line: i };
      continue;
    }
    if (TRAILER.test(line)) {
      if (current) sections.push(finish(current));
      current = null;
      trailer.push(...lines.slice(i));
      break;
    }
    if (current) current.lines.push(line);
    else description.push(line);
  }
  if (current) sections.push(finish(current));
  while (description.length > 0 && description[0] === '') description.shift();
  while (description.length > 0 && description[description.length - 1] === '') description.pop();
  return { usage, description, sections, trailer };
}

// Inside a long description a line like `Note:` could look like a heading; only these start the
// first section (later headings follow each other and are taken as they come).
function isKnownHeading(h: string): boolean {
  return ['Aliases', 'Examples', 'EXPERIMENTAL', 'Options', 'Global Options', 'Commands'].includes(h) || h.endsWith(' Commands');
}

function finish(s: HelpSection): HelpSection {
  const lines = [...s.lines];
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return { ...s, lines };
}
