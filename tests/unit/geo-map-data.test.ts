// The compact map data file: every center and region survives encode → JSON → decode, points and precision intact.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadContentTree } from '../../src/lib/content/tree.node.ts';
import {
  categoriesOf,
  centerIsWithin,
  decodeMapData,
  maskOf,
  placeLineOf,
  round5,
  type MapDataFile,
} from '../../src/lib/map/codec.ts';
import { categoriesInUse, encodeMapData, mapClientConfig } from '../../src/lib/map/data.ts';
import type { Center } from '../../src/schemas/center.ts';
import type { Region } from '../../src/schemas/region.ts';
import { loc, region } from '../support/map-records.ts';

const center = (slug: string, regionSlug: string, location: Center['location'], categories: string[]) =>
  ({
    slug,
    name: `${slug}"党建+"邻里中心`,
    shortName: slug,
    region: regionSlug,
    location,
    services: categories.map((category) => ({ name: category, category, audience: ['everyone'], source: 's' })),
  }) as unknown as Center;

const regions = [
  region('fj', 'province', undefined, loc(26.1, 119.3, 'province'), '福建省'),
  region('jj', 'county', 'fj', loc(24.784597, 118.547178, 'county'), '晋江市'),
  region('ah', 'town', 'jj', loc(24.719559, 118.471598, 'town'), '安海镇'),
  region('ap', 'village', 'ah', loc(24.719559, 118.471598, 'town'), '安平社区'),
  region('xa', 'village', 'ah', loc(24.7301234, 118.4801234, 'village'), '西安村'),
  region('nw', 'village', 'ah', loc(undefined, undefined, 'unknown'), '无坐标村'),
];
const centers = [
  center('ap', 'ap', loc(24.719559, 118.471598, 'town'), ['canteen', 'clinic']),
  center('xa', 'xa', loc(24.7301234, 118.4801234, 'village'), ['day-care']),
  center('own', 'xa', loc(24.7311111, 118.4811111, 'point'), []),
  center('nw', 'nw', loc(undefined, undefined, 'unknown'), ['canteen']),
];
const cfg = mapClientConfig({});
const roundTrip = (file: MapDataFile) => decodeMapData(JSON.parse(JSON.stringify(file)) as MapDataFile);

describe('map data encoding', () => {
  const file = encodeMapData(centers, regions, cfg);
  const data = roundTrip(file);

  it('keeps every center, with points rounded to 5 decimals', () => {
    expect(data.centers.map((c) => c.slug)).toEqual(['ap', 'xa', 'own', 'nw']);
    expect(data.centerBySlug.get('xa')!.point).toEqual({ lat: 24.73012, lng: 118.48012 });
    expect(data.centerBySlug.get('own')!.point).toEqual({ lat: round5(24.7311111), lng: round5(118.4811111) });
  });
  it("leaves a center's point out of its row when its region row has the same one", () => {
    expect(file.centers[0]!.length).toBe(6);
    expect(file.centers[2]!.length).toBe(8);
    expect(data.centerBySlug.get('ap')!.point).toEqual({ lat: 24.71956, lng: 118.4716 });
  });
  it('gives no point to a center whose location is unknown, even if its region had one', () => {
    expect(data.centerBySlug.get('nw')!.point).toBeUndefined();
    expect(data.centerBySlug.get('nw')!.exact).toBe(false);
  });
  it("draws circles for own and village points, never for a town's point", () => {
    expect(data.centerBySlug.get('own')!.exact).toBe(true);
    expect(data.centerBySlug.get('xa')!.exact).toBe(true);
    expect(data.centerBySlug.get('ap')!.exact).toBe(false);
    expect(data.centerBySlug.get('ap')!.precision).toBe('town');
  });
  it('stores service categories as a bitmask that decodes to the same set', () => {
    expect(categoriesOf(file.cats, data.centerBySlug.get('ap')!.mask).sort()).toEqual(['canteen', 'clinic']);
    expect(data.centerBySlug.get('own')!.mask).toBe(0);
    expect(() => maskOf(file.cats, ['no-such'])).toThrow(/no-such/);
    expect(file.catLabels[file.cats.indexOf('canteen')]).toBe('长者食堂与助餐');
  });
  it('rebuilds the place line and region membership from parent indexes', () => {
    expect(placeLineOf(data, data.centerBySlug.get('ap')!.place)).toBe('安海镇 · 晋江市');
    expect(centerIsWithin(data, data.centerBySlug.get('xa')!, 'jj')).toBe(true);
    expect(centerIsWithin(data, data.centerBySlug.get('xa')!, 'ap')).toBe(false);
  });
  it('names the region whose parent is missing', () => {
    expect(() =>
      encodeMapData(centers, [...regions, region('bad', 'village', 'nope', loc(24, 118, 'village'), '坏')], cfg),
    ).toThrow(/'bad'.*'nope'/);
  });
  it('refuses a file from another format version', () => {
    expect(() => decodeMapData({ ...file, v: 99 })).toThrow(/version/);
  });
});

describe('map data for the real content tree', () => {
  const tree = loadContentTree(resolve('.'));
  const contentCenters = tree.entries.filter((e) => e.collection === 'centers').map((e) => e.data as unknown as Center);
  const contentRegions = tree.entries.filter((e) => e.collection === 'regions').map((e) => e.data as unknown as Region);
  const data = roundTrip(encodeMapData(contentCenters, contentRegions, cfg));

  it('has every center, each at its content point (to 5 decimals) and precision', () => {
    expect(data.centers.length).toBe(contentCenters.length);
    for (const c of contentCenters) {
      const d = data.centerBySlug.get(c.slug)!;
      expect(d.precision, c.slug).toBe(c.location.precision);
      if (c.location.precision === 'unknown') expect(d.point).toBeUndefined();
      else expect(d.point, c.slug).toEqual({ lat: round5(c.location.lat!), lng: round5(c.location.lng!) });
    }
  });
  it('offers in the near-me filter exactly the categories some center has', () => {
    const used = new Set(contentCenters.flatMap((c) => c.services.map((s) => s.category)));
    expect(new Set(categoriesInUse(contentCenters))).toEqual(used);
  });
});
