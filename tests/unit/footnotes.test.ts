// Stable fact anchors and the source → citing-facts index, on the real content tree.
import { describe, expect, it } from 'vitest';
import {
  anchorsFor,
  centerAnchors,
  centerCitations,
  citedBy,
  citationsBySource,
  factAnchors,
  shortHash,
  sourceHref,
} from '../../src/lib/content/footnotes.ts';
import { siteDataOf } from '../support/site-data.ts';

const site = siteDataOf();
const anping = site.centers.find((c) => c.slug === 'anping')!;

describe('anchors', () => {
  it('depend on what a fact is, not where it stands: reordering or inserting keeps every old anchor', () => {
    const facts = [{ what: '服务居民' }, { what: '企业', topic: '园区' }, { what: '面积' }];
    const before = factAnchors(facts);
    const after = factAnchors([{ what: '新增的事实' }, facts[2]!, facts[0]!, facts[1]!]);
    expect(after.slice(1)).toEqual([before[2], before[0], before[1]]);
    expect(new Set(before).size).toBe(3);
  });

  it('number repeats -2, -3 so ids stay unique on a page', () => {
    expect(anchorsFor('service', ['食堂', '食堂', '食堂'])).toEqual([
      `service-${shortHash('食堂')}`,
      `service-${shortHash('食堂')}-2`,
      `service-${shortHash('食堂')}-3`,
    ]);
  });

  it('are unique on every real center page', () => {
    for (const c of site.centers) {
      const a = centerAnchors(c);
      const ids = [...a.ratings, ...a.functions, ...a.extras, ...a.services, ...a.facts, ...a.events, a.contacts];
      expect(new Set(ids).size, c.slug).toBe(ids.length);
    }
  });
});

describe('what cites a source', () => {
  it('lists every citation of every center, region and exhibit exactly once', () => {
    const indexed = [...citationsBySource(site).values()].reduce((n, list) => n + list.length, 0);
    // Count the citations the way the validator finds them: any object with a source and a locator.
    const count = (v: unknown): number =>
      Array.isArray(v)
        ? v.reduce((n: number, x) => n + count(x), 0)
        : v && typeof v === 'object'
          ? ('locator' in v && 'source' in v ? 1 : 0) + Object.values(v).reduce((n: number, x) => n + count(x), 0)
          : 0;
    const expected = [...site.centers, ...site.regions, ...site.exhibits].reduce((n, e) => n + count(e), 0);
    expect(indexed).toBe(expected);
  });

  it('groups by locator, and every footnote of anping links to its own group on the source page', () => {
    for (const c of centerCitations(anping)) {
      const href = sourceHref(site, c);
      const [, anchor] = href.split('#');
      const group = citedBy(site, c.source).find((g) => g.anchor === anchor);
      expect(group?.locator, href).toBe(c.locator.trim());
      expect(group!.items.some((i) => i.href.startsWith('/centers/anping/#'))).toBe(true);
    }
  });

  it('gives every locator of a source its own anchor', () => {
    for (const s of new Set([...citationsBySource(site).keys()])) {
      const anchors = citedBy(site, s).map((g) => g.anchor);
      expect(new Set(anchors).size, s).toBe(anchors.length);
    }
  });
});
