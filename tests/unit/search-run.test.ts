// The search pipeline on the real content with a stand-in for Pagefind: digest pages, concept keys, ranking
// exact > synonym > related, per-center filters, and synonyms/loose searches only when a page is not full.
import { beforeAll, describe, expect, it } from 'vitest';
import type { SiteData } from '../../src/lib/content/queries.ts';
import {
  centerSearchLines,
  digestEntry,
  digestGroups,
  digestKeys,
  digestSize,
  regionSearchAttrs,
} from '../../src/lib/search/digest.ts';
import { buildVocabulary, parseQuery } from '../../src/lib/search/query.ts';
import {
  SearchSession,
  entriesOf,
  passesFilters,
  type PagefindFilters as Filters,
  type PagefindFragment as Fragment,
} from '../../src/lib/search/run.ts';
import { loadSynonyms } from '../../src/lib/search/synonyms.node.ts';
import { siteDataOf } from '../support/site-data.ts';

interface FakePage {
  id: string;
  fragment: Fragment;
  filters: Record<string, string[]>;
}

const vocab = buildVocabulary(loadSynonyms());
let data: SiteData;
let pages: FakePage[] = [];
const segmenter = new Intl.Segmenter('zh-Hans', { granularity: 'word' });

/** A stand-in for Pagefind: prefix match for concept keys, loose segment match (like Pagefind's) for Chinese. */
function fakePagefind(calls: string[] = []) {
  const matches = (page: FakePage, filters: Filters | undefined) =>
    Object.entries(filters ?? {}).every(([k, v]) =>
      (typeof v === 'string' ? [v] : v.any).some((x) => page.filters[k]?.includes(x)),
    );
  return {
    calls,
    search: async (term: string | null, options: { filters?: Filters } = {}) => {
      calls.push(term ?? '(filters)');
      const hits = pages.filter((p) => {
        if (!matches(p, options.filters)) return false;
        if (term === null) return true;
        const words = p.fragment.content.split(/[\s.]+/);
        if (/^g\d+z$/.test(term)) return words.some((w) => w.startsWith(term));
        const segments = [...segmenter.segment(term)].filter((s) => s.isWordLike).map((s) => s.segment);
        return segments.every((s) => p.fragment.content.includes(s));
      });
      return {
        results: hits.map((p) => ({
          id: p.id,
          score: term ? p.fragment.content.split(term).length : 1,
          data: async () => p.fragment,
        })),
      };
    },
  };
}

beforeAll(() => {
  data = siteDataOf();
  pages = digestGroups(data).map((group) => {
    const entries = group.centers.map((c) => digestEntry(data, c));
    const content = [
      group.title,
      digestKeys(data, group.centers, vocab).join(' '),
      ...group.centers.map((c) => ['⁂', ...centerSearchLines(data, c)].join('. ')),
    ].join('. ');
    const facet = (pick: (e: (typeof entries)[number]) => string[]) => [...new Set(entries.flatMap(pick))];
    return {
      id: `group-${group.slug}`,
      fragment: {
        url: `/search/digest/${group.slug}/`,
        content,
        meta: { kind: 'group', title: group.title, centers: JSON.stringify(entries) },
      },
      filters: {
        county: facet((e) => [e.f.co]),
        town: facet((e) => [e.f.to]),
        function: facet((e) => e.f.fn),
        audience: facet((e) => e.f.au),
        category: facet((e) => e.f.ca),
      },
    };
  });
  // A page that only shares characters with 长者 (校长, 读者): it must never rank as a real match.
  pages.push({
    id: 'decoy',
    fragment: {
      url: '/regions/decoy/',
      content: '某镇. 校长和读者在这里开会。',
      meta: { kind: '地区', title: '某镇', place: '' },
      excerpt: '<mark>校长</mark>和<mark>读者</mark>',
    },
    filters: {},
  });
});

const run = async (q: string, options: ConstructorParameters<typeof SearchSession>[2] = {}, calls: string[] = []) => {
  const session = new SearchSession(fakePagefind(calls), parseQuery(q, vocab), options);
  await session.next();
  return session;
};
const centersWith = (word: string) =>
  data.centers.filter((c) => centerSearchLines(data, c).join('. ').includes(word)).map((c) => `/centers/${c.slug}/`);

describe('digest pages', () => {
  it('hold every center exactly once, at most digestSize per page', () => {
    const groups = digestGroups(data);
    const urls = groups.flatMap((g) => g.centers.map((c) => c.slug));
    expect(urls.sort()).toEqual(data.centers.map((c) => c.slug).sort());
    expect(groups.every((g) => g.centers.length <= digestSize)).toBe(true);
  });

  it('split back into one entry per center, without concept keys or markers', () => {
    const entries = entriesOf(pages[0]!.fragment);
    expect(entries.length).toBe(JSON.parse(pages[0]!.fragment.meta['centers']!).length);
    for (const e of entries) {
      expect(e.text).not.toMatch(/\bg\d+z\b|⁂/);
      expect(e.text.length).toBeGreaterThan(10);
      expect(e.url).toMatch(/^\/centers\/[a-z0-9-]+\/$/);
    }
  });

  it('leave village pages that have a center out of the index, and keep towns', () => {
    const village = data.regions.find((r) => r.level === 'village' && data.centers.some((c) => c.region === r.slug))!;
    const town = data.regions.find((r) => r.level === 'town')!;
    expect(regionSearchAttrs(data, village)).toEqual({});
    expect(regionSearchAttrs(data, town)).toEqual({ 'data-pagefind-body': '' });
  });
});

describe('ranking', () => {
  it('puts every center that has 长者食堂 first, as exact matches', async () => {
    const expected = centersWith('长者食堂');
    expect(expected.length).toBeGreaterThanOrEqual(2);
    const s = await run('长者食堂');
    const top = s.hits.slice(0, expected.length);
    expect(top.map((h) => h.url).sort()).toEqual(expected.sort());
    expect(top.every((h) => h.tier === 0 && h.service?.name)).toBe(true);
  });

  it('never ranks a page that only has 校长 and 读者 as a match for 长者', async () => {
    const s = await run('长者');
    expect(s.hits.map((h) => h.url)).not.toContain('/regions/decoy/');
    expect(s.related.map((h) => h.url)).toContain('/regions/decoy/');
    expect(s.hits.length).toBeGreaterThan(0);
    expect(s.hits.every((h) => h.tier <= 2)).toBe(true);
  });

  it('orders exact before synonym matches and says which synonym matched', async () => {
    const s = await run('老人吃饭');
    const tiers = s.hits.map((h) => h.tier);
    expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
    const synonym = s.hits.find((h) => h.tier === 2);
    expect(synonym?.via.length).toBeGreaterThan(0);
    // Centers with a 长者食堂 are found although they never say 老人吃饭.
    expect(s.hits.map((h) => h.url)).toEqual(expect.arrayContaining(centersWith('长者食堂')));
  });

  it('searches only concept keys while they fill the page, and words as typed when they do not', async () => {
    const calls: string[] = [];
    await run('托管', { pageSize: 1 }, calls);
    expect(calls.every((c) => /^g\d+z$/.test(c))).toBe(true);
    const more: string[] = [];
    await run('托管', { pageSize: 50 }, more);
    expect(more).toContain('托管');
  });

  it('hands over what the concept keys found before searching the words as typed', async () => {
    const calls: string[] = [];
    const session = new SearchSession(fakePagefind(calls), parseQuery('长者食堂', vocab));
    let partial: string[] = [];
    let callsThen = 0;
    await session.next((hits) => {
      // The last hand-over before the first search for the words as typed.
      if (!calls.every((c) => /^g\d+z$/.test(c))) return;
      partial = hits.map((h) => h.url);
      callsThen = calls.length;
    });
    expect(partial.sort()).toEqual(centersWith('长者食堂').sort());
    expect(calls.slice(0, callsThen).every((c) => /^g\d+z$/.test(c))).toBe(true);
    expect(calls.slice(callsThen)).toContain('长者食堂');
  });

  it('shows the results of each batch of fragments while more are still loading', async () => {
    let loads = 0;
    const pf = fakePagefind();
    const counting = {
      search: async (term: string | null, options: { filters?: Filters } = {}) => {
        const response = await pf.search(term, options);
        return { results: response.results.map((r) => ({ ...r, data: async () => (loads++, r.data()) })) };
      },
    };
    const seen: { hits: number; loadsThen: number }[] = [];
    const session = new SearchSession(counting, parseQuery('长者食堂', vocab), { batch: 1 });
    await session.next((hits) => seen.push({ hits: hits.length, loadsThen: loads }));
    // The first results reach the page after the first fragment, long before the last one.
    expect(seen.length).toBeGreaterThan(1);
    expect(seen[0]!.loadsThen).toBe(1);
    expect(seen[0]!.hits).toBeGreaterThan(0);
    expect(seen[0]!.loadsThen).toBeLessThan(loads);
  });

  it('applies filters to each center of a digest page, not just to the page', async () => {
    const s = await run('', { filters: { category: 'childcare' } });
    const withChildcare = data.centers
      .filter((c) => c.services.some((x) => x.category === 'childcare'))
      .map((c) => `/centers/${c.slug}/`);
    expect(s.hits.length).toBe(Math.min(10, withChildcare.length));
    expect(s.hits.every((h) => withChildcare.includes(h.url))).toBe(true);
    const entry = entriesOf(pages[0]!.fragment)[0]!;
    expect(passesFilters(entry, { category: 'no-such-category' })).toBe(false);
    expect(passesFilters(entry, { county: entry.facets!.co })).toBe(true);
  });

  it('pages through more results without repeating any', async () => {
    const s = await run('服务', { pageSize: 3 });
    const first = s.hits.map((h) => h.url);
    await s.next();
    const all = s.hits.map((h) => h.url);
    expect(all.length).toBeGreaterThan(first.length);
    expect(new Set(all).size).toBe(all.length);
  });
});
