/**
 * One content file as the registry reads it. A leaf of src/lib: the Node side (content/files.ts)
 * and the pages (src/data/content.ts, through Vite) make these, and every parser takes them.
 */
export interface SourceFile {
  /** Path relative to the repository root, with `/` separators: `content/guides/ko/images.mdx`. */
  path: string;
  text: string;
}
