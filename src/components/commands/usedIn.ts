// The guide sections whose examples use a command ("used in guides" on its command page and, when
// long, on its examples page: src/lib/catalog/option-pages.ts USED_IN_ON_PAGE).
import { guidesUsing, listGuides } from '../../data/content';
import { guideHref } from '../../lib/routes';
import type { Locale } from '../../lib/i18n/locales';

export interface UsedIn {
  href: string;
  label: string;
}

/** Each section, in the guides' order: "Guide › Section". */
export function usedInSections(slug: string, lang: Locale): UsedIn[] {
  const guideTitles = new Map(listGuides(lang).map((g) => [g.chapter, g]));
  return guidesUsing(slug, lang).map((u) => {
    const g = guideTitles.get(u.chapter);
    const section = g?.sections.find((s) => s.anchor === u.section);
    return { href: guideHref(lang, u.chapter, u.section), label: [g?.title ?? u.chapter, section?.title].filter(Boolean).join(' › ') };
  });
}

/** Each guide once, in the same order. */
export function usedInGuides(slug: string, lang: Locale): UsedIn[] {
  const guideTitles = new Map(listGuides(lang).map((g) => [g.chapter, g]));
  return [...new Set(guidesUsing(slug, lang).map((u) => u.chapter))].map((chapter) => ({ href: guideHref(lang, chapter), label: guideTitles.get(chapter)?.title ?? chapter }));
}
