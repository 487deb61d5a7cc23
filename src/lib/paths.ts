// Every page address the site links to, in one place: pages, print sheets and scripts build links from these.
// Browser-safe (the map and near-me scripts use it too).
import { localPath, type Lang } from './i18n/langs.ts';

export type PageKind = 'centers' | 'regions' | 'exhibits';

/** A content page's path, e.g. /centers/anping/ (the 简体 page; see the language helpers for the others). */
export const pagePath = (kind: PageKind, slug: string) => `/${kind}/${slug}/`;

export const centerPath = (slug: string, lang: Lang = 'zh-Hans') => localPath(lang, pagePath('centers', slug));
export const regionPath = (slug: string) => pagePath('regions', slug);
export const exhibitPath = (slug: string, lang: Lang = 'zh-Hans') => localPath(lang, pagePath('exhibits', slug));
export const sourcePath = (slug: string) => `/sources/${slug}/`;
/** The iCalendar feed of a center's or region's events, or of the whole site; `webcal` for subscribing. */
export const calendarPath = (kind?: 'centers' | 'regions', slug?: string) =>
  kind && slug ? `${pagePath(kind, slug)}events.ics` : '/events.ics';
export const webcalUrl = (path: string, site: URL) => new URL(path, site).href.replace(/^https?:/, 'webcal:');
/** The printable A4 sheet of a center. */
export const centerPrintPath = (slug: string) => `${pagePath('centers', slug)}print/`;
