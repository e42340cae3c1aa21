// /{lang}/builder.json: what the command builder (src/islands/command-builder.ts) needs once it
// runs and no reader needs before: its UI strings in the page's language (the whole form's: the
// page has only the builder's heading and fold) (value type names
// included, so a Korean page names the type in Korean) and the compact release facts of every
// command (src/lib/releases/gate.ts; the builder uses its own command's). Fetched with the
// command's spec slice when the builder nears the viewport, so command pages do not carry it.
import type { APIRoute } from 'astro';
import { FIELD_HINTS } from '../../lib/explain/builder';
import { LABELLED_VALUE_TYPES } from '../../lib/catalog/value-types';
import { LOCALES, type Locale } from '../../lib/i18n/locales';
import { useTranslations } from '../../lib/i18n/ui';
import { compactReleaseFacts } from '../../lib/releases/gate';

export function getStaticPaths() {
  return LOCALES.map((lang) => ({ params: { lang } }));
}

export interface BuilderData {
  labels: Record<string, string>;
  facts: ReturnType<typeof compactReleaseFacts>;
}

export const GET: APIRoute = ({ params }) => {
  const tr = useTranslations(params.lang as Locale);
  const labels: Record<string, string> = {
    args: tr('builder.args'),
    optional: tr('builder.optional'),
    several: tr('builder.several'),
    common: tr('builder.common'),
    more: tr('builder.more', { count: '{count}' }),
    search: tr('builder.search'),
    preview: tr('builder.preview'),
    release: tr('explain.release'),
    releaseNewest: tr('explain.releaseNewest', { release: '{release}' }),
    loading: tr('builder.loading'),
    copy: tr('builder.copy'),
    explain: tr('builder.explain'),
    add: tr('builder.add'),
    valid: tr('explain.valid'),
    invalid: tr('explain.invalid'),
    warnings: tr('explain.warnings'),
    loadFailed: tr('explain.loadFailed'),
    copied: tr('copy.done'),
    copyFailed: tr('copy.failed'),
    ...Object.fromEntries(FIELD_HINTS.map((h) => [`hint.${h}`, tr(`builder.hint.${h}`)])),
    ...Object.fromEntries(LABELLED_VALUE_TYPES.map((t) => [`type.${t}`, tr(`valueType.${t}`)])),
  };
  const data: BuilderData = { labels, facts: compactReleaseFacts() };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
