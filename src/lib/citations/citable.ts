// What a journalist needs about one of our pages: permanent URL, title, dates (last changed, last checked) and history.
import { findExhibit, type SiteData } from '../content/queries.ts';
import { pagePath, type PageKind } from '../paths.ts';
export type { PageKind } from '../paths.ts';
import { chinaDay, type CitablePage } from './citation.ts';
import { contentHistory, entryHistory, type ContentHistory, type EntryHistory } from './history.node.ts';

export const pageKindLabels: Record<PageKind, string> = {
  centers: '邻里中心',
  regions: '地区',
  exhibits: '村史与展馆',
};

export interface PageRecord {
  kind: PageKind;
  slug: string;
  title: string;
  titleTranslated?: string | undefined;
  /** Site path, e.g. /centers/anping/. */
  path: string;
  /** Absolute permanent URL. */
  url: string;
  language: string;
  /** YYYY-MM-DD from the content's lastChecked. */
  lastChecked: string;
  history: EntryHistory;
}

/** The day a build runs, in China: the default 引用日期 on static files (pages update it in the reader's browser). */
export const buildDay = chinaDay();

/** Finds the entry and assembles its record. Throws with a clear message for an unknown slug. */
export function pageRecord(
  data: SiteData,
  kind: PageKind,
  slug: string,
  site: URL | string,
  history: ContentHistory = contentHistory(),
): PageRecord {
  const base = {
    kind,
    slug,
    path: pagePath(kind, slug),
    url: new URL(pagePath(kind, slug), site).href,
    history: entryHistory(history, kind, slug),
  };
  if (kind === 'centers') {
    const c = data.centerBySlug.get(slug);
    if (!c) throw new Error(`citable: no center '${slug}'`);
    return { ...base, title: c.name, language: 'zh-Hans', lastChecked: c.lastChecked };
  }
  if (kind === 'regions') {
    const r = data.regionBySlug.get(slug);
    if (!r) throw new Error(`citable: no region '${slug}'`);
    return { ...base, title: r.name, language: 'zh-Hans', lastChecked: r.lastChecked };
  }
  const e = findExhibit(data, slug);
  if (!e) throw new Error(`citable: no exhibit '${slug}'`);
  return { ...base, title: e.title, titleTranslated: e.en.title, language: 'zh-Hans', lastChecked: e.lastChecked };
}

/** The record as citation input, consulted on `accessed` (default: the build day). */
export const citableOf = (record: PageRecord, accessed: string = buildDay): CitablePage => ({
  key: `${record.kind}/${record.slug}`,
  title: record.title,
  ...(record.titleTranslated ? { titleTranslated: record.titleTranslated } : {}),
  url: record.url,
  updated: record.history.lastChanged?.day,
  accessed,
  language: record.language,
});

/** Every page that has a citation, history and dates. */
export function allPageRecords(
  data: SiteData,
  site: URL | string,
  history: ContentHistory = contentHistory(),
): PageRecord[] {
  return [
    ...data.centers.map((c) => pageRecord(data, 'centers', c.slug, site, history)),
    ...data.regions.map((r) => pageRecord(data, 'regions', r.slug, site, history)),
    ...data.exhibits.map((e) => pageRecord(data, 'exhibits', e.slug, site, history)),
  ];
}
