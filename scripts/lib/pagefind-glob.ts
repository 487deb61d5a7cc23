// Which built pages Pagefind reads. Only pages marked data-pagefind-body are indexed, but Pagefind parses every
// file its glob finds: at 10,000 centers that was 71,000 pages (print sheets, histories, multi-megabyte lists) and
// 6 GB of memory for the 31,000 it indexed. The build's checks fail on a data-pagefind-body page outside this
// glob, so a new searchable page type cannot drop out of search unnoticed.
import { matchesGlob } from 'node:path';

export const pagefindGlob = `{${[
  'regions/*/index.html', // region pages; not their history pages
  'search/digest/**/*.html', // one digest page per town: the centers' search entries
  'exhibits/**/*.html',
  'huixiang/**/*.html',
  'en/**/*.html', // English and 繁體 center summaries, exhibits and guides
  'zh-hant/**/*.html',
].join(',')}}`;

/** Whether Pagefind will read a page, by its path inside dist/ ("regions/x/index.html"). */
export const pagefindReads = (pathInDist: string) => matchesGlob(pathInDist, pagefindGlob);
