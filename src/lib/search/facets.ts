// Facets of centers for search filters and the service directory: region (county, town), 1+6+X functions,
// audiences and service categories, with counts. Pure functions over SiteData.
import type { Center } from '../../schemas/center.ts';
import type { Region } from '../../schemas/region.ts';
import {
  audienceLabels,
  audiences,
  functionIds,
  functionLabels,
  serviceCategories,
  serviceCategoryLabels,
  type Audience,
  type FunctionId,
  type ServiceCategory,
} from '../../schemas/service.ts';
import { regionAt, zhOrder as zh, type SiteData } from '../content/queries.ts';

export interface Facets {
  /** County-level region (区县), or the city when a place has no county. */
  county: Region | undefined;
  /** Town-level region (乡镇街道), when the place has one. */
  town: Region | undefined;
  functions: FunctionId[];
  audiences: Audience[];
  categories: ServiceCategory[];
  stars: number;
}

const inOrder = <T extends string>(order: readonly T[], values: Iterable<T>) => {
  const set = new Set(values);
  return order.filter((v) => set.has(v));
};

/** County and town of a region, for grouping and filters. */
export function placeOf(data: SiteData, regionSlug: string): { county: Region | undefined; town: Region | undefined } {
  return {
    county: regionAt(data, regionSlug, 'county') ?? regionAt(data, regionSlug, 'city'),
    town: regionAt(data, regionSlug, 'town'),
  };
}

export function centerFacets(data: SiteData, center: Center): Facets {
  return {
    ...placeOf(data, center.region),
    functions: inOrder(
      functionIds,
      center.functions.map((f) => f.id),
    ),
    audiences: inOrder(
      audiences,
      center.services.flatMap((s) => s.audience),
    ),
    categories: inOrder(
      serviceCategories,
      center.services.map((s) => s.category),
    ),
    stars: center.ratings.reduce((max, r) => Math.max(max, r.stars), 0),
  };
}

export interface FilterOption {
  value: string;
  label: string;
  count: number;
}

export interface TownGroup {
  county: FilterOption;
  towns: FilterOption[];
}

export interface FilterOptions {
  regions: TownGroup[];
  function: FilterOption[];
  audience: FilterOption[];
  category: FilterOption[];
}

/** Every filter value that at least one center has, with how many centers have it. */
export function filterOptions(data: SiteData): FilterOptions {
  const counts = {
    function: new Map<string, number>(),
    audience: new Map<string, number>(),
    category: new Map<string, number>(),
  };
  const regions = new Map<
    string,
    { county: Region; count: number; towns: Map<string, { town: Region; count: number }> }
  >();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const center of data.centers) {
    const f = centerFacets(data, center);
    f.functions.forEach((v) => bump(counts.function, v));
    f.audiences.forEach((v) => bump(counts.audience, v));
    f.categories.forEach((v) => bump(counts.category, v));
    if (!f.county) continue;
    const entry = regions.get(f.county.slug) ?? { county: f.county, count: 0, towns: new Map() };
    entry.count++;
    if (f.town) {
      const town = entry.towns.get(f.town.slug) ?? { town: f.town, count: 0 };
      town.count++;
      entry.towns.set(f.town.slug, town);
    }
    regions.set(f.county.slug, entry);
  }
  const options = <T extends string>(order: readonly T[], labels: Record<T, string>, map: Map<string, number>) =>
    order.filter((v) => map.has(v)).map((v) => ({ value: v, label: labels[v], count: map.get(v)! }));
  return {
    regions: [...regions.values()]
      .sort((a, b) => zh(a.county.name, b.county.name))
      .map((r) => ({
        county: { value: r.county.slug, label: r.county.name, count: r.count },
        towns: [...r.towns.values()]
          .sort((a, b) => zh(a.town.name, b.town.name))
          .map((t) => ({ value: t.town.slug, label: t.town.name, count: t.count })),
      })),
    function: options(functionIds, functionLabels, counts.function),
    audience: options(audiences, audienceLabels, counts.audience),
    category: options(serviceCategories, serviceCategoryLabels, counts.category),
  };
}

export interface DirectoryEntry<T> {
  center: Center;
  items: T[];
}

export interface DirectoryTown<T> {
  /** Town name, or undefined for centers filed directly under a county. */
  town: Region | undefined;
  entries: DirectoryEntry<T>[];
}

export interface DirectoryCounty<T> {
  county: Region | undefined;
  count: number;
  towns: DirectoryTown<T>[];
}

/**
 * Centers grouped county → town, each with the items (services) that put it in the list. `pick` returns the
 * items of a center that belong in this directory page; centers with none are left out.
 */
export function groupByRegion<T>(data: SiteData, pick: (center: Center) => T[]): DirectoryCounty<T>[] {
  const counties = new Map<string, DirectoryCounty<T>>();
  for (const center of data.centers) {
    const items = pick(center);
    if (!items.length) continue;
    const { county, town } = placeOf(data, center.region);
    const countyKey = county?.slug ?? '';
    const c = counties.get(countyKey) ?? { county, count: 0, towns: [] };
    c.count++;
    let t = c.towns.find((x) => x.town?.slug === town?.slug);
    if (!t) c.towns.push((t = { town, entries: [] }));
    t.entries.push({ center, items });
    counties.set(countyKey, c);
  }
  const name = (r: Region | undefined) => r?.name ?? '';
  return [...counties.values()]
    .sort((a, b) => (a.county ? (b.county ? zh(a.county.name, b.county.name) : -1) : 1))
    .map((c) => ({
      ...c,
      towns: c.towns
        .sort((a, b) => (a.town ? (b.town ? zh(name(a.town), name(b.town)) : -1) : 1))
        .map((t) => ({ ...t, entries: t.entries.sort((a, b) => zh(a.center.name, b.center.name)) })),
    }));
}

export interface CategoryCount {
  category: ServiceCategory;
  label: string;
  centers: number;
  services: number;
}

/** Every category with how many centers offer it and how many services it has, in the schema's order. */
export function categoryCounts(data: SiteData): CategoryCount[] {
  return serviceCategories.map((category) => {
    const services = data.centers.flatMap((c) => c.services.filter((s) => s.category === category));
    const centers = data.centers.filter((c) => c.services.some((s) => s.category === category)).length;
    return { category, label: serviceCategoryLabels[category], centers, services: services.length };
  });
}

/** Every audience with how many centers have a service for it. */
export function audienceCounts(data: SiteData): { audience: Audience; label: string; centers: number }[] {
  return audiences.map((audience) => ({
    audience,
    label: audienceLabels[audience],
    centers: data.centers.filter((c) => c.services.some((s) => s.audience.includes(audience))).length,
  }));
}
