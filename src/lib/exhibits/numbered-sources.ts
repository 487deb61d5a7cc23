// Footnote numbering on exhibit, center summary and 回乡 pages: sources are numbered in the order a page first cites
// them, and each source lists every locator the page cites from it.
import type { Citation } from '../../schemas/common.ts';
import { sourceOf, type SiteData } from '../content/queries.ts';
import { sourcePath } from '../paths.ts';

/** A citation, numbered by the order its source first appears on the page. */
export interface CiteView {
  n: number;
  source: string;
  locator: string;
  anchor: string;
}

export interface SourceView {
  n: number;
  source: string;
  anchor: string;
  printedTitle: string;
  printedPublisher: string;
  date: string;
  href: string;
  locators: string[];
}

/** A numbering for one page: `cite` each citation in page order, then `sources()` lists them by number. */
export function numberedSources(data: SiteData) {
  const order = new Map<string, SourceView>();
  const cite = (c: Pick<Citation, 'source' | 'locator'>): CiteView => {
    let entry = order.get(c.source);
    if (!entry) {
      const src = sourceOf(data, c.source);
      const n = order.size + 1;
      entry = {
        n,
        source: c.source,
        anchor: `source-${n}`,
        printedTitle: src.title,
        printedPublisher: src.publisher,
        date: src.date,
        href: sourcePath(c.source),
        locators: [],
      };
      order.set(c.source, entry);
    }
    if (!entry.locators.includes(c.locator)) entry.locators.push(c.locator);
    return { n: entry.n, source: c.source, locator: c.locator, anchor: entry.anchor };
  };
  return { cite, sources: () => [...order.values()] };
}
