// Searching the task index (issue #11) with MiniSearch: both sides' words go through text.ts;
// words are combined with OR so a query of several words ranks the entries that match most of
// them; an exact command or alias (`docker ps`, `ps`, `container ls`) comes first, and a flag
// (`--rm`, `-p`) leads to the option rows that define it. No DOM here: the islands render.
import MiniSearch from 'minisearch';
import { editDistance } from '../text/edit-distance.ts';
import type { SearchDoc, SearchIndexData } from './build-index.ts';
import { indexTerms, normalizeText, queryTerms, type QueryTerm } from './text.ts';

export interface SearchHit {
  doc: SearchDoc;
  score: number;
  /** The task phrase (or example title) that matched best, for commands. */
  task?: string;
}

const FIELDS = ['n', 't', 'ta', 's', 'e', 'x'] as const;
const BOOST = { n: 3, t: 1, ta: 4, s: 2, e: 1.2, x: 0.6 };
const FLAG = /^-{1,2}[a-z0-9][a-z0-9-]*$/;
const HANGUL = /[\uac00-\ud7a3]/;

function fieldText(doc: SearchDoc, field: string): string {
  switch (field) {
    case 'ta':
      return (doc.ta ?? []).join(' . ');
    case 't':
      // An option row's title repeats its command's path; only the flag names it.
      return doc.k === 'o' ? (doc.f ?? []).join(' ') : doc.t;
    case 'e':
      return doc.e ? `${doc.e[1]} . ${doc.e[0]}` : '';
    default:
      return String((doc as unknown as Record<string, unknown>)[field] ?? '');
  }
}

export class TaskSearch {
  readonly docs: SearchDoc[];
  readonly paths: Record<string, number>;
  #ms: MiniSearch<SearchDoc>;
  #taskTerms = new Map<number, Array<[string, Set<string>]>>();

  constructor(data: SearchIndexData) {
    this.docs = data.docs;
    this.paths = data.paths;
    this.#ms = new MiniSearch<SearchDoc>({
      fields: [...FIELDS],
      extractField: fieldText,
      tokenize: indexTerms,
      processTerm: (t) => t,
    });
    this.#ms.addAll(this.docs);
  }

  /** The command named by the query itself: `docker ps -a`, `ps`, `container ls`, `docker run nginx`. */
  exactCommand(query: string): SearchDoc | undefined {
    const ws = normalizeText(query).trim().split(/\s+/).filter(Boolean);
    const docker = ws[0] === 'docker';
    const rest = (docker ? ws.slice(1) : ws).filter((w) => !FLAG.test(w));
    for (let n = Math.min(3, rest.length); n >= 1; n--) {
      const id = this.paths[rest.slice(0, n).join(' ')];
      // Without `docker` in front, only a query that is nothing but the command counts:
      // `rm image` is a task, `rm` alone is the command.
      if (id !== undefined && (docker || n === rest.length)) return this.docs[id];
    }
    return undefined;
  }

  search(query: string, limit = 20): SearchHit[] {
    const raw = normalizeText(query).trim().split(/\s+/).filter(Boolean);
    const flags = raw.filter((w) => FLAG.test(w));
    const text = raw.filter((w) => !FLAG.test(w)).join(' ');
    let terms = queryTerms(text);
    if (terms.length === 0 && text) terms = text.split(' ').map((w) => ({ term: w, synonym: false, raw: w }));
    const exact = this.exactCommand(query);

    const scored = new Map<number, number>();
    if (terms.length > 0) {
      const synonyms = new Set(terms.filter((t) => t.synonym).map((t) => t.term));
      const found = this.#ms.search(terms.map((t) => t.term).join(' '), {
        tokenize: (s) => s.split(' '),
        processTerm: (t) => t,
        combineWith: 'OR',
        boost: BOOST,
        prefix: (t) => !synonyms.has(t) && t.length >= (HANGUL.test(t) ? 2 : 3),
        fuzzy: (t) => (!synonyms.has(t) && !HANGUL.test(t) && t.length >= 5 ? 0.2 : false),
        boostDocument: (id) => this.docs[id as number]?.b ?? 1,
      });
      const n = terms.length;
      // Saying "Dockerfile" asks for instructions rather than commands.
      const wantsDockerfile = synonyms.has('dockerfile') || terms.some((t) => t.term === 'dockerfile');
      for (const r of found) {
        // Entries that match more of the query's words come first.
        const covered = new Set(r.queryTerms).size / n;
        const kind = wantsDockerfile && this.docs[r.id as number]?.k === 'd' ? 2 : 1;
        scored.set(r.id as number, r.score * covered * covered * kind);
      }
    }

    const ordered: SearchDoc[] = [];
    const push = (d: SearchDoc | undefined) => {
      if (d && !ordered.includes(d)) ordered.push(d);
    };
    if (flags.length > 0) {
      const rows = this.docs.filter((d) => d.k === 'o' && d.f?.some((f) => flags.includes(f)));
      const mine = exact ? rows.filter((d) => d.h.startsWith(exact.h)) : [];
      rows.sort((a, b) => (scored.get(b.id) ?? 0) - (scored.get(a.id) ?? 0) || b.b - a.b);
      // `docker run -p`: the command, then its rows for the flags given, then other commands' rows.
      push(exact);
      mine.forEach(push);
      rows.slice(0, 8).forEach(push);
    } else {
      push(exact);
    }
    // One task phrase that says all of the query beats the same words spread over the entry.
    const top = [...scored.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40);
    for (const [id, score] of top) {
      const doc = this.docs[id]!;
      if (doc.k === 'o') continue;
      const [, covered] = this.#bestTask(doc, terms);
      scored.set(id, score * (1 + 0.6 * (covered / terms.length)));
    }
    const rest = [...scored.entries()].sort((a, b) => b[1] - a[1]);
    for (const [id] of rest) {
      if (ordered.length >= limit) break;
      push(this.docs[id]);
    }
    return ordered.slice(0, limit).map((doc) => ({ doc, score: scored.get(doc.id) ?? 0, task: this.#matchedTask(doc, terms) }));
  }

  /** The task phrase sharing most words with the query (prefixes count, as in the search). */
  #matchedTask(doc: SearchDoc, terms: QueryTerm[]): string | undefined {
    if (doc.k !== 'c' || terms.length === 0) return undefined;
    return this.#bestTask(doc, terms)[0];
  }

  #bestTask(doc: SearchDoc, terms: QueryTerm[]): [string | undefined, number] {
    let list = this.#taskTerms.get(doc.id);
    if (!list) {
      // Commands: their task phrases and first example; instructions: their summary and example
      // captions; guide sections: their heading.
      const phrases = doc.k === 'c' ? [...(doc.ta ?? []), ...(doc.e ? [doc.e[1]] : [])] : doc.k === 'd' ? [`${doc.n} ${doc.s}`, ...(doc.x ?? '').split(' · ')] : [doc.t];
      list = phrases.map((t) => [t, new Set(indexTerms(t))] as [string, Set<string>]);
      this.#taskTerms.set(doc.id, list);
    }
    let best: string | undefined;
    let bestN = 0;
    for (const [phrase, set] of list) {
      let n = 0;
      for (const t of terms) if (set.has(t.term) || (!t.synonym && [...set].some((s) => s.startsWith(t.term)))) n++;
      if (n > bestN) {
        best = phrase;
        bestN = n;
      }
    }
    return [best, bestN];
  }

  /** Commands whose names are closest to the query (for "did you mean"), nearest first. */
  suggest(query: string, count = 3): SearchDoc[] {
    const q = normalizeText(query).trim().replace(/^docker\s+/, '');
    if (!q) return [];
    const best = new Map<number, number>();
    for (const [path, id] of Object.entries(this.paths)) {
      const d = editDistance(q, path);
      if (d < (best.get(id) ?? Infinity)) best.set(id, d);
    }
    return [...best.entries()]
      .sort((a, b) => a[1] - b[1] || (this.docs[b[0]]!.b - this.docs[a[0]]!.b))
      .slice(0, count)
      .map(([id]) => this.docs[id]!);
  }
}

const loading = new Map<string, Promise<TaskSearch>>();

/** Fetches the language's index once and builds the search on it. */
export function loadTaskSearch(url: string): Promise<TaskSearch> {
  let p = loading.get(url);
  if (!p) {
    p = fetch(url)
      .then((r) => {
        if (!r.ok) throw new Error(`${url}: ${r.status}`);
        return r.json() as Promise<SearchIndexData>;
      })
      .then((data) => new TaskSearch(data));
    p.catch(() => loading.delete(url));
    loading.set(url, p);
  }
  return p;
}
