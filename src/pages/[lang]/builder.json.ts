// /{lang}/builder.json: what the command builder (src/islands/command-builder.ts) needs once it
// runs and no reader needs before: its UI strings in the page's language, keyed by UI key (the
// whole form's: the page has only the builder's heading and fold; value type names included, so
// a Korean page names the type in Korean) and the compact release facts of every
// command (src/lib/releases/gate.ts; the builder uses its own command's). Fetched with the
// command's spec slice when the builder nears the viewport, so command pages do not carry it.
import type { APIRoute } from 'astro';
import { FIELD_HINTS } from '../../lib/explain/builder';
import { LABELLED_VALUE_TYPES } from '../../lib/catalog/value-types';
import { LOCALES, toLocale } from '../../lib/i18n/locales';
import { uiStrings, type UiKey } from '../../lib/i18n/ui';
import { compactReleaseFacts } from '../../lib/releases/gate';

export function getStaticPaths() {
  return LOCALES.map((lang) => ({ params: { lang } }));
}

/** The UI keys the builder reads from this file (what it says before it arrives is in its data-i18n). */
const BUILDER_DATA_KEYS = [
  'builder.args',
  'builder.optional',
  'builder.several',
  'builder.common',
  'builder.more',
  'builder.search',
  'builder.preview',
  'explain.release',
  'explain.releaseNewest',
  'builder.loading',
  'builder.copy',
  'builder.explain',
  'builder.add',
  'explain.valid',
  'explain.invalid',
  'explain.warnings',
  'copy.done',
  'copy.failed',
  ...FIELD_HINTS.map((h) => `builder.hint.${h}` as const),
  ...LABELLED_VALUE_TYPES.map((t) => `valueType.${t}` as const),
] satisfies UiKey[];

export interface BuilderData {
  /** Keyed by UI key, as an island's data-i18n is; `{count}` and `{release}` left for the builder to fill. */
  labels: Record<(typeof BUILDER_DATA_KEYS)[number], string>;
  facts: ReturnType<typeof compactReleaseFacts>;
}

export const GET: APIRoute = ({ params }) => {
  const data: BuilderData = { labels: uiStrings(toLocale(params.lang), BUILDER_DATA_KEYS), facts: compactReleaseFacts() };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
