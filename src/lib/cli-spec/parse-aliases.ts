import { HelpParseError, type HelpSection } from './split-sections.ts';

/**
 * Reads the `Aliases:` section (`  docker container ls, docker container list, docker ps`) into
 * command paths without `docker`. The first form is the canonical one (DESIGN.md, "URLs").
 */
export function parseAliases(section: HelpSection): string[][] {
  const text = section.lines.map((l) => l.trim()).filter((l) => l !== '').join(' ');
  if (text === '') throw new HelpParseError('the Aliases: section is empty', section.line);
  return text.split(',').map((form, k) => {
    const words = form.trim().split(/\s+/);
    if (words[0] !== 'docker' || words.length < 2 || !words.slice(1).every((w) => /^[a-z][a-z0-9-]*$/.test(w))) {
      throw new HelpParseError(`alias ${k + 1} ${JSON.stringify(form.trim())} is not of the form "docker <command words>"`, section.line + 1);
    }
    return words.slice(1);
  });
}
