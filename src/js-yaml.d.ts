// The part of js-yaml 4 (which ships no types) that src/lib/catalog/yaml-tree.ts uses.
declare module 'js-yaml' {
  export interface Schema {
    readonly __schema: unique symbol;
  }
  export const CORE_SCHEMA: Schema;

  /** The loader's state as the listener sees it when a node opens or closes. */
  export interface LoaderState {
    /** Offset in the input (after a byte order mark, which the loader drops). */
    position: number;
    kind: 'scalar' | 'mapping' | 'sequence' | null;
    result: unknown;
  }

  export interface LoadOptions {
    schema?: Schema;
    filename?: string;
    json?: boolean;
    listener?: (event: 'open' | 'close', state: LoaderState) => void;
  }

  export function load(text: string, options?: LoadOptions): unknown;

  export class YAMLException extends Error {
    reason: string;
    mark?: { position: number; line: number; column: number };
  }
}
