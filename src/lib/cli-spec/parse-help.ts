import { commandSlug } from '../routes.ts';
import { parseAliases } from './parse-aliases.ts';
import { parseOptions } from './parse-options.ts';
import { isCommandSection, parseSubcommands } from './parse-subcommands.ts';
import { parseUsage } from './parse-usage.ts';
import type { CommandSpec } from './schema.ts';
import { HelpParseError, splitSections } from './split-sections.ts';

/** Section headings the Docker CLI 28.2.2 help template prints; anything else means the template changed. */
const KNOWN_SECTIONS = new Set(['Aliases', 'Examples', 'EXPERIMENTAL', 'Options', 'Global Options']);

/**
 * Parses one `docker ... --help` text (as captured in content/cli-help/) into a CommandSpec.
 * Pure: no file access, so it runs under Node, Vite and in the browser.
 */
export function parseHelp(text: string): CommandSpec {
  const blocks = splitSections(text);
  for (const s of blocks.sections) {
    if (!KNOWN_SECTIONS.has(s.heading) && !isCommandSection(s.heading)) {
      throw new HelpParseError(`unknown section "${s.heading}:"; the help template changed, so teach parse-help.ts this section`, s.line);
    }
  }
  const usage = blocks.usage.map((u, k) => {
    try {
      return parseUsage(u);
    } catch (e) {
      throw new HelpParseError((e as Error).message, k);
    }
  });
  const first = usage[0];
  if (!first) throw new HelpParseError('no usage form', 0);
  const path = first.path.slice(1);
  const aliasSection = blocks.sections.find((s) => s.heading === 'Aliases');
  const aliases = aliasSection ? parseAliases(aliasSection) : [];
  if (aliases.length > 0 && !aliases.some((a) => a.join(' ') === path.join(' '))) {
    throw new HelpParseError(`the usage path "${path.join(' ')}" is not among the aliases ${JSON.stringify(aliases.map((a) => a.join(' ')))}`, aliasSection?.line ?? 0);
  }
  const canonicalPath = aliases[0] ?? path;
  const subcommands = blocks.sections.filter((s) => isCommandSection(s.heading)).flatMap(parseSubcommands);
  const optionSections = blocks.sections.filter((s) => s.heading === 'Options' || s.heading === 'Global Options');
  const examples = blocks.sections.find((s) => s.heading === 'Examples');
  const { summary, longDescription } = splitDescription(blocks.description);
  return {
    path,
    canonicalPath,
    slug: commandSlug(canonicalPath),
    aliases,
    summary,
    longDescription,
    usage,
    isGroup: subcommands.length > 0,
    subcommands,
    options: optionSections.flatMap(parseOptions),
    examples: examples ? examples.lines.join('\n') : null,
    experimental: blocks.sections.some((s) => s.heading === 'EXPERIMENTAL'),
  };
}

/**
 * The template prints the command's Long text when it has one, else its Short. The first
 * paragraph is the summary (its lines joined with a space); the rest is kept as printed.
 */
function splitDescription(lines: readonly string[]): { summary: string; longDescription: string | null } {
  const blank = lines.indexOf('');
  const head = blank < 0 ? lines : lines.slice(0, blank);
  const rest = blank < 0 ? [] : lines.slice(blank + 1);
  while (rest.length > 0 && rest[0] === '') rest.shift();
  return { summary: head.map((l) => l.trim()).join(' '), longDescription: rest.length > 0 ? rest.join('\n') : null };
}
