// Finds summary sentences (简体 and English) whose figures say more, or other, than the facts they come from.
import { centersIn, regionChain } from '../../src/lib/content/queries.ts';
import { siteDataFromTree, type ContentEntry } from '../../src/lib/content/tree.node.ts';
import type { Center } from '../../src/schemas/center.ts';
import type { Fact } from '../../src/schemas/fact.ts';
import type { Region } from '../../src/schemas/region.ts';

/** How a figure is hedged, in the fact schema's terms: 30余名 is 30 more-than, 约30 is 30 about. */
type Precision = Exclude<Fact['precision'], 'text'>;

export interface NumberClaim {
  value: number;
  precision: Precision;
  /** The figure as written in the sentence, for the report. */
  text: string;
}

export interface NumberProblem {
  file: string;
  field: string;
  sentence: string;
  claim: string;
  message: string;
}

/*
 * Chinese: 30余 / 20多 / 5600多名 are more-than, 约 / 近 / 左右 about, 以上 at-least, 不到 less-than; 万 multiplies.
 * A figure inside quotation marks is a name ("15分钟便民服务区", "1+6+X"), and a four-digit figure before 年 is a
 * year: neither is a count, so both are skipped.
 */
const zhFigure = /(约|近|不到)?(\d+(?:\.\d+)?)(万)?(余|多)?(万)?(?:[^\d\s，。；、]{0,3}?(以上|左右))?/gu;
/* English: "more than 5,600", "over 30", "30+", "about 2,000", "at least 60", "60 or over", "fewer than 10", "92.9%". */
const enFigure =
  /(?:\b(more than|over|about|around|nearly|almost|roughly|some|at least|fewer than|less than|under)\s+)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(\+)?(?:\s+(or (?:more|over|older)))?/giu;

const zhPrecision = (before?: string, after?: string, suffix?: string): Precision =>
  before === '约' || before === '近' || suffix === '左右'
    ? 'about'
    : before === '不到'
      ? 'less-than'
      : after
        ? 'more-than'
        : suffix === '以上'
          ? 'at-least'
          : 'exact';

const enPrecision = (word: string | undefined, plus: string | undefined, orMore: string | undefined): Precision => {
  const w = word?.toLowerCase();
  if (plus || w === 'more than' || w === 'over') return 'more-than';
  if (orMore || w === 'at least') return 'at-least';
  if (w === 'fewer than' || w === 'less than' || w === 'under') return 'less-than';
  if (w) return 'about';
  return 'exact';
};

/** Spans inside quotation marks or brackets of a name: figures there are part of a name, not a count. */
const quoted = /“[^”]*”|"[^"]*"|「[^」]*」|《[^》]*》/gu;
const blank = (text: string) => text.replace(quoted, (q) => ' '.repeat(q.length));

/** The figures a Chinese sentence states, with how it hedges each. */
export function zhClaims(sentence: string): NumberClaim[] {
  const text = blank(sentence);
  return [...text.matchAll(zhFigure)].flatMap((m) => {
    const [whole, before, digits, wan1, after, wan2, suffix] = m;
    const next = text.slice(m.index + whole.length);
    const prev = text.slice(0, m.index);
    if (/^\d{4}$/.test(digits!) && /^(年|\s*年)/.test(text.slice(m.index + (before?.length ?? 0) + digits!.length)))
      return [];
    // A code or hotline (five digits or more, no 万), part of "1+6+X", a date or time, or "15分钟" / "5星" is no count.
    if ((/^\d{5,}$/.test(digits!) && !wan1 && !wan2) || /^[+＋]/.test(next) || /[+＋]$/.test(prev)) return [];
    if (/^(月|日|号|时|点|:|：|分钟|星)/.test(next)) return [];
    const value = Number(digits) * (wan1 || wan2 ? 10000 : 1);
    return [{ value, precision: zhPrecision(before, after, suffix), text: whole.trim() }];
  });
}

/** The figures an English sentence states, with how it hedges each. Years and times of day are skipped. */
export function enClaims(sentence: string): NumberClaim[] {
  const text = blank(sentence);
  return [...text.matchAll(enFigure)].flatMap((m) => {
    const [whole, word, digits, plus, orMore] = m;
    const value = Number(digits!.replace(/,/g, ''));
    const at = m.index + whole.indexOf(digits!);
    const next = text.slice(at + digits!.length + (plus?.length ?? 0));
    const prev = text.slice(0, at);
    if (plus && /^\d/.test(next)) return [];
    // A year, a figure inside a name ("1+6+X", "COVID-19") or a compound ("15-minute", "5-star") is not a count,
    // nor a run of five or more digits without separators (an admin code, the 12345 hotline).
    if (/^\d{5,}$/.test(digits!) || /^(19|20)\d\d$/.test(digits!)) return [];
    if (/[\p{L}+-]$/u.test(prev) || (!plus && /^[+-]?\p{L}/u.test(next))) return [];
    return [{ value, precision: enPrecision(word, plus, orMore), text: whole.trim() }];
  });
}

interface FactFigure {
  value: number;
  precision: string;
}

/**
 * The figures a page's facts state, each also in units of 万 when the fact's unit is 万…, and the figures in what
 * they count ("60周岁以上老年人" states 60, at least).
 */
function factFigures(page: Center | Region): FactFigure[] {
  return page.facts.flatMap((f) => {
    const qualifiers = zhClaims(f.what);
    if (typeof f.value !== 'number') return qualifiers;
    const { value, precision } = f;
    const own = f.unit?.startsWith('万')
      ? [
          { value, precision },
          { value: value * 10000, precision },
        ]
      : [{ value, precision }];
    return [...own, ...qualifiers];
  });
}

const sentencesOf = (text: string, lang: 'zh' | 'en') =>
  (lang === 'zh' ? text.split(/(?<=[。！？；])/u) : text.replace(/\s+/g, ' ').split(/(?<=[.!?;])\s+(?=[A-Z\d(“"])/u))
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Every figure in a center's or region's summary (简体 `summary`, English `summaryEn`) must be the figure of one of
 * its own facts (or of its region, or its centers), hedged the same way: "5600多名" is "more than 5,600", never "5,600". A figure no fact states is
 * listed too: the summary then says something the facts do not back.
 */
export function checkNumberClaims(entries: ContentEntry[]): NumberProblem[] {
  const problems: NumberProblem[] = [];
  const data = siteDataFromTree({ entries });
  const fileOf = new Map(entries.map((e) => [`${e.collection}/${String(e.data.slug)}`, e.file]));
  /** A center's summary may state its regions' facts, and a region's the facts of the centers inside it. */
  const pages = [
    ...data.centers.map((c) => ({
      kind: 'centers',
      page: c,
      related: data.regionBySlug.has(c.region) ? regionChain(data, c.region) : [],
    })),
    ...data.regions.map((r) => ({ kind: 'regions', page: r, related: centersIn(data, r.slug) })),
  ];
  for (const { kind, page, related } of pages) {
    const figures = [page, ...related].flatMap(factFigures);
    for (const [field, lang] of [
      ['summary', 'zh'],
      ['summaryEn', 'en'],
    ] as const) {
      const text = page[field];
      if (typeof text !== 'string') continue;
      for (const sentence of sentencesOf(text, lang))
        for (const claim of lang === 'zh' ? zhClaims(sentence) : enClaims(sentence)) {
          const same = figures.filter((f) => Math.abs(f.value - claim.value) < 1e-9);
          if (same.some((f) => f.precision === claim.precision)) continue;
          const message = same.length
            ? `says "${claim.text}" (${claim.precision}) but the fact says ${same[0]!.value} (${same.map((f) => f.precision).join(' / ')})`
            : `says "${claim.text}", but no fact of this ${kind.replace(/s$/, '')} has the figure ${claim.value}`;
          problems.push({ file: fileOf.get(`${kind}/${page.slug}`)!, field, sentence, claim: claim.text, message });
        }
    }
  }
  return problems;
}
