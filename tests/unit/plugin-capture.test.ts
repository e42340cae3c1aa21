// The plugin half of capture-help / check:cli: without the plugin it says so; with it,
// the live help is compared with the reference flag by flag. A fake `--help` runner stands in for
// docker, since the machines here have no plugins.
import { describe, expect, it } from 'vitest';
import { capturePlugin, checkPlugins, compareWithReference, isOwnHelp } from '../../scripts/capture-plugins.ts';
import { pluginSpecs } from '../../src/lib/cli-spec/index.ts';

const compose = pluginSpecs.find((p) => p.name === 'compose')!;

describe('plugin capture', () => {
  it('says the plugin is not installed when docker prints no help for it', async () => {
    const r = await checkPlugins(async () => null);
    expect(r.drift).toBe(false);
    expect(r.lines).toEqual([
      'plugins: docker buildx --help did not print the plugin\'s help (the buildx plugin is not installed here); its pages and checks come from the buildx v0.24.0 reference (content/plugin-reference/).',
      'plugins: docker compose --help did not print the plugin\'s help (the compose plugin is not installed here); its pages and checks come from the compose v2.36.2 reference (content/plugin-reference/).',
    ]);
  });

  it.each([
    ['docker compose up [OPTIONS] [SERVICE...]', ['compose', 'up'], true],
    ['docker buildx [OPTIONS] COMMAND', ['buildx'], true],
    // Without the plugin, `docker buildx --help` prints the root help.
    ['docker [OPTIONS] COMMAND', ['buildx'], false],
  ] as const)('%s is the help of %j: %s', (usage, path, own) => {
    expect(isOwnHelp(usage, path)).toBe(own);
  });

  it('walks the help of a plugin and its commands', async () => {
    const texts: Record<string, string> = {
      compose: 'Usage:  docker compose [OPTIONS] COMMAND\n\nDefine and run multi-container applications with Docker\n\nOptions:\n  -f, --file stringArray   Compose configuration files\n\nCommands:\n  up          Create and start containers\n',
      'compose up': 'Usage:  docker compose up [OPTIONS] [SERVICE...]\n\nCreate and start containers\n\nOptions:\n  -d, --detach   Detached mode: Run containers in the background\n',
    };
    const cap = await capturePlugin('compose', async (p) => texts[p.join(' ')] ?? null);
    expect(cap.commands?.map((c) => [c.path.join(' '), c.options.map((o) => o.long)])).toEqual([
      ['compose', ['file']],
      ['compose up', ['detach']],
    ]);
  });

  it('compares live commands with the reference: commands, flags, shorthands, types', () => {
    const live = structuredClone([compose.root, ...compose.commands].filter((c) => !c.hidden)).map((c) => ({ ...c, options: c.options.filter((o) => !o.hidden) }));
    expect(compareWithReference(live, compose)).toEqual([]);
    const up = live.find((c) => c.slug === 'compose-up')!;
    up.options = up.options.filter((o) => o.long !== 'wait');
    up.options.find((o) => o.long === 'timeout')!.valueType = 'duration';
    up.options.find((o) => o.long === 'detach')!.short = null;
    up.options.push({ long: 'new-flag', short: null, valueType: null, default: null, description: '', windowsOnly: false, experimental: false, deprecated: false });
    live.push({ ...up, path: ['compose', 'bridge'], slug: 'compose-bridge' });
    expect(compareWithReference(live, compose)).toEqual([
      '+ command docker compose bridge (in the live help, not in the compose v2.36.2 reference)',
      '+ docker compose up --new-flag',
      '- docker compose up --wait',
      '~ docker compose up --detach: shorthand "d" -> null',
      '~ docker compose up --timeout: type "int" -> "duration"',
    ]);
  });
});
