// A flag's value type, as a function rather than a component: every option row of every command
// page has one, and a component instance costs Astro far more to render than the string it
// produces. The markup is built with Astro's own escaping and attribute functions, so it is byte for
// byte what the component wrote (compare-dist checks a whole build).
import { addAttribute, escapeHTML, markHTMLString } from 'astro/runtime/server/index.js';
import { isLabelledValueType } from '../../lib/catalog/value-types';
import type { Locale } from '../../lib/i18n/locales';
import { useTranslations } from '../../lib/i18n/ui';

/**
 * The UI string's label where there is one (`valueType.string`, `valueType.duration` in Korean),
 * the type name as code otherwise. `data-type` keeps the CLI's own name for tests and readers of
 * the markup. Use it as `{valueType(type, lang)}`.
 */
export function valueType(type: string, lang: Locale, cls?: string): ReturnType<typeof markHTMLString> {
  const label = isLabelledValueType(type) ? useTranslations(lang)(`valueType.${type}`) : type;
  const attrs = `${addAttribute(cls, 'class')}${addAttribute(type, 'data-type')}`;
  return markHTMLString(label === type ? `<code${attrs}>${escapeHTML(type)}</code>` : `<span${attrs}${addAttribute(type, 'title')}>${escapeHTML(label)}</span>`);
}
