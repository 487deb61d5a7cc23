// Queries over the collections, loaded once and shared by every page: centers, regions, sources, exhibits.
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Center } from '../../schemas/center.ts';
import type { Exhibit } from '../../schemas/exhibit.ts';
import type { Region } from '../../schemas/region.ts';
import type { Source } from '../../schemas/source.ts';

export interface SiteData {
  centers: Center[];
  regions: Region[];
  sources: Source[];
  exhibits: Exhibit[];
  centerEntries: CollectionEntry<'centers'>[];
  exhibitEntries: CollectionEntry<'exhibits'>[];
  regionBySlug: Map<string, Region>;
  sourceBySlug: Map<string, Source>;
  centerBySlug: Map<string, Center>;
}

let cache: Promise<SiteData> | undefined;

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'zh-Hans-CN');

async function load(): Promise<SiteData> {
  const [centerEntries, regionEntries, sourceEntries, exhibitEntries] = await Promise.all([
    getCollection('centers'),
    getCollection('regions'),
    getCollection('sources'),
    getCollection('exhibits'),
  ]);
  const centers = centerEntries.map((e) => e.data as Center).sort(byName);
  const regions = regionEntries.map((e) => e.data as Region).sort(byName);
  const sources = sourceEntries.map((e) => e.data as Source);
  const exhibits = exhibitEntries.map((e) => e.data as Exhibit);
  return {
    centers,
    regions,
    sources,
    exhibits,
    centerEntries,
    exhibitEntries,
    regionBySlug: new Map(regions.map((r) => [r.slug, r])),
    sourceBySlug: new Map(sources.map((s) => [s.slug, s])),
    centerBySlug: new Map(centers.map((c) => [c.slug, c])),
  };
}

/** All site data, read from the collections once per build. */
export const siteData = () => (cache ??= load());

const must = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`${what} does not exist: run \`npm run validate\` for the file and field`);
  return value;
};

export const regionOf = (data: SiteData, slug: string) => must(data.regionBySlug.get(slug), `region '${slug}'`);
export const sourceOf = (data: SiteData, slug: string) => must(data.sourceBySlug.get(slug), `source '${slug}'`);

/**
 * Lookups built once per SiteData (keyed weakly, so SiteData keeps its shape). Without them every region page
 * filtered every center through regionChain — O(centers × depth) per page, O(n²) per build: at 10,000 centers
 * region pages took 15–250 ms each instead of ~2 ms. Lists keep the order of data.centers/regions/exhibits.
 */
const memos = new WeakMap<SiteData, Map<string, unknown>>();
/** Computes `build()` once per SiteData and name; each index is built only when a page first needs it. */
function memo<T>(data: SiteData, name: string, build: () => T): T {
  let forData = memos.get(data);
  if (!forData) memos.set(data, (forData = new Map()));
  if (!forData.has(name)) forData.set(name, build());
  return forData.get(name) as T;
}

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

function groupBy<T>(items: readonly T[], keys: (item: T) => Iterable<string>): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) for (const key of keys(item)) (map.get(key) ?? map.set(key, []).get(key)!).push(item);
  return map;
}
const ancestorSlugs = (data: SiteData, regionSlug: string) => chainOf(data, regionSlug).map((r) => r.slug);

/** The chain from the province down to the region itself. */
export function regionChain(data: SiteData, slug: string): Region[] {
  return [...chainOf(data, slug)];
}

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
  const chain = regionChain(data, regionSlug);
  const pick = (level: Region['level']) => chain.find((r) => r.level === level)?.name;
  return [pick('town'), pick('county'), pick('city')].filter(Boolean).join(' · ');
}
