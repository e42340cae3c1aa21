// Searching the task index with MiniSearch: both sides' words go through text.ts;
// words are combined with OR so a query of several words ranks the entries that match most of
// them; an exact command or alias (`docker ps`, `ps`, `container ls`) comes first, and a flag
// (`--rm`, `-p`) leads to the option rows that define it. No DOM here: the islands render.
import { convertQwertyToHangul, disassemble } from 'es-hangul';
import MiniSearch from 'minisearch';
import { closestWord } from '../text/closest.ts';
import { editDistance } from '../text/edit-distance.ts';
import { inflate, type SearchDoc, type SearchIndexData } from './build-index.ts';
import { verbBaseForms } from '../i18n/stem.ts';
import { asksConcept, asksSelection, cleanQuery, COMPARISON_WORDS, indexTerms, normalizeText, queryTerms, saysInImage, stemWord, synonymOf, type QueryTerm } from './text.ts';

export interface SearchHit {
  doc: SearchDoc;
  score: number;
  /** The task phrase (or example title) that matched best, for commands. */
  task?: string;
}

const FIELDS = ['n', 't', 'ta', 's', 'e', 'x', 'c'] as const;
const BOOST = { n: 3, t: 1, ta: 4, s: 2, e: 1.2, x: 0.6, c: 0.5 };
const FLAG = /^-{1,2}[a-z0-9][a-z0-9-]*$/;
const HANGUL = /[\uac00-\ud7a3]/;
/** Fuzzy matching costs length² per word: only words of a sensible length get it. */
const MAX_FUZZY_TERM = 24;
/** Words that say little about the task (show, list): they count, but weigh little. */
const WEAK_TERMS = new Set(['show', 'list', 'info', 'container', 'image']);
/** Words asking for many things at once: with a removal, they lean to `prune`. */
const MANY_TERMS = new Set(['all', 'unused', 'prune']);
/** How much a task phrase that says the whole query lifts its entry (× 1 + TASK_BONUS). */
const TASK_BONUS = 1.2;
/** How much the precision of that phrase (the share of its words the query says) counts in the lift. */
const PREC_W = 0.4;
/** Guide sections, for a query comparing two things ("X vs Y") or asking what/why. */
const COMPARE_BOOST = 2.5;
const CONCEPT_BOOST = 4;
/** … and once more after the options are lifted (see search). */
const EXPLAIN_LIFT = 1.5;
/** Options of a command the query names by its own words. */
const OWN_BOOST = 1.3;
/** The share of the query's words beyond its command an option must say to go above the command (see search). */
const PARTLY = 0.5;
/** How far down the siblings rule looks (results). */
const SIBLING_WINDOW = 30;
/** A Dockerfile instruction the query writes in capitals. */
const INSTRUCTION_BOOST = 8;
/**
 * Words that put a task in the image being built (`in the image`, or Korean for "when building"): an instruction that
 * says the rest of the query goes above a `docker run` option of the same meaning.
 */
const IMAGE_CONTEXT_BOOST = 3;
/** Words that tell no sibling from another (see #siblings). */
const SIBLING_NEUTRAL = new Set(['run', 'system']);
/** Words asking for a comparison, as query terms. */
const COMPARISONS = COMPARISON_WORDS.map((w) => synonymOf(stemWord(w)) ?? stemWord(w));
const weightOf = (t: string) => (WEAK_TERMS.has(t) ? 0.35 : 1);

function fieldText(doc: SearchDoc, field: string): string {
  switch (field) {
    case 'c':
      // An option row and a flag answer belong to their command: its words count a little for them.
      return doc.k === 'o' || doc.k === 'f' ? (doc.c ?? '') : '';
    case 'ta':
      return (doc.ta ?? []).join(' . ');
    case 't':
      // An option row's title repeats its command's path; only the flag names it.
      return doc.k === 'o' ? (doc.f ?? []).join(' ') : doc.t;
    case 'e':
      // A flag answer's command line is there to copy, not to match (its words are examples).
      return doc.e && doc.k !== 'f' ? `${doc.e[1]} . ${doc.e[0]}` : '';
    default:
      return String((doc as unknown as Record<string, unknown>)[field] ?? '');
  }
}

/**
 * `w` as typed on a Korean keyboard (`fhrm` is Korean "log"), or null when es-hangul cannot put
 * its keys together: it throws on some runs of vowel keys (`hox`, a typo of `how`), and a typo
 * must not stop the search.
 */
function qwertyToHangul(w: string): string | null {
  try {
    return convertQwertyToHangul(w);
  } catch {
    return null;
  }
}

export class TaskSearch {
  readonly docs: SearchDoc[];
  readonly paths: Record<string, number>;
  #ms: MiniSearch<SearchDoc>;
  #taskTerms = new Map<number, Array<{ phrase: string; set: Set<string>; words: string[] }>>();
  /** Every term of the index, with how many times it occurs (for typo correction). */
  #vocab = new Map<string, number>();
  /** The same terms sorted, for "does any term start with this" (a word still being typed). */
  #sorted: string[] = [];
  /** Jamo of Korean terms by length in jamo, for typo correction in Korean. */
  #jamo = new Map<number, Array<[string, string]>>();
  /** Latin terms most frequent first, made on the first typo (`#latinByCount`). */
  #latin: string[] | undefined;

  constructor(data: SearchIndexData) {
    inflate(data);
    this.docs = data.docs;
    this.paths = data.paths;
    this.#ms = new MiniSearch<SearchDoc>({
      fields: [...FIELDS],
      extractField: fieldText,
      tokenize: (text) => {
        const terms = indexTerms(text);
        for (const t of terms) this.#vocab.set(t, (this.#vocab.get(t) ?? 0) + 1);
        return terms;
      },
      processTerm: (t) => t,
    });
    this.#ms.addAll(this.docs);
    this.#sorted = [...this.#vocab.keys()].sort();
  }

  #known(term: string): boolean {
    return this.#vocab.has(term) || synonymOf(term) !== undefined;
  }

  /** Some index term starts with `prefix` (binary search in the sorted vocabulary). */
  #hasPrefix(prefix: string): boolean {
    let lo = 0;
    let hi = this.#sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.#sorted[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return this.#sorted[lo]?.startsWith(prefix) ?? false;
  }

  /**
   * A query word the index does not know, made into words it does: a Korean compound written
   * without its space (Korean "image list" as one word), a Korean word typed on an English keyboard
   * (`fhrm` is Korean "log"), or a one-letter typo in either script (Korean "container", `lsit`, `volumn`).
   */
  #repair(t: QueryTerm): QueryTerm[] {
    const w = t.term;
    if (t.synonym || this.#known(w) || w.length > MAX_FUZZY_TERM) return [t];
    const hangul = /^[\uac00-\ud7a3]+$/.test(w);
    const asTerm = (word: string): QueryTerm => {
      const stem = stemWord(word);
      const key = synonymOf(stem) ?? synonymOf(word);
      return { term: key ?? stem, synonym: Boolean(key), raw: t.raw };
    };
    // A conjugated verb the rules did not reduce (Korean "waited", "by attaching"): its base form, when the index knows it.
    if (hangul) {
      for (const form of verbBaseForms(t.raw)) {
        const k = asTerm(form);
        if (this.#known(k.term)) return [k];
      }
    }
    if (hangul && w.length >= 3) {
      for (let i = 2; i <= w.length - 1; i++) {
        const left = asTerm(w.slice(0, i));
        const right = asTerm(w.slice(i));
        if (this.#known(left.term) && (this.#known(right.term) || (right.term.length >= 2 && this.#hasPrefix(right.term)))) return [left, right];
      }
    }
    if (this.#hasPrefix(w)) return [t];
    if (/^[a-z]+$/.test(w)) {
      const ko = qwertyToHangul(w);
      if (ko !== null && /^[\uac00-\ud7a3]+$/.test(ko)) {
        const k = asTerm(ko);
        if (this.#known(k.term)) return [k];
      }
    }
    const fixed = hangul ? this.#nearestKorean(w) : w.length >= 4 ? this.#nearestLatin(w) : undefined;
    return fixed ? [asTerm(fixed)] : [t];
  }

  /**
   * The index's Latin terms, most frequent first: the one did-you-mean rule (text/closest.ts) keeps
   * the first of the closest, so a typo goes to the commonest of the terms it is as near to.
   */
  #latinByCount(): string[] {
    this.#latin ??= [...this.#vocab].filter(([term]) => /^[a-z]/.test(term)).sort((a, b) => b[1] - a[1]).map(([term]) => term);
    return this.#latin;
  }

  #nearestLatin(w: string): string | undefined {
    // One edit for words of up to six letters, two for longer ones.
    return closestWord(w, this.#latinByCount(), { shortWord: 6 });
  }

  #nearestKorean(w: string): string | undefined {
    if (this.#jamo.size === 0) {
      for (const term of this.#vocab.keys()) {
        if (!/^[\uac00-\ud7a3]+$/.test(term)) continue;
        const j = disassemble(term);
        const list = this.#jamo.get(j.length) ?? [];
        list.push([term, j]);
        this.#jamo.set(j.length, list);
      }
      // Each length's terms most frequent first (a stable sort keeps the index's order among equals).
      for (const list of this.#jamo.values()) list.sort((a, b) => (this.#vocab.get(b[0]) ?? 0) - (this.#vocab.get(a[0]) ?? 0));
    }
    // One jamo wrong, missing or extra (Korean "log" or "image" with one letter wrong): the one
    // did-you-mean rule over the jamo of the terms of a length one jamo away, the commonest of
    // them first (the query's own length before the others among equals).
    const jw = disassemble(w);
    const near = [jw.length, jw.length - 1, jw.length + 1].flatMap((len) => this.#jamo.get(len) ?? []);
    near.sort((a, b) => (this.#vocab.get(b[0]) ?? 0) - (this.#vocab.get(a[0]) ?? 0));
    const j = closestWord(jw, near.map(([, jamo]) => jamo), { shortWord: Infinity, maxDistance: 1 });
    return j === undefined ? undefined : near.find(([, jamo]) => jamo === j)?.[0];
  }

  /** The command named by the query itself: `docker ps -a`, `ps`, `container ls`, `docker run nginx`. */
  exactCommand(query: string): SearchDoc | undefined {
    return this.#exact(normalizeText(cleanQuery(query).text).split(' ').filter(Boolean))?.doc;
  }

  #exact(ws: string[]): { doc: SearchDoc; used: number } | undefined {
    const docker = ws[0] === 'docker';
    const rest = (docker ? ws.slice(1) : ws).filter((w) => !FLAG.test(w));
    for (let n = Math.min(3, rest.length); n >= 1; n--) {
      const id = this.paths[rest.slice(0, n).join(' ')];
      // Without `docker` in front, only a query that is nothing but the command counts:
      // `rm image` is a task, `rm` alone is the command.
      if (id !== undefined && (docker || n === rest.length)) return { doc: this.docs[id]!, used: n };
    }
    return undefined;
  }

  search(query: string, limit = 20): SearchHit[] {
    const clean = cleanQuery(query).text;
    const raw = normalizeText(clean).split(' ').filter(Boolean);
    const flags = raw.filter((w) => FLAG.test(w));
    const text = raw.filter((w) => !FLAG.test(w)).join(' ');
    let terms = queryTerms(text).slice(0, 16);
    if (terms.length === 0 && text) terms = text.split(' ').slice(0, 16).map((w) => ({ term: w, synonym: false, raw: w }));
    {
      const seen = new Set<string>();
      terms = terms.flatMap((t) => this.#repair(t)).filter((t) => !seen.has(t.term) && Boolean(seen.add(t.term)));
    }
    const found = this.#exact(raw);
    const exact = found?.doc;

    const scored = new Map<number, number>();
    // Set below: the query compares two things or asks what/why (the guides answer those).
    let explains = false;
    // Instructions whose own task phrases say all of a query set in a Dockerfile or in the image (below).
    const instructions: number[] = [];
    const weight = weightOf;
    const total = terms.reduce((sum, t) => sum + weight(t.term), 0);
    const synonyms = new Set(terms.filter((t) => t.synonym).map((t) => t.term));
    if (terms.length > 0) {
      const results = this.#ms.search(terms.map((t) => t.term).join(' '), {
        tokenize: (s) => s.split(' '),
        processTerm: (t) => t,
        combineWith: 'OR',
        boost: BOOST,
        boostTerm: (t) => weight(t),
        prefix: (t) => !synonyms.has(t) && t.length >= (HANGUL.test(t) ? 2 : 3),
        // One typo: in a Korean word of three syllables or more, in a Latin word of five letters or more.
        fuzzy: (t) => (synonyms.has(t) || t.length > MAX_FUZZY_TERM ? false : HANGUL.test(t) ? (t.length >= 3 ? 1 : false) : t.length >= 5 ? 0.2 : false),
        maxFuzzy: 2,
        boostDocument: (id) => this.docs[id as number]?.b ?? 1,
      });
      // Words written in capitals, as typed (`EXPOSE`, `ARG`).
      const capitals = new Set(clean.split(/[^A-Za-z]+/).filter((w) => w.length >= 2 && w === w.toUpperCase()));
      // Saying "Dockerfile" asks for instructions rather than commands.
      const wantsDockerfile = synonyms.has('dockerfile') || terms.some((t) => t.term === 'dockerfile');
      const terms_ = new Set(terms.map((t) => t.term));
      // "remove all / unused ...": clearing out many at once is `prune`.
      const compares = COMPARISONS.some((w) => terms_.has(w)) && terms.length >= 2;
      // "what is a container" (in either language), "why use multi-stage builds": the guides explain.
      const concept = asksConcept(text);
      explains = compares || concept;
      const inImage = terms_.has('build') || saysInImage(clean);
      // The query's other words (Korean "when making the image": making the image is building it).
      // `set` (or its Korean word) says nothing here: every instruction sets something.
      const rest = terms.filter((t) => t.term !== 'build' && t.term !== 'set' && !WEAK_TERMS.has(t.term) && !(t.term === 'create' && terms_.has('image')));
      const wantsPrune = (terms_.has('remove') || terms_.has('prune')) && [...MANY_TERMS].some((t) => terms_.has(t));
      for (const r of results) {
        const doc = this.docs[r.id as number]!;
        // Entries that match more of the query's words come first (weak words count less).
        const covered = [...new Set(r.queryTerms)].reduce((sum, t) => sum + weight(t), 0) / total;
        let kind = wantsDockerfile && doc.k === 'd' ? 3 : 1;
        // "working directory when building" (Korean), "user in the image": the instruction, when it says all the rest.
        if (doc.k === 'd' && (wantsDockerfile || inImage) && rest.length > 0 && rest.every((t) => this.#taskSays(doc, t) || t.term === 'dockerfile')) {
          instructions.push(doc.id);
          if (!wantsDockerfile) kind *= IMAGE_CONTEXT_BOOST;
        }
        // An instruction written in capitals (`EXPOSE`, `ARG`) is the instruction, not a flag of that name.
        if (doc.k === 'd' && capitals.has(doc.t)) kind *= INSTRUCTION_BOOST;
        // "X vs Y", "difference between X and Y" (Korean): a comparison is what the guides explain.
        if (compares && doc.k === 'g') kind *= COMPARE_BOOST;
        else if (concept && doc.k === 'g') kind *= CONCEPT_BOOST;
        if (wantsPrune && doc.k === 'c' && doc.t.endsWith(' prune')) kind *= 1.6;
        // An option of the command the query names (Korean "run" for run, `build`): above other commands' options.
        if ((doc.k === 'f' || doc.k === 'o') && doc.p !== undefined) {
          const own = this.#identity(doc.p);
          if (terms.some((t) => !WEAK_TERMS.has(t.term) && own.has(t.term))) kind *= OWN_BOOST;
        }
        scored.set(doc.id, r.score * covered * covered * kind);
      }
    }

    // One task phrase that says all of the query beats the same words spread over the entry.
    const top = [...scored.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40);
    const cover = new Map<number, [number, number, Set<string>]>();
    for (const [id, score] of top) {
      const doc = this.docs[id]!;
      if (doc.k === 'o') continue;
      const [, covered, precision, any] = this.#bestTask(doc, terms);
      cover.set(id, [covered, precision, any]);

      const c = total > 0 ? covered / total : 0;
      // … the more so when the query says the whole phrase (Korean "print only the image ID" over "build and print only the image ID").
      scored.set(id, score * (1 + TASK_BONUS * c * c * (1 - PREC_W + PREC_W * precision)));
    }
    // A flag answer goes above its command when its task says at least as much of the query and
    // the query says at least as much of that task (Korean "build without cache" is --no-cache's task;
    // "view logs" is the logs command's, not --follow's), or when its task says what the command's do
    // not (Korean "single-use" for --rm).
    for (const [id, [covered, precision, any]] of cover) {
      const doc = this.docs[id]!;
      if (doc.k !== 'f' || doc.p === undefined) continue;
      const parent = scored.get(doc.p);
      if (parent === undefined) continue;
      const [pCovered, pPrecision, pAny] = cover.get(doc.p) ?? (this.#bestTask(this.docs[doc.p]!, terms).slice(1) as [number, number, Set<string>]);
      const extra = [...any].some((t) => !pAny.has(t) && !WEAK_TERMS.has(t));
      // The command's own words (Korean "run" for `docker container run`) count for its options too.
      const own = this.#identity(doc.p);
      const inherited = terms.filter((t) => !any.has(t.term) && own.has(t.term)).reduce((sum, t) => sum + weightOf(t.term), 0);
      // … and only when it says something of the query beyond the command's own words (Korean
      // "container logs" names the logs command; --since's "logs from minutes ago" adds nothing the query asked for).
      const beyond = [...any].some((t) => !own.has(t) && !WEAK_TERMS.has(t));
      if (beyond && covered + inherited >= pCovered && precision >= pPrecision && (extra || precision >= 0.75)) scored.set(id, Math.max(scored.get(id) ?? 0, parent * 1.05));
    }
    // An option that says everything the query asks beyond its command's own words goes just above
    // its command: Korean "how to pass environment variables when running a container" is `run --env`, even when run's own task
    // phrases mention environment variables too (the option is the more precise answer).
    const selects = asksSelection(text);
    const rests = new Map<number, QueryTerm[]>();
    const restOf = (cmd: number) => {
      let r = rests.get(cmd);
      if (!r) {
        // The command's own words: its name and, unless the query picks one of many (Korean
        // "build with a specific Dockerfile" picks a file; build's summary says Dockerfile too), its summary.
        const own = new Set([...this.#identity(cmd), ...(selects ? [] : this.#summaryTerms(this.docs[cmd]!))]);
        r = terms.filter((t) => !own.has(t.term) && !WEAK_TERMS.has(t.term));
        rests.set(cmd, r);
      }
      return r;
    };
    const lifted = new Map<number, number>();
    const partly = new Map<number, { id: number; said: number; score: number }>();
    for (const [id, score] of top) {
      const doc = this.docs[id]!;
      if ((doc.k !== 'f' && doc.k !== 'o') || doc.p === undefined) continue;
      const parent = scored.get(doc.p);
      if (parent === undefined || parent <= score) continue;
      const rest = restOf(doc.p);
      if (rest.length === 0) continue;
      const said = rest.filter((t) => this.#says(doc, t)).length;
      if (said < rest.length) {
        // Most of it (Korean "start a container with a name given": the name, not the start): the one option of the
        // command that says the most of it may go just above the command, below any that says all.
        if (rest.length >= 2 && said / rest.length >= PARTLY) {
          const best = partly.get(doc.p);
          if (!best || said > best.said || (said === best.said && score > best.score)) partly.set(doc.p, { id, said, score });
        }
        continue;
      }
      // When the command's summary or its best task phrase already says all of it (`remove all stopped
      // containers` is what prune does, `list running containers` is ps's own task), the option needs
      // a task phrase at least as close to the query as the command's.
      const pDoc = this.docs[doc.p]!;
      const summary = this.#summaryTerms(pDoc);
      const [pPhrase, , pPrecision] = this.#bestTask(pDoc, terms);
      const phrase = new Set(indexTerms(pPhrase ?? ''));
      const saidByCommand = rest.every((t) => summary.has(t.term)) || rest.every((t) => phrase.has(t.term));
      // … unless the query picks one of many (Korean "build with a specific Dockerfile"): choosing is what options do.
      if (doc.k === 'f' && saidByCommand && !selects && this.#bestTask(doc, terms)[2] < pPrecision) continue;
      const value = parent * 1.05 + score * 0.01;
      if (value > (lifted.get(id) ?? 0)) lifted.set(id, value);
    }
    for (const [cmd, { id, score }] of partly) {
      if ([...lifted.keys()].some((l) => this.docs[l]!.p === cmd)) continue;
      lifted.set(id, scored.get(cmd)! * 1.02 + score * 0.01);
    }
    for (const [id, value] of lifted) scored.set(id, Math.max(scored.get(id) ?? 0, value));
    this.#siblings(scored, terms);
    // A question (what, why, X vs Y) is answered by a guide even when an option was lifted above its command.
    if (explains) for (const [id, score] of scored) if (this.docs[id]!.k === 'g') scored.set(id, score * EXPLAIN_LIFT);
    // … and a task set in a Dockerfile or in the image that an instruction's phrases say in full goes
    // to that instruction first, above an option lifted over its command (`run as non root in a
    // Dockerfile` is USER, not `run --user`).
    else if (instructions.length > 0) {
      const best = instructions.reduce((a, b) => ((scored.get(b) ?? 0) > (scored.get(a) ?? 0) ? b : a));
      const top = Math.max(...scored.values());
      scored.set(best, Math.max(scored.get(best) ?? 0, top * 1.05));
    }

    const ordered: SearchDoc[] = [];
    const push = (d: SearchDoc | undefined) => {
      if (d && !ordered.includes(d)) ordered.push(d);
    };
    if (flags.length > 0) {
      const rows = this.docs.filter((d) => (d.k === 'o' || d.k === 'f') && d.f?.some((f) => flags.includes(f)));
      const mine = exact ? rows.filter((d) => d.p === exact.id) : [];
      rows.sort((a, b) => (scored.get(b.id) ?? 0) - (scored.get(a.id) ?? 0) || b.b - a.b);
      // `docker run -p`: the command's rows for the flags given first; a whole command line
      // (`docker run -d -p 8080:80 nginx`): the command, then its rows; then other commands' rows.
      const onlyFlags = found !== undefined && raw.length === (raw[0] === 'docker' ? 1 : 0) + found.used + flags.length;
      if (!onlyFlags) push(exact);
      mine.forEach(push);
      push(exact);
      rows.slice(0, 8).forEach(push);
    } else if (exact && !explains) {
      // `docker run` and Korean "environment variables": the command named, and an option of it that says the rest.
      const rest = restOf(exact.id);
      const option = rest.length === 0 ? undefined : [...scored.entries()].filter(([id]) => this.docs[id]!.p === exact.id && rest.every((t) => this.#says(this.docs[id]!, t))).sort((x, y) => y[1] - x[1])[0];
      if (option) push(this.docs[option[0]]);
      push(exact);
    }
    const rest = [...scored.entries()].sort((a, b) => b[1] - a[1]);
    for (const [id] of rest) {
      if (ordered.length >= limit) break;
      push(this.docs[id]);
    }
    return ordered.slice(0, limit).map((doc) => ({ doc, score: scored.get(doc.id) ?? 0, task: this.#matchedTask(doc, terms) }));
  }

  /**
   * Siblings trade places: options with the same flag (`run --interactive`, `exec --interactive`;
   * `container ls --all`, `stats --all`) and commands with the same last word (`container logs`,
   * `compose logs`). The first of a group near the top gives its place to a sibling that says at
   * least as much of the query, when the query names the sibling's command by a word the first
   * one's name and summary lack (Korean "statistics" is stats', `compose` is compose's), when the first one's
   * group goes unsaid (`compose kill` for `send a signal to a container`), or when the first one's
   * matched phrase says a context of its command the query does not (Korean "inside a running
   * container" for exec's --interactive, asked Korean "run a container interactively"). Nothing said either way keeps the order.
   */
  #siblings(scored: Map<number, number>, terms: QueryTerm[]): void {
    const q = new Set(terms.map((t) => t.term));
    const groups = new Map<string, number[]>();
    for (const [id] of [...scored.entries()].sort((a, b) => b[1] - a[1]).slice(0, SIBLING_WINDOW)) {
      const d = this.docs[id]!;
      const key = d.k === 'c' ? `c ${d.t.split(' ').at(-1)}` : d.k === 'f' || d.k === 'o' ? `f ${d.f?.[0] ?? ''}` : undefined;
      if (!key) continue;
      const list = groups.get(key) ?? [];
      list.push(id);
      groups.set(key, list);
    }
    // Words the query and a member's command share that the other's lacks. Weak words say nothing
    // here, nor `run` (or its Korean word), every command's verb (`run a command in a running container` is
    // exec's), nor `system`, the group of commands about Docker as a whole (`docker system df`).
    const w = (t: string) => (WEAK_TERMS.has(t) || SIBLING_NEUTRAL.has(t) ? 0 : 1);
    const side = (id: number, own: Set<string>, ownCtx: Set<string>, otherCtx: Set<string>) => {
      const doc = this.docs[id]!;
      let a = 0;
      // + the query names this command, by a word the other command does not say of itself
      for (const t of q) if (own.has(t) && !otherCtx.has(t)) a += w(t);
      // − its command's group (`compose`, `buildx`, `service`) goes unsaid
      for (const u of this.#family(doc.p ?? id)) if (!q.has(u) && !otherCtx.has(u)) a -= w(u);
      if (doc.k === 'c') return a;
      // − an option's matched phrase says its command's context the query does not (Korean "running")
      const phrase = doc.k === 'o' ? doc.s : (this.#bestTask(doc, terms)[0] ?? '');
      for (const u of new Set(queryTerms(phrase).map((t) => t.term))) if (!q.has(u) && ownCtx.has(u) && !otherCtx.has(u)) a -= w(u);
      return a;
    };
    for (const ids of groups.values()) {
      if (ids.length < 2) continue;
      const lead = ids[0]!;
      const leadCmd = this.docs[lead]!.p ?? lead;
      const leadName = this.#name(leadCmd);
      const leadCtx = this.#context(leadCmd);
      const leadCover = this.#cover(lead, q);
      let best: number | undefined;
      let bestMargin = 0;
      for (const id of ids.slice(1)) {
        const cmd = this.docs[id]!.p ?? id;
        const name = this.#name(cmd);
        const ctx = this.#context(cmd);
        // The sibling must say at least as much of the query as the first one.
        if (this.#cover(id, q) < leadCover) continue;
        const margin = side(id, name, ctx, leadCtx) - side(lead, leadName, leadCtx, ctx);
        if (margin > bestMargin) {
          best = id;
          bestMargin = margin;
        }
      }
      if (process.env.SIBDEBUG) console.error(ids.map((i) => [this.docs[i]!.h, this.#cover(i, q)]), [...q], best, bestMargin);
      if (best === undefined) continue;
      const top = scored.get(lead)!;
      scored.set(lead, scored.get(best)!);
      scored.set(best, top);
    }
  }

  /** The task phrase sharing most words with the query (prefixes count, as in the search). */
  #matchedTask(doc: SearchDoc, terms: QueryTerm[]): string | undefined {
    if ((doc.k !== 'c' && doc.k !== 'f') || terms.length === 0) return undefined;
    return this.#bestTask(doc, terms)[0];
  }

  /**
   * The task phrase of `doc` covering most of the query (weighted), how much of that phrase the
   * query says (weighted: 1 when every word of the phrase is in the query), and every term any of
   * its phrases covers.
   */
  #bestTask(doc: SearchDoc, terms: QueryTerm[]): [string | undefined, number, number, Set<string>] {
    let list = this.#taskTerms.get(doc.id);
    if (!list) {
      // Commands: their task phrases and first example; flag answers: their task phrases and what
      // they do; instructions: their summary, task phrases and example captions; guide sections: their heading and questions.
      const phrases = doc.k === 'c' ? [...(doc.ta ?? []), ...(doc.e ? [doc.e[1]] : [])] : doc.k === 'f' ? [...(doc.ta ?? []), doc.s] : doc.k === 'd' ? [`${doc.n} ${doc.s}`, ...(doc.ta ?? []), ...(doc.x ?? '').split(' · ')] : [doc.t, ...(doc.ta ?? [])];
      list = phrases.map((t) => ({ phrase: t, set: new Set(indexTerms(t)), words: queryTerms(t).map((q) => q.term) }));
      this.#taskTerms.set(doc.id, list);
    }
    const hit = (t: QueryTerm, set: Set<string>) => set.has(t.term) || (!t.synonym && [...set].some((s) => s.startsWith(t.term)));
    let best: string | undefined;
    let bestN = 0;
    let bestP = 0;
    const any = new Set<string>();
    for (const { phrase, set, words } of list) {
      let n = 0;
      const said = new Set<string>();
      for (const t of terms) {
        if (!hit(t, set)) continue;
        n += weightOf(t.term);
        any.add(t.term);
        said.add(t.term);
      }
      if (n === 0) continue;
      let all = 0;
      let in_ = 0;
      for (const w of words) {
        all += weightOf(w);
        if (said.has(w) || terms.some((t) => !t.synonym && w.startsWith(t.term))) in_ += weightOf(w);
      }
      const precision = all > 0 ? in_ / all : 0;
      if (n > bestN || (n === bestN && precision > bestP)) {
        best = phrase;
        bestN = n;
        bestP = precision;
      }
    }
    return [best, bestN, bestP, any];
  }

  #taskSets = new Map<number, Set<string>>();
  /** Does one of the entry's own task phrases say the query term? */
  #taskSays(doc: SearchDoc, t: QueryTerm): boolean {
    let set = this.#taskSets.get(doc.id);
    if (!set) this.#taskSets.set(doc.id, (set = new Set(indexTerms((doc.ta ?? []).join(' . ')))));
    return set.has(t.term) || (!t.synonym && [...set].some((s) => s.startsWith(t.term)));
  }

  #summaries = new Map<number, Set<string>>();
  /** The terms of a command's summary line. */
  #summaryTerms(doc: SearchDoc): Set<string> {
    let set = this.#summaries.get(doc.id);
    if (!set) this.#summaries.set(doc.id, (set = new Set(indexTerms(doc.s))));
    return set;
  }

  #saysTerms = new Map<number, Set<string>>();
  /** Does an option row or flag answer say the query term: in its task phrases, what it does, its description or its names? */
  #says(doc: SearchDoc, t: QueryTerm): boolean {
    let set = this.#saysTerms.get(doc.id);
    if (!set) {
      set = new Set(indexTerms([...(doc.ta ?? []), doc.s, doc.x ?? '', ...(doc.f ?? [])].join(' . ')));
      this.#saysTerms.set(doc.id, set);
    }
    return set.has(t.term) || (!t.synonym && [...set].some((s) => s.startsWith(t.term)));
  }

  /** The group words of a command's path (`compose` of `docker compose logs`), as query terms. */
  #family(id: number): string[] {
    return queryTerms(this.docs[id]!.t.split(' ').slice(1, -1).join(' ')).map((t) => t.term);
  }

  #contexts = new Map<number, Set<string>>();
  /** What a command says of itself: its name, alias forms and summary, as query terms. */
  #context(id: number): Set<string> {
    let set = this.#contexts.get(id);
    if (!set) {
      const d = this.docs[id]!;
      set = new Set([...this.#name(id), ...queryTerms(d.s).map((t) => t.term)]);
      this.#contexts.set(id, set);
    }
    return set;
  }

  /** How much of the query a result says with its command's name and summary (weak words count less). */
  #cover(id: number, q: Set<string>): number {
    const doc = this.docs[id]!;
    const ctx = this.#context(doc.p ?? id);
    let n = 0;
    for (const t of q) if (ctx.has(t) || this.#says(doc, { term: t, synonym: true, raw: t }) || (doc.k === 'c' && this.#bestTask(doc, [{ term: t, synonym: true, raw: t }])[1] > 0)) n += weightOf(t);
    return n;
  }

  #names = new Map<number, Set<string>>();
  /** A command's name and alias forms as query terms (synonym keys: `image`, not `imag`). */
  #name(id: number): Set<string> {
    let set = this.#names.get(id);
    if (!set) {
      const d = this.docs[id]!;
      set = new Set(queryTerms(`${d.t} ${d.n}`).map((t) => t.term));
      this.#names.set(id, set);
    }
    return set;
  }

  #identities = new Map<number, Set<string>>();
  /** The terms of a command's own name and alias forms (`docker container run`, `run`). */
  #identity(id: number): Set<string> {
    let set = this.#identities.get(id);
    if (!set) {
      const d = this.docs[id]!;
      set = new Set(indexTerms(`${d.t} ${d.n}`));
      this.#identities.set(id, set);
    }
    return set;
  }

  /** Commands whose names are closest to the query (for "did you mean"), nearest first. */
  suggest(query: string, count = 3): SearchDoc[] {
    const q = normalizeText(cleanQuery(query).text).replace(/^docker /, '').slice(0, 60);
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
