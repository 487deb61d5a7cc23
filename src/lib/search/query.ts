// Understanding a resident's query: normalise it, split it into known terms, expand synonyms, and judge how a
// page's text matches (exact > synonym > loose). Pure and browser-safe: the search page and the tests share it.

export interface SynonymGroup {
  terms: string[];
  category?: string | undefined;
  audience?: string | undefined;
  function?: string | undefined;
}

export interface SynonymTable {
  groups: SynonymGroup[];
  stopwords: string[];
}

export interface Vocabulary {
  /** Every known term → indexes of the groups it belongs to. */
  groupsOf: Map<string, number[]>;
  groups: SynonymGroup[];
  stopwords: Set<string>;
  /** Single characters dropped at the edges of unknown text (办医保 → 医保). */
  edgeStops: Set<string>;
  /** Length of the longest term or stop word, for longest-first matching. */
  longest: number;
}

export function buildVocabulary(table: SynonymTable): Vocabulary {
  const groupsOf = new Map<string, number[]>();
  table.groups.forEach((group, index) => {
    for (const term of group.terms) groupsOf.set(term, [...(groupsOf.get(term) ?? []), index]);
  });
  const stopwords = new Set(table.stopwords.filter((w) => w.length > 1));
  const edgeStops = new Set(table.stopwords.filter((w) => w.length === 1));
  const longest = Math.max(1, ...[...groupsOf.keys(), ...stopwords].map((t) => [...t].length));
  return { groupsOf, groups: table.groups, stopwords, edgeStops, longest };
}

export interface QueryToken {
  /** The term as it appears in the (normalised) query. */
  text: string;
  /** `term`: found in the synonym table; `free`: other text such as a place name. */
  kind: 'term' | 'free';
  /** The term itself first, then its synonyms (union over its groups). */
  alternatives: string[];
  /** Indexes of the synonym groups the term belongs to. */
  groups: number[];
}

export interface ParsedQuery {
  /** The query as the resident typed it (after 繁→简 conversion, if any). */
  input: string;
  /** Whitespace-separated pieces of the normalised query, as typed. */
  parts: string[];
  tokens: QueryToken[];
  /** The query asked for something nearby (附近, 离我近): suggest the near-me list. */
  nearMe: boolean;
  /** Directory categories and audiences the terms are about, for suggestions. */
  categories: string[];
  audiences: string[];
}

const nearWords = ['附近', '离我近', '最近的', '周边', '身边'];

/** NFKC (full-width letters and digits become ASCII), lower-case Latin, punctuation to spaces, single spaces. */
export function normalizeQuery(query: string): string {
  return query
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Splits one whitespace-free piece into tokens: the longest known term or stop word at each position wins;
 * characters between known words are kept together as free text (a place name, a center's name).
 */
function splitPart(part: string, vocab: Vocabulary): QueryToken[] {
  const chars = [...part];
  const tokens: QueryToken[] = [];
  let free = '';
  const flushFree = () => {
    let text = free;
    // Drop one-character stop words only at the edges of unknown text, so 老有所养-like words survive.
    while (text && vocab.edgeStops.has(text[0]!)) text = text.slice(1);
    while (text && vocab.edgeStops.has(text[text.length - 1]!)) text = text.slice(0, -1);
    if (text) tokens.push({ text, kind: 'free', alternatives: [text], groups: [] });
    free = '';
  };
  for (let i = 0; i < chars.length;) {
    let matched = '';
    for (let len = Math.min(vocab.longest, chars.length - i); len >= 1 && !matched; len--) {
      const candidate = chars.slice(i, i + len).join('');
      if (vocab.groupsOf.has(candidate) || (len > 1 && vocab.stopwords.has(candidate))) matched = candidate;
    }
    if (!matched) {
      free += chars[i];
      i++;
      continue;
    }
    flushFree();
    if (vocab.groupsOf.has(matched)) {
      const groups = vocab.groupsOf.get(matched)!;
      const alternatives = [matched, ...groups.flatMap((g) => vocab.groups[g]!.terms).filter((t) => t !== matched)];
      tokens.push({ text: matched, kind: 'term', alternatives: [...new Set(alternatives)], groups });
    }
    i += [...matched].length;
  }
  flushFree();
  return tokens;
}

export function parseQuery(query: string, vocab: Vocabulary): ParsedQuery {
  const normalized = normalizeQuery(query);
  const parts = normalized ? normalized.split(' ') : [];
  const tokens: QueryToken[] = [];
  for (const part of parts) {
    for (const token of splitPart(part, vocab)) if (!tokens.some((t) => t.text === token.text)) tokens.push(token);
  }
  const groupsUsed = tokens.flatMap((t) => t.groups).map((g) => vocab.groups[g]!);
  const unique = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))];
  return {
    input: query,
    parts,
    tokens,
    nearMe: nearWords.some((w) => normalized.includes(w)),
    categories: unique(groupsUsed.map((g) => g.category)),
    audiences: unique(groupsUsed.map((g) => g.audience)),
  };
}

/** How a page's text matches: 0 every piece as typed, 1 every term as typed, 2 every term or a synonym, 3 loosely. */
export type MatchTier = 0 | 1 | 2 | 3;

export interface TextMatch {
  tier: MatchTier;
  /** The words found in the text, originals before synonyms, for highlighting and snippets. */
  found: string[];
  /** Synonyms that stood in for a term the text does not contain, e.g. 老人 → 长者. */
  via: { term: string; synonym: string }[];
  /** How many of the query's terms the text contains (as typed or as a synonym). */
  termsFound: number;
}

/**
 * Judges a page's text against the query by real substrings (Pagefind's own matching is looser: 长者 also
 * hits 校长). Text is compared as is: Pagefind separates block elements, so matches cannot run across them.
 */
export function matchText(text: string, query: ParsedQuery): TextMatch {
  const haystack = text.toLowerCase();
  const found: string[] = [];
  const via: TextMatch['via'] = [];
  let literal = 0;
  let termsFound = 0;
  for (const token of query.tokens) {
    if (haystack.includes(token.text)) {
      literal++;
      termsFound++;
      found.push(token.text);
      continue;
    }
    const synonym = token.alternatives.slice(1).find((alt) => haystack.includes(alt));
    if (synonym) {
      termsFound++;
      found.push(synonym);
      via.push({ term: token.text, synonym });
    }
  }
  const all = query.tokens.length;
  const everyPart = query.parts.length > 0 && query.parts.every((p) => haystack.includes(p));
  // Terms are pieces of the parts, so every part present means every term present.
  let tier: MatchTier = 3;
  if (everyPart) tier = 0;
  else if (all > 0 && literal === all) tier = 1;
  else if (all > 0 && termsFound === all) tier = 2;
  if (everyPart) for (const p of query.parts) if (!found.includes(p)) found.unshift(p);
  return { tier, found: [...new Set(found)], via, termsFound };
}

export interface SnippetPiece {
  text: string;
  mark: boolean;
}

/**
 * A short passage around the first occurrence of the found words, split into marked and plain pieces so the
 * page can render it with text nodes (no HTML from the index is ever injected).
 */
export function snippet(text: string, words: string[], radius = 28): SnippetPiece[] {
  const lower = text.toLowerCase();
  const present = words.filter((w) => w && lower.includes(w.toLowerCase()));
  if (!present.length)
    return [{ text: text.slice(0, radius * 2).trim() + (text.length > radius * 2 ? '…' : ''), mark: false }];
  const first = Math.min(...present.map((w) => lower.indexOf(w.toLowerCase())));
  let start = Math.max(0, first - radius);
  // Start after a block separator when there is one close by, so the passage begins with a whole sentence.
  const boundary = text.lastIndexOf('. ', first);
  if (boundary >= start && boundary < first) start = boundary + 2;
  const end = Math.min(text.length, first + radius * 2);
  const window = text.slice(start, end);
  const windowLower = window.toLowerCase();
  const marks: [number, number][] = [];
  // Longest words first, so 长者食堂 is marked whole rather than as 长者 + 食堂.
  for (const word of [...present].sort((a, b) => b.length - a.length)) {
    const w = word.toLowerCase();
    for (let at = windowLower.indexOf(w); at >= 0; at = windowLower.indexOf(w, at + w.length)) {
      if (!marks.some(([s, e]) => at < e && at + w.length > s)) marks.push([at, at + w.length]);
    }
  }
  marks.sort((a, b) => a[0] - b[0]);
  const pieces: SnippetPiece[] = [];
  let cursor = 0;
  if (start > 0) pieces.push({ text: '…', mark: false });
  for (const [s, e] of marks) {
    if (s > cursor) pieces.push({ text: window.slice(cursor, s), mark: false });
    pieces.push({ text: window.slice(s, e), mark: true });
    cursor = e;
  }
  if (cursor < window.length) pieces.push({ text: window.slice(cursor), mark: false });
  if (end < text.length) pieces.push({ text: '…', mark: false });
  return pieces;
}

/** True when the query holds a character that only traditional Chinese uses (from OpenCC's table). */
export function hasTraditional(query: string, traditionalChars: string): boolean {
  for (const ch of query) if (ch.charCodeAt(0) >= 0x3400 && traditionalChars.includes(ch)) return true;
  return false;
}

/*
 * Concept keys. A digest page (several centers) carries one short Latin word per synonym group that any of its
 * centers mentions: `g<group>z` (g0z = some term of group 0 occurs). Searching `g0z` finds the pages where the
 * term or one of its synonyms occurs, in one small index chunk however many synonyms the group has; the `z`
 * ends the word, so Pagefind's prefix matching cannot take g1z for g12z. Once per page, not per center: which
 * center matches is decided afterwards from its own text, so the index stays small. Keys never reach readers.
 */
export const groupKey = (group: number) => `g${group}z`;
const keyPattern = /(^|\s)g\d+z(?=\s|\.|$)/g;

/** The concept keys of every synonym group with a term in `text`. */
export function conceptKeys(text: string, vocab: Vocabulary): string[] {
  const lower = text.toLowerCase();
  return vocab.groups.flatMap((group, g) => (group.terms.some((term) => lower.includes(term)) ? [groupKey(g)] : []));
}

/** Removes concept keys from indexed text before it is matched or shown. */
export const stripKeys = (text: string) => text.replace(keyPattern, '$1').replace(/\s{2,}/g, ' ');
