// Readers see a reference file as the upstream project, tag and path, never this repository's copy.
import { expect, it } from 'vitest';
import { upstreamFile } from '../../src/lib/catalog/command-view';

it.each([
  ['content/plugin-reference/buildx-v0.36.1/buildx_build.md', 'docker/buildx v0.36.1, docs/reference/buildx_build.md'],
  ['content/plugin-reference/compose-v5.5.0/docker_compose_up.yaml', 'docker/compose v5.5.0, docs/reference/docker_compose_up.yaml'],
  ['content/plugin-reference/buildx-v0.36.1/', 'docker/buildx v0.36.1, docs/reference/'],
  ['content/cli-reference/docker-29.7.2/', 'docker/cli v29.7.2, docs/reference/commandline/'],
  ['content/cli-reference/docker-29.7.2/container_run.md', 'docker/cli v29.7.2, docs/reference/commandline/container_run.md'],
  // Anything else is left as it is rather than guessed.
  ['content/cli-help/docker-28.2.2/run.txt', 'content/cli-help/docker-28.2.2/run.txt'],
  ['', ''],
])('%s', (path, shown) => {
  expect(upstreamFile(path)).toBe(shown);
});
