// Queries over the site's content (centers, regions, sources, exhibits): pure functions of a SiteData, which
// collections.ts builds from Astro's collections and tree.node.ts from the files on disk.
import type { Center } from '../../schemas/center.ts';
import type { Exhibit } from '../../schemas/exhibit.ts';
import type { Region } from '../../schemas/region.ts';
import type { Source } from '../../schemas/source.ts';
import { memo } from '../memo.ts';

export interface SiteData {
  centers: Center[];
  regions: Region[];
  sources: Source[];
  exhibits: Exhibit[];
  regionBySlug: Map<string, Region>;
  sourceBySlug: Map<string, Source>;
  centerBySlug: Map<string, Center>;
}

/** Chinese reading order (pinyin), the order of every sorted list of names on the site. */
export const zhOrder = (a: string, b: string) => a.localeCompare(b, 'zh-Hans-CN');
export const byName = (a: { name: string }, b: { name: string }) => zhOrder(a.name, b.name);

/** Site data from the four collections' records: centers and regions sorted by name, lookups by slug. */
export function siteDataFrom(content: Pick<SiteData, 'centers' | 'regions' | 'sources' | 'exhibits'>): SiteData {
  const centers = [...content.centers].sort(byName);
  const regions = [...content.regions].sort(byName);
  const { sources, exhibits } = content;
  return {
    centers,
    regions,
    sources,
    exhibits,
    regionBySlug: new Map(regions.map((r) => [r.slug, r])),
    sourceBySlug: new Map(sources.map((s) => [s.slug, s])),
    centerBySlug: new Map(centers.map((c) => [c.slug, c])),
  };
}

const must = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`${what} does not exist: run \`npm run validate\` for the file and field`);
  return value;
};

export const regionOf = (data: SiteData, slug: string) => must(data.regionBySlug.get(slug), `region '${slug}'`);
export const sourceOf = (data: SiteData, slug: string) => must(data.sourceBySlug.get(slug), `source '${slug}'`);
/** The exhibit with this slug, or undefined (exhibits have no lookup of their own in SiteData). */
export const findExhibit = (data: SiteData, slug: string): Exhibit | undefined =>
  memo(data, 'exhibitBySlug', () => new Map(data.exhibits.map((e) => [e.slug, e]))).get(slug);

// Lookups built once per SiteData (memo). Without them every region page filtered every center through
// regionChain — O(centers × depth) per page, O(n²) per build: at 10,000 centers region pages took 15–250 ms each
// instead of ~2 ms. Lists keep the order of data.centers/regions/exhibits.
const chainsOf = (data: SiteData) => memo(data, 'chains', () => new Map<string, readonly Region[]>());

function chainOf(data: SiteData, slug: string): readonly Region[] {
  const chains = chainsOf(data);
  let chain = chains.get(slug);
  if (!chain) {
    const own = regionOf(data, slug);
    chain = own.parent && data.regionBySlug.has(own.parent) ? [...chainOf(data, own.parent), own] : [own];
    chains.set(slug, chain);
  }
  return chain;
}

/** Items under each of their keys, keys in first-seen order and items in list order. */
export function groupBy<T>(items: readonly T[], keys: (item: T) => Iterable<string>): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) for (const key of keys(item)) (map.get(key) ?? map.set(key, []).get(key)!).push(item);
  return map;
}
const ancestorSlugs = (data: SiteData, regionSlug: string) => chainOf(data, regionSlug).map((r) => r.slug);

/** The chain from the province down to the region itself. */
export function regionChain(data: SiteData, slug: string): Region[] {
  return [...chainOf(data, slug)];
}

/** The region at `level` in the chain of `slug` (the region itself or one that encloses it), if there is one. */
export const regionAt = (data: SiteData, slug: string, level: Region['level']): Region | undefined =>
  chainOf(data, slug).find((r) => r.level === level);

/** True when `ancestor` is the region itself or encloses it. */
export const isWithin = (data: SiteData, slug: string, ancestor: string) => chainOf(data, slug).some((r) => r.slug === ancestor);

// Each returns a fresh array, as the filters they replace did, so a caller may sort or splice its copy.
export const centersIn = (data: SiteData, regionSlug: string) => [
  ...(memo(data, 'centersByAncestor', () => groupBy(data.centers, (c) => ancestorSlugs(data, c.region))).get(regionSlug) ?? []),
];
export const childRegions = (data: SiteData, slug: string) => [
  ...(memo(data, 'childrenByParent', () => groupBy(data.regions, (r) => (r.parent === undefined ? [] : [r.parent]))).get(slug) ?? []),
];
export const exhibitsOfCenter = (data: SiteData, centerSlug: string) => [
  ...(memo(data, 'exhibitsByCenter', () => groupBy(data.exhibits, (e) => (e.center === undefined ? [] : [e.center]))).get(centerSlug) ?? []),
];
export const exhibitsIn = (data: SiteData, regionSlug: string) => [
  ...(memo(data, 'exhibitsByAncestor', () => groupBy(data.exhibits, (e) => ancestorSlugs(data, e.region))).get(regionSlug) ?? []),
];

/** Town (乡镇街道) and county that a place belongs to, for result lines like "安海镇 · 晋江市". */
export function placeLine(data: SiteData, regionSlug: string): string {
  const names = (['town', 'county', 'city'] as const).map((level) => regionAt(data, regionSlug, level)?.name);
  return names.filter(Boolean).join(' · ');
}
