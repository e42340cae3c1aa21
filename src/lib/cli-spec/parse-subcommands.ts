import type { SubcommandRef } from './schema.ts';
import { HelpParseError, type HelpSection } from './split-sections.ts';

/**
 * Reads a command list section (`Commands:`, `Management Commands:`, ...): one `  name  summary`
 * line per subcommand, as cobra's template pads them; summaries are never wrapped.
 */
export function parseSubcommands(section: HelpSection): SubcommandRef[] {
  return section.lines
    .map((line, k) => ({ line, at: section.line + 1 + k }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, at }) => {
      const m = /^ {2}([a-z][a-z0-9-]*)(?:\s+(.*))?$/.exec(line);
      if (!m) throw new HelpParseError(`expected "  name  summary" in the ${section.heading}: section, found ${JSON.stringify(line)}`, at);
      return { name: m[1] ?? '', summary: (m[2] ?? '').trim(), section: section.heading };
    });
}

/** True for a heading that lists subcommands: `Commands`, `Common Commands`, `Swarm Commands`, ... */
export function isCommandSection(heading: string): boolean {
  return heading === 'Commands' || heading.endsWith(' Commands');
}
