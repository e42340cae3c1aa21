/**
 * Value types the Docker CLI and plugin references print beside a flag (`string`, `stringArray`,
 * `duration`, …) that have a label in the UI strings (`valueType.<type>`), so a Korean page says
 * the Korean words for string and boolean instead of the Go type name. A type not listed (`ulimit`, `pem-file`) is a
 * format name of its own and is shown as code.
 */
export const LABELLED_VALUE_TYPES = [
  'string', 'strings', 'stringArray', 'stringSlice', 'stringToString', 'list', 'map', 'filter',
  'int', 'uint', 'uint16', 'uint32', 'decimal', 'float', 'duration', 'bytes', 'port', 'network', 'mount', 'command',
] as const;

export type LabelledValueType = (typeof LABELLED_VALUE_TYPES)[number];

export function isLabelledValueType(type: string): type is LabelledValueType {
  return (LABELLED_VALUE_TYPES as readonly string[]).includes(type);
}
