// /{lang}/spec.json: the spec index (every command path and alias, global and group options, the
// facts the walk needs); see src/lib/explain/spec-slices.ts. The explain page and the builder fetch it with the validator.
import type { APIRoute } from 'astro';
import { LOCALES, type Locale } from '../../lib/i18n/locales';
import { specIndex } from '../../data/spec-slices';

export function getStaticPaths() {
  return LOCALES.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = ({ params }) => new Response(JSON.stringify(specIndex(params.lang as Locale)), { headers: { 'Content-Type': 'application/json' } });
