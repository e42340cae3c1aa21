// The plugin references the site reads instead of `--help`: the versions that shipped
// alongside Docker Engine 28.2.2, copied into content/plugin-reference/ (see its SOURCE.md).

export interface PluginReference {
  /** The command word after `docker`. */
  name: 'buildx' | 'compose';
  kind: 'buildx-reference' | 'compose-reference';
  version: string;
  /** Folder under content/plugin-reference/. */
  dir: string;
  /** Upstream tag and commit the files were copied from. */
  tag: string;
  commit: string;
}

export const PLUGIN_REFERENCES: readonly PluginReference[] = [
  { name: 'buildx', kind: 'buildx-reference', version: '0.24.0', dir: 'buildx-v0.24.0', tag: 'v0.24.0', commit: 'd0e5e86c8b88ae4865040bc96917c338f4dd673c' },
  { name: 'compose', kind: 'compose-reference', version: '2.36.2', dir: 'compose-v2.36.2', tag: 'v2.36.2', commit: 'e45e58b3ecec43646594fe2410a2d91b2685de7b' },
];

export const PLUGIN_REFERENCE_ROOT = 'content/plugin-reference';

/**
 * The newest releases the pages document: docker/cli's generated reference (no usage
 * lines, so the captured 28.2.2 help stays the base of the spec) and the plugins' references.
 * Their flags that the base lacks are added to the spec (src/generated/newest-additions.json).
 */
export const NEWEST_DOCKER_REFERENCE = { version: '29.7.2', dir: 'content/cli-reference/docker-29.7.2', tag: 'v29.7.2', commit: 'a7dcaa6fdb6ed04aacbfdc76357fdae01605609e' } as const;

export const NEWEST_PLUGIN_REFERENCES: readonly PluginReference[] = [
  { name: 'buildx', kind: 'buildx-reference', version: '0.36.1', dir: 'buildx-v0.36.1', tag: 'v0.36.1', commit: '1d8dde89b8aba914e05e45366770736fea1fd690' },
  { name: 'compose', kind: 'compose-reference', version: '5.5.0', dir: 'compose-v5.5.0', tag: 'v5.5.0', commit: '870908cc8f07f5e90acdf5d34dd1b96a4fe51d16' },
];
