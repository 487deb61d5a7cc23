// Formats a citation of one of our pages: GB/T 7714-2015, APA 7, CSL-JSON, BibTeX (biblatex @online) and RIS.
import { siteName } from '../site.ts';

/** What a citation needs to know about a page. Dates are calendar days, YYYY-MM-DD. */
export interface CitablePage {
  /** Stable key, e.g. `centers/anping`; becomes the BibTeX key and the CSL id. */
  key: string;
  /** Title as the page shows it, e.g. 安平社区"党建+"邻里中心. */
  title: string;
  /** English rendering of a non-English title, for APA's bracketed translation (optional). */
  titleTranslated?: string;
  /** Absolute permanent URL. */
  url: string;
  /** Day the page's content last changed (from version history); undefined when we cannot tell. */
  updated?: string | undefined;
  /** Day the reader consulted the page (引用日期 / retrieval date). */
  accessed: string;
  /** BCP 47 language of the page, e.g. zh-Hans. */
  language: string;
}

/** The group author and publisher of every page: the project itself. */
export const citationAuthor = siteName;

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

const parts = (day: string): [number, number, number] => {
  const m = dayPattern.exec(day);
  if (!m) throw new Error(`citation: '${day}' is not a date written YYYY-MM-DD`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
};

/** The day itself, after checking its form: a malformed date must fail the build, not reach a reader. */
const day = (text: string) => (parts(text), text);

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "November 24, 2026", the form APA uses in a retrieval statement. */
export const apaLongDate = (day: string) => {
  const [y, m, d] = parts(day);
  return `${monthNames[m - 1]} ${d}, ${y}`;
};

/** The calendar day of `when` in China (UTC+8), which is the day our readers and editors live in. */
export const chinaDay = (when: Date = new Date()) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(when);

/**
 * GB/T 7714-2015 electronic resource (4.8 / 8.8): 主要责任者. 题名[EB/OL]. (更新或修改日期)[引用日期]. 获取和访问路径.
 * Place and publisher are left out as the standard's own [EB/OL] examples do for web pages; without an update
 * date only the citation date remains, again as in the standard's examples.
 */
export function gbt7714(page: CitablePage): string {
  const updated = page.updated ? `(${day(page.updated)})` : '';
  return `${citationAuthor}. ${page.title}[EB/OL]. ${updated}[${day(page.accessed)}]. ${page.url}.`;
}

/**
 * APA 7 web page with a group author: Author. (Year, Month Day). Title. Site Name. URL
 * - The site name is omitted because it equals the author (Publication Manual 7th ed., 10.16: when the author and
 *   site name are the same, omit the site name).
 * - Our pages are designed to change and are not archived per version, so APA asks for a retrieval date (9.16):
 *   "Retrieved Month Day, Year, from URL".
 * - No period after the URL. A page without a known update date is "(n.d.)".
 * Returns plain text; `apa7Html` italicises the title as APA does.
 */
export function apa7(page: CitablePage): string {
  const { author, date, translated, retrieved } = apaParts(page);
  return `${author} ${date} ${page.title}${translated}. ${retrieved}`;
}

export function apa7Html(page: CitablePage): string {
  const { author, date, translated, retrieved } = apaParts(page);
  // Only the title proper is italic; a bracketed translation is not.
  return `${escapeHtml(author)} ${escapeHtml(date)} <i>${escapeHtml(page.title)}</i>${escapeHtml(translated)}. ${escapeHtml(retrieved)}`;
}

/** APA's pieces, for pages that render the title in italics and the retrieval date in its own element. */
export function apaParts(page: CitablePage) {
  let date = 'n.d.';
  if (page.updated) {
    const [y, m, d] = parts(page.updated);
    date = `${y}, ${monthNames[m - 1]} ${d}`;
  }
  return {
    author: `${citationAuthor}.`,
    date: `(${date}).`,
    translated: page.titleTranslated ? ` [${page.titleTranslated}]` : '',
    retrieved: `Retrieved ${apaLongDate(page.accessed)}, from ${page.url}`,
    accessedLong: apaLongDate(page.accessed),
  };
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** CSL language tags: CSL processors know zh-CN / zh-TW locales better than script subtags. */
const cslLanguage = (lang: string) => ({ 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW' })[lang] ?? lang;

const dateParts = (day: string) => ({ 'date-parts': [parts(day)] });

/** A reference key safe in BibTeX, CSL and file names: `linli-ditu-centers-anping`. */
export const citationKey = (page: Pick<CitablePage, 'key'>) =>
  `linli-ditu-${page.key
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()}`;

/** CSL-JSON: an array with one `webpage` item, as reference managers import it. */
export function cslJson(page: CitablePage): Record<string, unknown>[] {
  return [
    {
      id: citationKey(page),
      type: 'webpage',
      title: page.title,
      author: [{ literal: citationAuthor }],
      'container-title': siteName,
      publisher: citationAuthor,
      URL: page.url,
      ...(page.updated ? { issued: dateParts(page.updated) } : {}),
      accessed: dateParts(page.accessed),
      language: cslLanguage(page.language),
    },
  ];
}

/** Escapes BibTeX's special characters; braces keep the group author from being split into first/last names. */
const bibEscape = (text: string) =>
  text
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([{}%&$#_])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');

/** biblatex @online entry (works with biblatex-gb7714-2015 and biblatex-apa): date is 更新日期, urldate is 引用日期. */
export function bibtex(page: CitablePage): string {
  const fields: [string, string][] = [
    ['author', `{${bibEscape(citationAuthor)}}`],
    ['title', `{${bibEscape(page.title)}}`],
    ...(page.titleTranslated ? ([['titleaddon', bibEscape(page.titleTranslated)]] as [string, string][]) : []),
    ['organization', bibEscape(citationAuthor)],
    ...(page.updated ? ([['date', day(page.updated)]] as [string, string][]) : []),
    ['url', page.url],
    ['urldate', day(page.accessed)],
    ['langid', page.language.startsWith('zh') ? 'chinese' : 'english'],
  ];
  const width = Math.max(...fields.map(([name]) => name.length));
  return `@online{${citationKey(page)},\n${fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}}`).join(',\n')}\n}\n`;
}

/** RIS (ELEC = web page). DA is the update date, Y2 the access date; lines end in CRLF as the format specifies. */
export function ris(page: CitablePage): string {
  const slash = (day: string) =>
    parts(day)
      .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0'))
      .join('/');
  const lines: [string, string][] = [
    ['TY', 'ELEC'],
    ['AU', citationAuthor],
    ['TI', page.title],
    ...(page.titleTranslated ? ([['TT', page.titleTranslated]] as [string, string][]) : []),
    ['PB', citationAuthor],
    ...(page.updated
      ? ([
          ['PY', page.updated.slice(0, 4)],
          ['DA', slash(page.updated)],
        ] as [string, string][])
      : []),
    ['Y2', slash(page.accessed)],
    ['UR', page.url],
    ['LA', cslLanguage(page.language)],
  ];
  return `${lines.map(([tag, value]) => `${tag}  - ${value.replace(/[\r\n]+/g, ' ')}`).join('\r\n')}\r\nER  - \r\n`;
}

/** Every downloadable format: file name suffix, media type and the body. */
export const citationFiles = {
  bib: { label: 'BibTeX', type: 'application/x-bibtex; charset=utf-8', body: bibtex },
  ris: { label: 'RIS', type: 'application/x-research-info-systems; charset=utf-8', body: ris },
  json: {
    label: 'CSL-JSON',
    type: 'application/vnd.citationstyles.csl+json; charset=utf-8',
    body: (p: CitablePage) => `${JSON.stringify(cslJson(p), null, 2)}\n`,
  },
} as const;
export type CitationFormat = keyof typeof citationFiles;
