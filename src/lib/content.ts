// Queries over the collections, loaded once and shared by every page: centers, regions, sources, exhibits.
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Center } from '../schemas/center.ts';
import type { Exhibit } from '../schemas/exhibit.ts';
import type { Region } from '../schemas/region.ts';
import type { Source } from '../schemas/source.ts';

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

/** The chain from the province down to the region itself. */
export function regionChain(data: SiteData, slug: string): Region[] {
  const chain: Region[] = [];
  for (let r: Region | undefined = regionOf(data, slug); r; r = r.parent ? data.regionBySlug.get(r.parent) : undefined) chain.unshift(r);
  return chain;
}

/** True when `ancestor` is the region itself or encloses it. */
export const isWithin = (data: SiteData, slug: string, ancestor: string) => regionChain(data, slug).some((r) => r.slug === ancestor);

export const centersIn = (data: SiteData, regionSlug: string) => data.centers.filter((c) => isWithin(data, c.region, regionSlug));
export const childRegions = (data: SiteData, slug: string) => data.regions.filter((r) => r.parent === slug);
export const exhibitsOfCenter = (data: SiteData, centerSlug: string) => data.exhibits.filter((e) => e.center === centerSlug);
export const exhibitsIn = (data: SiteData, regionSlug: string) => data.exhibits.filter((e) => isWithin(data, e.region, regionSlug));

/** Town (乡镇街道) and county that a place belongs to, for result lines like "安海镇 · 晋江市". */
export function placeLine(data: SiteData, regionSlug: string): string {
  const chain = regionChain(data, regionSlug);
  const pick = (level: Region['level']) => chain.find((r) => r.level === level)?.name;
  return [pick('town'), pick('county'), pick('city')].filter(Boolean).join(' · ');
}
