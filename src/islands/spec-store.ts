// The browser's validator context, assembled from the spec index and the command slices loaded so
// far (src/lib/explain/spec-slices.ts): the explain page and the builder load only what they check.
// Loaded slices are kept for the page's life, so a command checked once is checked again offline.
import type { ParsedLine } from '../lib/command/parse';
import { parseCommandLine } from '../lib/command/parse';
import { createValidatorContext, type ValidatorContext } from '../lib/command/validate';
import type { Locale } from '../lib/i18n/locales';
import { specIndexHref, specSliceHref } from '../lib/routes';
import { assembleSpec, missingSlices, type SpecIndex, type SpecSlice } from '../lib/explain/spec-slices';

export class SpecStore {
  readonly slices = new Map<string, SpecSlice>();
  private readonly pending = new Map<string, Promise<void>>();
  private ctx: ValidatorContext | null = null;
  private readonly english = new Set<string>();

  constructor(
    readonly index: SpecIndex,
    private readonly lang: Locale,
  ) {
    for (const long of index.english) this.english.add(`docker:${long}`);
  }

  context(): ValidatorContext {
    if (!this.ctx) {
      const { spec, facts } = assembleSpec(this.index, this.slices);
      this.ctx = createValidatorContext(spec, facts, this.index.data);
    }
    return this.ctx;
  }

  add(slice: SpecSlice): void {
    if (this.slices.has(slice.slug)) return;
    this.slices.set(slice.slug, slice);
    for (const long of slice.english) this.english.add(`${slice.slug}:${long}`);
    this.ctx = null;
  }

  isEnglish = (slug: string, long: string): boolean => this.english.has(`${slug}:${long}`);

  /** The slices a line needs that are not loaded yet. */
  missing(line: string): string[] {
    const parsed: ParsedLine = parseCommandLine(this.context(), line, () => {});
    return missingSlices(parsed, this.slices);
  }

  load(slug: string): Promise<void> {
    let p = this.pending.get(slug);
    if (!p) {
      p = fetch(specSliceHref(this.lang, slug))
        .then((r) => {
          if (!r.ok) throw new Error(`${r.status}`);
          return r.json() as Promise<SpecSlice>;
        })
        .then((s) => this.add(s))
        .catch((e: unknown) => {
          this.pending.delete(slug);
          throw e;
        });
      this.pending.set(slug, p);
    }
    return p;
  }
}

/** The index inlined in the page (`<script type="application/json" data-spec-index>`), else fetched. */
export async function loadSpecIndex(root: ParentNode, lang: Locale): Promise<SpecIndex> {
  const inline = root.querySelector('script[data-spec-index]');
  if (inline?.textContent) return JSON.parse(inline.textContent) as SpecIndex;
  const r = await fetch(specIndexHref(lang));
  return (await r.json()) as SpecIndex;
}
