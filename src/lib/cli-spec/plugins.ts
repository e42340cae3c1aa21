// The plugin references the site reads instead of `--help` (issue #13): the versions that shipped
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
