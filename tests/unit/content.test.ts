// The real content tree: valid, every reference resolves, every place the issue lists has a center,
// centers sit at their region's point, and every citation can be found in its archived article.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentTree, type ContentEntry } from '../../src/lib/content/tree.node.ts';
import {
  archivedPath,
  articleLines,
  checkLocators,
  locatorFound,
  maxLocatorLength,
  normaliseForMatch,
} from '../../scripts/lib/locators.ts';

const root = resolve(import.meta.dirname, '../..');
const tree = loadContentTree(root);
const of = (collection: ContentEntry['collection']) => tree.entries.filter((e) => e.collection === collection);
const centers = of('centers');
const regions = new Map(of('regions').map((e) => [String(e.data.slug), e]));
const sources = of('sources');

type Loc = { lat?: number; lng?: number; precision: string; source: string };
const precisionRank = ['point', 'village', 'town', 'county', 'city', 'province', 'unknown'];

/** The region chain from a region up to the province. */
const chain = (slug: string): ContentEntry[] => {
  const out: ContentEntry[] = [];
  let cursor = regions.get(slug);
  while (cursor && !out.includes(cursor)) {
    out.push(cursor);
    cursor = regions.get(String(cursor.data.parent));
  }
  return out;
};

/**
 * Places that issue 4 names explicitly: each must have a center page inside it. "张镇村 (玉湖新城)" is one entry:
 * the 玉湖新城 center uses 张镇村's planned office, and sits in the 玉湖新城 area region.
 */
const requiredPlaces: (string | string[])[] = [
  '安平社区',
  '西安村',
  '西门村',
  '曾林社区',
  '凤翔村',
  '聚福社区',
  '肖厝村',
  '樟脚村',
  '田里村',
  '新霞社区',
  '锦丰村',
  '前垵村',
  '西华村',
  ['城东社区', '山水湾小区'],
  '环翠社区',
  ['张镇村', '玉湖新城'],
  '辰门兜小区',
  '阔口社区',
  '镇海社区',
  '濠浦社区',
  '西锦社区',
  '兴新社区',
];

const seedFiles = [
  'shared/seeds/000-anhai-jinjiang.txt',
  'shared/seeds/001-quangang.txt',
  'shared/seeds/002-lingyuan-zenglin.txt',
  'shared/seeds/003-huian-anxi-yongchun.txt',
  'shared/seeds/004-licheng-putian-bazhong.txt',
];
const seedsPresent = seedFiles.every((f) => existsSync(archivedPath(root, f)));

describe('content tree', () => {
  it('loads with zero problems', () => {
    expect(tree.problems.map((p) => `${p.file} ${p.field} ${p.message}`)).toEqual([]);
    expect(centers.length).toBeGreaterThanOrEqual(requiredPlaces.length - 2);
  });

  it('resolves every center region to a region file', () => {
    const missing = centers
      .filter((c) => !regions.has(String(c.data.region)))
      .map((c) => `${c.file} → ${String(c.data.region)}`);
    expect(missing).toEqual([]);
  });

  it("places every center at its region's point, unless it is more precise and says where that point comes from", () => {
    const wrong: string[] = [];
    for (const c of centers) {
      const region = regions.get(String(c.data.region));
      if (!region) continue;
      const a = c.data.location as Loc;
      const b = region.data.location as Loc;
      if (a.lat === b.lat && a.lng === b.lng && a.precision === b.precision) continue;
      const finer = precisionRank.indexOf(a.precision) < precisionRank.indexOf(b.precision);
      const ownSource = a.source !== b.source && a.source.trim().length > 0;
      if (!(finer && ownSource))
        wrong.push(
          `${c.file}: ${a.lat},${a.lng} ${a.precision} ≠ region ${String(region.data.slug)} ${b.lat},${b.lng} ${b.precision}`,
        );
    }
    expect(wrong).toEqual([]);
  });

  it("copies a center's admin code only from its own region", () => {
    const wrong = centers
      .filter(
        (c) =>
          c.data.adminCode !== undefined && c.data.adminCode !== regions.get(String(c.data.region))?.data.adminCode,
      )
      .map((c) => `${c.file}: ${String(c.data.adminCode)}`);
    expect(wrong).toEqual([]);
  });

  it.each(requiredPlaces.map((p) => [[p].flat().join(' / '), [p].flat()] as const))(
    'has a center inside %s',
    (_label, names) => {
      const inside = centers.filter((c) =>
        chain(String(c.data.region)).some((r) => names.includes(String(r.data.name))),
      );
      expect(inside.map((c) => c.id)).not.toEqual([]);
    },
  );

  it('gives every region the articles describe a summary in Chinese and English', () => {
    const missing = [...regions.values()].filter((r) => !r.data.summary || !r.data.summaryEn).map((r) => r.file);
    expect(missing).toEqual([]);
  });
});

describe('opening hours', () => {
  it('hold only when a service is open: no counts, dates of other things or our own inferences', () => {
    const schedules = centers.flatMap((c) =>
      ((c.data.services ?? []) as { name: string; schedule?: unknown }[])
        .filter((s) => s.schedule && s.schedule !== 'unknown')
        .map((s) => ({ where: `${c.file} ${s.name}`, text: String((s.schedule as { text?: string }).text ?? '') })),
    );
    expect(schedules.length).toBeGreaterThan(0);
    // A count (300多场次, 30多位) is a fact; a bracketed note (文中所述, 文中村民…) is our reading, not the source's time.
    const notHours = schedules.filter((s) => /\d+\S{0,2}(场次|名|位|人|次)|（文中|发布|月历/u.test(s.text));
    expect(notHours).toEqual([]);
  });
});

describe('sources', () => {
  it('has the five archived files, with one source per article and its lines where a file holds several', () => {
    const articles = sources.filter((s) => typeof s.data.file === 'string' && s.data.file.startsWith('shared/seeds/'));
    expect([...new Set(articles.map((s) => s.data.file))].sort()).toEqual(seedFiles);
    const perFile = Object.groupBy(articles, (s) => String(s.data.file));
    expect(Object.fromEntries(Object.entries(perFile).map(([f, list]) => [f, list!.length]))).toEqual({
      ...Object.fromEntries(seedFiles.map((f) => [f, 1])),
      'shared/seeds/003-huian-anxi-yongchun.txt': 3,
      'shared/seeds/004-licheng-putian-bazhong.txt': 2,
    });
    for (const list of Object.values(perFile))
      if (list!.length > 1) for (const s of list!) expect(s.data.lines, s.file).toBeDefined();
  });

  it.skipIf(!seedsPresent)('finds the five archived article files beside the checkout', () => {
    for (const f of seedFiles) expect(existsSync(archivedPath(root, f)), f).toBe(true);
  });

  it('records unknown dates as unknown, never a guessed date', () => {
    for (const s of sources.filter((s) => s.data.kind !== 'dataset')) expect(s.data.date, s.file).toBe('unknown');
  });
});

describe('locators', () => {
  it('normalises line breaks, spaces and full/half-width punctuation', () => {
    expect(normaliseForMatch('党建引领\n科学规划凸显“邻”意')).toBe('党建引领科学规划凸显"邻"意');
    expect(normaliseForMatch('60 周岁以上老年人 730')).toBe('60周岁以上老年人730');
    expect(normaliseForMatch('晋江市第二医院（安海医院），')).toBe(normaliseForMatch('晋江市第二医院(安海医院),'));
    expect(normaliseForMatch('「党建+」')).toBe('"党建+"');
    expect(locatorFound('成立121个小区党支部，畅\n通基层', '121个小区党支部，畅通')).toBe(true);
    expect(locatorFound('成立121个小区党支部', '122个小区党支部')).toBe(false);
  });

  it('reports a locator that is not in the article, and one that is too long', () => {
    const fake = (locator: string): ContentEntry => ({
      collection: 'centers',
      file: 'fake.mdx',
      id: 'fake',
      body: '',
      data: { facts: [{ what: 'x', value: 1, source: 'lingyuan-sanlin', locator }] },
    });
    const withSources = (entry: ContentEntry) => [...sources, entry];
    if (!seedsPresent) return;
    expect(checkLocators(withSources(fake('这句话不在文章里')), root).problems).toHaveLength(1);
    expect(
      checkLocators(withSources(fake('灵源街道的10个社区均直接源于农村改制,整体')), root).problems[0]?.message,
    ).toMatch(`at most ${maxLocatorLength}`);
    expect(checkLocators(withSources(fake('灵源街道的10个社区')), root).problems).toEqual([]);
  });

  it.skipIf(!seedsPresent)('requires a locator inside its own article when one file holds several', () => {
    // 003 holds the 惠安, 安溪 and 永春 articles; 693名党员楼长 is printed in the 安溪 one only.
    const citing = (source: string): ContentEntry => ({
      collection: 'regions',
      file: 'content/regions/fake.yaml',
      id: 'fake',
      body: '',
      data: { facts: [{ what: '党员楼长', value: 693, source, locator: '693名党员楼长' }] },
    });
    expect(checkLocators([...sources, citing('anxi-hongse-wuye')], root).problems).toEqual([]);
    const [problem, ...more] = checkLocators([...sources, citing('huian-jinlin-dangjian')], root).problems;
    expect(more).toEqual([]);
    expect(problem).toMatchObject({
      file: 'content/regions/fake.yaml',
      path: 'facts[0]',
      source: 'huian-jinlin-dangjian',
    });
    expect(problem?.message).toBe(
      'locator "693名党员楼长" is not found in shared/seeds/003-huian-anxi-yongchun.txt (lines 1–40), the article \'huian-jinlin-dangjian\'',
    );
    expect(problem?.hint).toBe('it is in another article of the same file: cite source: anxi-hongse-wuye');
  });

  it('cuts an article out of its file by line ranges, so a phrase cannot run from one range into the next', () => {
    const file = ['一', '二', '三', '四', '五'].join('\n');
    expect(articleLines(file)).toBe(file);
    expect(articleLines(file, [{ from: 2, to: 3 }])).toBe('二\n三');
    expect(
      locatorFound(
        articleLines(file, [
          { from: 1, to: 1 },
          { from: 4, to: 5 },
        ]),
        '四五',
      ),
    ).toBe(true);
    expect(
      locatorFound(
        articleLines(file, [
          { from: 1, to: 1 },
          { from: 4, to: 5 },
        ]),
        '一四',
      ),
    ).toBe(false);
    expect(
      locatorFound(
        articleLines(file, [
          { from: 1, to: 1 },
          { from: 4, to: 5 },
        ]),
        '三',
      ),
    ).toBe(false);
  });

  it.skipIf(!seedsPresent)('finds every citation in the content in its archived article', () => {
    const report = checkLocators(tree.entries, root);
    expect(report.missingFiles).toEqual([]);
    expect(report.problems.map((p) => `${p.file} ${p.path}: ${p.message} — ${p.hint}`)).toEqual([]);
    expect(report.checked).toBeGreaterThan(500);
  });
});
