// Runs a parsed query on Pagefind and ranks what it finds: exact > synonym > related. Centers come from digest
// pages (several centers per page, see search-digest.ts) and are judged one by one by real substrings.
// Works on any Pagefind-like object, so unit tests drive it with a fake index.
import type { DigestEntry } from './digest.ts';
import {
  groupKey,
  matchText,
  snippet,
  stripKeys,
  type MatchTier,
  type ParsedQuery,
  type SnippetPiece,
} from './query.ts';

export interface PagefindFragment {
  url: string;
  content: string;
  excerpt?: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindFragment>;
}

export type PagefindFilters = Record<string, string | { any: string[] }>;

export interface PagefindLike {
  search: (
    term: string | null,
    options?: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<{ results: PagefindResult[] } | null>;
}

/** One thing a result can be: a center (from a digest page) or a page such as a region or an exhibit. */
export interface SearchEntry {
  url: string;
  title: string;
  kind: string;
  place: string;
  services: [string, string, string][];
  text: string;
  facets?: DigestEntry['f'];
  /** Pagefind's own excerpt, used for related pages where none of our words occur. */
  excerpt?: string | undefined;
}

export interface SearchHit {
  url: string;
  title: string;
  kind: string;
  place: string;
  tier: MatchTier;
  /** The service whose name, category or description matches, when the entry is a center. */
  service?: { name: string; category: string } | undefined;
  snippet: SnippetPiece[];
  via: { term: string; synonym: string }[];
}

/** Marker between centers in a digest page's text (a hidden paragraph in src/pages/search/digest/[group].astro). */
export const entrySeparator = '⁂';

/** Splits a fragment into entries: one per center for digest pages, the page itself otherwise. */
export function entriesOf(fragment: PagefindFragment): SearchEntry[] {
  const meta = fragment.meta;
  const text = stripKeys(fragment.content);
  if (meta['kind'] === 'group') {
    let centers: DigestEntry[];
    try {
      centers = JSON.parse(meta['centers'] ?? '[]') as DigestEntry[];
    } catch {
      centers = [];
    }
    const parts = text.split(entrySeparator).slice(1);
    return centers.map((c, i) => ({
      url: c.u,
      title: c.t,
      kind: '邻里中心',
      place: c.p,
      services: c.s,
      text: (parts[i] ?? c.t).replace(/^[\s.]+/, '').trim(),
      facets: c.f,
    }));
  }
  const kind =
    meta['kind'] ??
    (/^\/exhibits\//.test(fragment.url) ? '村史与展馆' : /^\/huixiang\//.test(fragment.url) ? '回乡寻村' : '页面');
  return [
    {
      url: fragment.url,
      title: meta['title'] ?? fragment.url,
      kind,
      place: meta['place'] ?? '',
      services: [],
      text,
      excerpt: fragment.excerpt,
    },
  ];
}

/** A center inside a digest page matches the page's filters only loosely (any center did): check this one. */
export function passesFilters(entry: SearchEntry, filters: PagefindFilters | undefined): boolean {
  if (!filters || !entry.facets) return true;
  const f = entry.facets;
  const values: Record<string, string[]> = {
    county: [f.co],
    town: [f.to],
    function: f.fn,
    audience: f.au,
    category: f.ca,
    kind: ['center'],
  };
  return Object.entries(filters).every(([key, wanted]) => {
    const have = values[key];
    if (!have) return true;
    const list = typeof wanted === 'string' ? [wanted] : wanted.any;
    return list.some((v) => have.includes(v));
  });
}

/** The service that best explains the match: a name first, then a category label or a description. */
export function matchingService(
  entry: SearchEntry,
  query: ParsedQuery,
  categoryLabels: Record<string, string> = {},
): (SearchHit['service'] & { byName: boolean }) | undefined {
  let best: { tokens: number; rank: number; name: string; category: string } | undefined;
  for (const [name, category, description] of entry.services) {
    let tokens = 0;
    let rank = 0;
    for (const token of query.tokens) {
      let bestHere = Infinity;
      token.alternatives.forEach((alt, i) => {
        const synonym = i > 0 ? 1 : 0;
        const r = name.includes(alt)
          ? 0 + synonym
          : category.includes(alt)
            ? 2 + synonym
            : description.includes(alt)
              ? 4 + synonym
              : Infinity;
        bestHere = Math.min(bestHere, r);
      });
      if (bestHere < Infinity) {
        tokens++;
        rank += bestHere;
      }
    }
    if (tokens > 0 && (!best || tokens > best.tokens || (tokens === best.tokens && rank < best.rank)))
      best = { tokens, rank, name, category };
  }
  if (!best) {
    // A term whose synonym group names a category (吃饭 → 长者食堂与助餐) explains a service of that category.
    const wanted = new Set(query.categories.map((c) => categoryLabels[c] ?? c));
    const service = entry.services.find(([, category]) => wanted.has(category));
    if (service) return { name: service[0], category: service[1], byName: false };
  }
  return best ? { name: best.name, category: best.category, byName: best.rank <= 1 } : undefined;
}

/** Pagefind's excerpt (escaped text with <mark>) as pieces, without ever parsing it as HTML. */
export function excerptPieces(excerpt: string): SnippetPiece[] {
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  return excerpt
    .split(/(<mark>.*?<\/mark>)/)
    .filter(Boolean)
    .map((part) =>
      part.startsWith('<mark>')
        ? { text: decode(part.slice(6, -7)), mark: true }
        : { text: decode(part.replace(/<[^>]*>/g, '')), mark: false },
    );
}

interface Candidate {
  result: PagefindResult;
  /** Per query term: 2 = Pagefind found the term as typed, 1 = only a synonym, 0 = neither. */
  terms: number[];
  score: number;
}

interface Ranked {
  hit: SearchHit;
  key: number[];
}

const compareKeys = (a: Ranked, b: Ranked) => {
  for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return a.key[i]! - b.key[i]!;
  return 0;
};

export interface SearchOptions {
  filters?: PagefindFilters | undefined;
  /** Main results per page of results. */
  pageSize?: number;
  /** Fragments fetched at once. */
  batch?: number;
  /** Most fragments fetched for one page of results, to bound bytes per query. */
  maxFragments?: number;
}

/**
 * One search; call `next()` for the first page of results and again for more.
 * Stage 1 asks Pagefind for each term's concept key (the term or any synonym: one small index chunk)
 * and for other words (place names, center names) as typed. Stage 2, only when stage 1 does not fill a page,
 * asks Pagefind for the query's words as typed, which also brings its loose matches: they become 相关结果.
 */
export class SearchSession {
  readonly query: ParsedQuery;
  readonly hits: SearchHit[] = [];
  readonly related: SearchHit[] = [];
  fragmentsLoaded = 0;
  private readonly pf: PagefindLike;
  private readonly categoryLabels: Record<string, string>;
  private readonly opts: {
    pageSize: number;
    batch: number;
    maxFragments: number;
    filters: PagefindFilters | undefined;
  };
  private readonly segments: string[];
  private candidates: Candidate[] = [];
  private cursor = 0;
  private seen = new Set<string>();
  private shownUrls = new Set<string>();
  private pool: Ranked[] = [];
  private relatedPool: Ranked[] = [];
  private stage = 0;

  constructor(
    pf: PagefindLike,
    query: ParsedQuery,
    options: SearchOptions = {},
    categoryLabels: Record<string, string> = {},
  ) {
    this.pf = pf;
    this.query = query;
    this.categoryLabels = categoryLabels;
    this.opts = {
      pageSize: options.pageSize ?? 10,
      batch: options.batch ?? 4,
      maxFragments: options.maxFragments ?? 12,
      filters: options.filters,
    };
    this.segments = wordSegments(query.tokens.map((t) => t.text));
  }

  get filterOnly() {
    return this.query.parts.length === 0;
  }

  /** Candidates not yet looked at, results not yet shown, or a stage not yet run. */
  get hasMore() {
    return (
      this.cursor < this.candidates.length || this.pool.length > 0 || this.relatedPool.length > 0 || this.stage < 2
    );
  }

  private async gather(searches: { term: string; token: number; strength: number }[]) {
    const filters = this.opts.filters;
    const unique = [...new Map(searches.map((s) => [`${s.term}|${s.token}|${s.strength}`, s])).values()];
    const runs = await Promise.all(
      unique.map(async (s) => ({ ...s, response: await this.pf.search(s.term, filters ? { filters } : {}) })),
    );
    const found = new Map<string, Candidate>();
    for (const run of runs) {
      for (const result of run.response?.results ?? []) {
        if (this.seen.has(result.id)) continue;
        const c = found.get(result.id) ?? { result, terms: this.query.tokens.map(() => 0), score: 0 };
        if (run.token >= 0) c.terms[run.token] = Math.max(c.terms[run.token]!, run.strength);
        c.score += result.score * (run.strength === 2 ? 1 : 0.5);
        found.set(result.id, c);
      }
    }
    const matched = (c: Candidate) => c.terms.filter((t) => t > 0).length;
    const literal = (c: Candidate) => c.terms.filter((t) => t === 2).length;
    const fresh = [...found.values()].sort(
      (a, b) => matched(b) - matched(a) || literal(b) - literal(a) || b.score - a.score,
    );
    for (const c of fresh) this.seen.add(c.result.id);
    this.candidates.push(...fresh);
  }

  private async runStage() {
    this.stage++;
    if (this.filterOnly) {
      if (this.stage > 1) return;
      this.stage = 2;
      const response = await this.pf.search(null, { filters: this.opts.filters ?? {}, sort: { place: 'asc' } });
      this.candidates.push(...(response?.results ?? []).map((result) => ({ result, terms: [], score: result.score })));
      return;
    }
    const searches: { term: string; token: number; strength: number }[] = [];
    if (this.stage === 1) {
      this.query.tokens.forEach((token, i) => {
        if (token.kind === 'free') {
          searches.push({ term: token.text, token: i, strength: 2 });
          return;
        }
        for (const group of token.groups) searches.push({ term: groupKey(group), token: i, strength: 1 });
      });
    } else {
      // Words as typed: pages without concept keys (regions, exhibits) and Pagefind's loose matches.
      this.query.tokens.forEach((token, i) => {
        if (token.kind === 'term') searches.push({ term: token.text, token: i, strength: 2 });
      });
      for (const part of this.query.parts) searches.push({ term: part, token: -1, strength: 0 });
    }
    if (searches.length) await this.gather(searches);
  }

  private rank(entry: SearchEntry, score: number): { ranked: Ranked; related: boolean } | undefined {
    if (!passesFilters(entry, this.opts.filters)) return undefined;
    if (this.filterOnly) {
      const hit: SearchHit = {
        url: entry.url,
        title: entry.title,
        kind: entry.kind,
        place: entry.place,
        tier: 0,
        snippet: snippet(entry.text, []),
        via: [],
      };
      return { ranked: { hit, key: [0] }, related: false };
    }
    const haystack = `${entry.title}. ${entry.text}`;
    const match = matchText(haystack, this.query);
    const related = match.tier === 3;
    if (related && entry.facets) {
      // A center from a digest page only counts as related when it shares a real word with the query.
      const shares = match.termsFound > 0 || this.segments.some((s) => haystack.includes(s));
      if (!shares) return undefined;
    }
    const service = matchingService(entry, this.query, this.categoryLabels);
    const words = match.found.length ? match.found : this.segments;
    const hasWords = words.some((w) => haystack.includes(w));
    const hit: SearchHit = {
      url: entry.url,
      title: entry.title,
      kind: entry.kind,
      place: entry.place,
      tier: match.tier,
      service: service && { name: service.name, category: service.category },
      snippet: !hasWords && entry.excerpt ? excerptPieces(entry.excerpt) : snippet(entry.text, words),
      via: match.via,
    };
    const inTitle = match.found.some((w) => entry.title.includes(w)) ? 1 : 0;
    const isCenter = entry.facets ? 1 : 0;
    // A service named with the term or a synonym (卫生站 → 卫生健康服务站) explains the result better than a mention.
    const inService = service?.byName ? 1 : 0;
    // Smaller sorts first: tier, then a name match, centers, a service-name match, more terms, Pagefind's score.
    return { ranked: { hit, key: [match.tier, -inTitle, -isCenter, -inService, -match.termsFound, -score] }, related };
  }

  /** The results shown so far plus the best of those still pooled: what a partial update hands to the page. */
  private soFar(): SearchHit[] {
    return [
      ...this.hits,
      ...[...this.pool]
        .sort(compareKeys)
        .slice(0, this.opts.pageSize)
        .map((r) => r.hit),
    ];
  }

  private take(pool: Ranked[], into: SearchHit[], count: number) {
    pool.sort(compareKeys);
    for (const r of pool.splice(0, count)) into.push(r.hit);
  }

  /**
   * Loads and ranks the next page of results; returns how many main results it added. `onPartial` receives the
   * main results found so far whenever more searching is still to come (another batch of fragments, or the
   * search for the words as typed), so the page can show them at once.
   */
  async next(onPartial?: (hits: SearchHit[]) => void): Promise<number> {
    if (this.stage === 0) await this.runStage();
    const { pageSize, batch, maxFragments } = this.opts;
    let loaded = 0;
    while (this.pool.length < pageSize && loaded < maxFragments) {
      if (this.cursor >= this.candidates.length) {
        if (this.stage >= 2) break;
        // Show what the concept keys found before the slower search for the words as typed.
        if (this.pool.length && onPartial) onPartial(this.soFar());
        await this.runStage();
        continue;
      }
      const slice = this.candidates.slice(this.cursor, this.cursor + Math.min(batch, maxFragments - loaded));
      this.cursor += slice.length;
      loaded += slice.length;
      const fragments = await Promise.all(slice.map((c) => c.result.data()));
      this.fragmentsLoaded += fragments.length;
      fragments.forEach((fragment, i) => {
        for (const entry of entriesOf(fragment)) {
          if (this.shownUrls.has(entry.url)) continue;
          const r = this.rank(entry, slice[i]!.score);
          if (!r) continue;
          this.shownUrls.add(entry.url);
          (r.related ? this.relatedPool : this.pool).push(r.ranked);
        }
      });
      // More fragments of this stage to fetch: show the results so far instead of waiting for the next batch.
      const more = this.pool.length < pageSize && loaded < maxFragments && this.cursor < this.candidates.length;
      if (more && this.pool.length && onPartial) onPartial(this.soFar());
    }
    const before = this.hits.length;
    this.take(this.pool, this.hits, pageSize);
    // Related results are a hint, not the answer: a few at a time keeps the page short on a phone.
    this.take(this.relatedPool, this.related, Math.ceil(pageSize / 2));
    return this.hits.length - before;
  }
}

/** Multi-character words of the query (as a browser segments Chinese), for judging loose matches. */
export function wordSegments(texts: string[]): string[] {
  const out = new Set<string>();
  const segmenter =
    typeof Intl !== 'undefined' && 'Segmenter' in Intl
      ? new Intl.Segmenter('zh-Hans', { granularity: 'word' })
      : undefined;
  for (const text of texts) {
    out.add(text);
    if (!segmenter) continue;
    for (const { segment, isWordLike } of segmenter.segment(text))
      if (isWordLike && [...segment].length >= 2) out.add(segment);
  }
  return [...out];
}
