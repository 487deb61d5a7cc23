// The glob that tells Pagefind which built pages to read: every searchable page type, none of the heavy others.
import { describe, expect, it } from 'vitest';
import { pagefindReads } from '../../scripts/lib/pagefind-glob.ts';

describe('pagefindReads', () => {
  it('reads the page types that carry data-pagefind-body', () => {
    for (const p of [
      'regions/anhai/index.html',
      'search/digest/anhai/index.html',
      'exhibits/index.html',
      'exhibits/xian-cunshiguan/index.html',
      'huixiang/index.html',
      'en/index.html',
      'en/centers/anhai-xian/index.html',
      'zh-hant/exhibits/x/index.html',
    ])
      expect(pagefindReads(p), p).toBe(true);
  });

  it('skips the pages that are never indexed: center pages (found through digests), print sheets, histories, lists', () => {
    for (const p of [
      'index.html',
      'centers/anhai-xian/index.html',
      'centers/anhai-xian/print/index.html',
      'centers/anhai-xian/history/index.html',
      'regions/anhai/history/index.html',
      'sources/x/index.html',
      'services/for/everyone/index.html',
      'map/index.html',
    ])
      expect(pagefindReads(p), p).toBe(false);
  });
});
