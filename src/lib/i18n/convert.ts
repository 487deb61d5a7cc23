// 简体 → 繁體 at build time: OpenCC's cn → tw conversion, with our phrase table for local names applied first.
import { Converter } from 'opencc-js/cn2t';
import { phraseFixes, phrasePins, type Phrase } from './phrases.ts';

/*
 * Why cn → tw (Taiwan standard characters) and not hk or twp:
 * - Readers are 华侨 in Southeast Asia, Taiwan and Hong Kong. Taiwan's standard forms (裡, 著, 台) are what most
 *   traditional-script schools and newspapers outside Hong Kong teach; Hong Kong forms (裏, 着) differ only in a
 *   handful of characters, all readable either way.
 * - twp/hkp also swap Mainland vocabulary for Taiwan/HK words (信息→資訊, 视频→影片). Our texts quote programme names
 *   and slogans from Mainland reports; rewriting their words would misquote them. Character conversion only.
 */
let opencc: ((text: string) => string) | undefined;
const converter = () => (opencc ??= Converter({ from: 'cn', to: 'tw' }));

const table = new Map<string, string>([...phrasePins, ...phraseFixes].map((p: Phrase) => [p.hans, p.hant]));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Longest first, so 曾林社区 wins over a shorter entry inside it. */
const pattern = new RegExp(
  [...table.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|'),
  'gu',
);
const han = /\p{Script=Han}/u;

/** OpenCC alone, without our phrase table: for tests that check which table entries are still needed. */
export const openccOnly = (text: string) => converter()(text);

/**
 * Converts 简体 text to 繁體. Phrase-table matches are cut out and written as the table says; the text between
 * them goes through OpenCC. Text without Han characters is returned untouched (and OpenCC is never loaded).
 */
export function toHant(text: string): string {
  if (!han.test(text)) return text;
  const known = memo.get(text);
  if (known !== undefined) return known;
  const out = convertUncached(text);
  memo.set(text, out);
  return out;
}

/**
 * Conversions already made in this process. A build converts the same names many times (a village's name on its
 * exhibit, the index, the 回乡 list, every 繁體 center page), and the function is pure, so each string is converted once.
 */
const memo = new Map<string, string>();

function convertUncached(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    out += converter()(text.slice(last, match.index)) + table.get(match[0])!;
    last = match.index + match[0].length;
  }
  return out + converter()(text.slice(last));
}

/**
 * Converts every string inside a value (objects, arrays) except under `keep` keys: things printed verbatim in a
 * 简体 source (locators a journalist searches for, printed titles), identifiers and URLs.
 */
export function toHantDeep<T>(value: T, keep: ReadonlySet<string> = verbatimKeys): T {
  if (typeof value === 'string') return toHant(value) as T;
  if (Array.isArray(value)) return value.map((item) => toHantDeep(item, keep)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = keep.has(key) ? item : toHantDeep(item, keep);
    return out as T;
  }
  return value;
}

/** Keys whose string values stay as written: identifiers, URLs, dates and text quoted verbatim from 简体 sources. */
export const verbatimKeys: ReadonlySet<string> = new Set([
  'slug',
  'id',
  'href',
  'path',
  'src',
  'source',
  'locator',
  'locators',
  'quote',
  'date',
  'lang',
  'kind',
  'region',
  'center',
  'lastChecked',
  'printedTitle',
  'printedPublisher',
  'anchor',
]);
