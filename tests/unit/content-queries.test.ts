// The indexed region queries in src/lib/content/queries.ts answer exactly as the plain filters they replaced, in the same order.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSite } from '../../scripts/lib/synthetic.ts';
import {
  centersIn,
  childRegions,
  exhibitsIn,
  exhibitsOfCenter,
  isWithin,
  regionAt,
  regionChain,
  type SiteData as Data,
} from '../../src/lib/content/queries.ts';
import { regionLevels } from '../../src/schemas/region.ts';
import { repoRoot, siteDataOf } from '../support/site-data.ts';

/** The queries as they were before the indexes: obviously right, O(n) per call. */
const reference = {
  regionChain(data: Data, slug: string) {
    const chain = [];
    for (let r = data.regionBySlug.get(slug); r; r = r.parent ? data.regionBySlug.get(r.parent) : undefined)
      chain.unshift(r);
    return chain;
  },
  isWithin: (data: Data, slug: string, ancestor: string) =>
    reference.regionChain(data, slug).some((r) => r.slug === ancestor),
  centersIn: (data: Data, region: string) => data.centers.filter((c) => reference.isWithin(data, c.region, region)),
  childRegions: (data: Data, slug: string) => data.regions.filter((r) => r.parent === slug),
  exhibitsOfCenter: (data: Data, slug: string) => data.exhibits.filter((e) => e.center === slug),
  exhibitsIn: (data: Data, region: string) => data.exhibits.filter((e) => reference.isWithin(data, e.region, region)),
};

let dir: string;
let data: Data;
beforeAll(() => {
  // The real content (exhibits included) plus a synthetic province of 300 centers, in one tree.
  dir = mkdtempSync(join(tmpdir(), 'content-queries-'));
  for (const file of generateSite(300, 7)) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.text);
  }
  data = siteDataOf(repoRoot, dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('indexed region queries', () => {
  it('match the plain filters for every region and center, in the same order', () => {
    expect(data.centers.length).toBeGreaterThan(300);
    for (const region of data.regions) {
      expect(regionChain(data, region.slug)).toEqual(reference.regionChain(data, region.slug));
      expect(centersIn(data, region.slug)).toEqual(reference.centersIn(data, region.slug));
      expect(childRegions(data, region.slug)).toEqual(reference.childRegions(data, region.slug));
      expect(exhibitsIn(data, region.slug)).toEqual(reference.exhibitsIn(data, region.slug));
      for (const level of regionLevels)
        expect(regionAt(data, region.slug, level)).toBe(
          reference.regionChain(data, region.slug).find((r) => r.level === level),
        );
    }
    for (const center of data.centers) {
      expect(exhibitsOfCenter(data, center.slug)).toEqual(reference.exhibitsOfCenter(data, center.slug));
      expect(isWithin(data, center.region, 'syn-province')).toBe(
        reference.isWithin(data, center.region, 'syn-province'),
      );
    }
    expect(centersIn(data, 'syn-province')).toHaveLength(300);
    expect(centersIn(data, 'no-such-region')).toEqual([]);
  });

  it("hands out copies, so a page sorting its list cannot reorder another page's", () => {
    const first = centersIn(data, 'syn-province');
    first.reverse();
    expect(centersIn(data, 'syn-province')).toEqual(reference.centersIn(data, 'syn-province'));
    const chain = regionChain(data, 'syn-000001');
    chain.pop();
    expect(regionChain(data, 'syn-000001')).toHaveLength(4);
  });

  it('still throws for an unknown region, naming it', () => {
    expect(() => regionChain(data, 'nowhere')).toThrow("region 'nowhere' does not exist");
  });
});
