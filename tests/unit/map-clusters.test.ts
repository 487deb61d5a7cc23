// The first-view file /map/overview.json: per-zoom markers that add up to every located center, the same clusters the
// browser's index makes, cut off where a zoom has too many markers, and the cluster radius in screen pixels.
import { describe, expect, it } from 'vitest';
import {
  buildClusterIndex,
  buildOverview,
  clusterCountText,
  mapMinZoom,
  overviewMaxMarkers,
} from '../../src/lib/map/clusters.ts';
import { decodeMapData, round5, type MapDataFile, type OverviewMarker } from '../../src/lib/map/codec.ts';
import { fromWgs84 } from '../../src/lib/map/coords.ts';
import { encodeMapData, mapClientConfig } from '../../src/lib/map/data.ts';
import type { Center } from '../../src/schemas/center.ts';
import { loc, region } from '../support/map-records.ts';

const center = (slug: string, regionSlug: string, location: Center['location']) =>
  ({ slug, name: slug, shortName: slug, region: regionSlug, location, services: [] }) as unknown as Center;

const cfg = mapClientConfig({});
const same = (p: { lat: number; lng: number }) => p;

/** A province with `towns` towns on a line; each town has `perTown` centers at the town's point and one of its own. */
function site(towns: number, perTown: number) {
  const regions = [region('p', 'province', undefined, loc(26, 118, 'province'))];
  const centers: Center[] = [];
  for (let t = 0; t < towns; t++) {
    const lat = 24 + t * 0.37;
    const lng = 117 + t * 0.53;
    regions.push(region(`t${t}`, 'town', 'p', loc(lat, lng, 'town')));
    for (let k = 0; k < perTown; k++) centers.push(center(`t${t}-${k}`, `t${t}`, loc(lat, lng, 'town')));
    centers.push(center(`t${t}-own`, `t${t}`, loc(lat + 0.004, lng - 0.003, 'point')));
  }
  centers.push(center('nowhere', 'p', loc(undefined, undefined, 'unknown')));
  return decodeMapData(JSON.parse(JSON.stringify(encodeMapData(centers, regions, cfg))) as MapDataFile);
}

const sum = (markers: OverviewMarker[]) => markers.reduce((n, m) => n + m[2], 0);

describe('the map overview', () => {
  const data = site(40, 3);
  const located = data.centers.filter((c) => c.point).length;
  const overview = buildOverview(data, same);

  it('has, at every zoom it keeps, markers that add up to every located center (none for an unknown location)', () => {
    expect(located).toBe(40 * 4);
    expect(overview.total).toBe(located);
    const zooms = Object.keys(overview.zooms).map(Number);
    expect(zooms[0]).toBe(mapMinZoom);
    for (const z of zooms) expect(sum(overview.zooms[z]!), `zoom ${z}`).toBe(located);
  });

  it('holds the same clusters the browser index builds from the full data', () => {
    const display = data.centers.map((c) => c.point);
    const { index } = buildClusterIndex(cfg, data.centers, display);
    for (const [z, markers] of Object.entries(overview.zooms)) {
      const live = index.getClusters([-180, -85, 180, 85], Number(z)).map((f) => {
        const [lng, lat] = f.geometry.coordinates as [number, number];
        return `${round5(lng)},${round5(lat)},${'point_count' in f.properties ? f.properties.point_count : 1}`;
      });
      expect(markers.map(([lng, lat, n]) => `${lng},${lat},${n}`).sort(), `zoom ${z}`).toEqual(live.sort());
    }
  });

  it('counts the approximate centers in each marker', () => {
    // 3 of every 4 centers have only their town's point: at every zoom the markers' approximate counts add up to that.
    for (const [z, markers] of Object.entries(overview.zooms)) {
      expect(
        markers.reduce((n, m) => n + m[3], 0),
        `zoom ${z}`,
      ).toBe(40 * 3);
      for (const m of markers) expect(m[3]).toBeLessThanOrEqual(m[2]);
    }
    // A single center with its own point is exact (approx 0); one at its town's point is approximate (1).
    const singles = Object.values(overview.zooms)
      .flat()
      .filter((m) => m[2] === 1);
    expect(new Set(singles.map((m) => m[3]))).toEqual(new Set([0]));
  });

  it("stops at the first zoom with more markers than the limit, and at the first view's closest zoom", () => {
    const small = buildOverview(data, same, 12);
    const zooms = Object.keys(small.zooms).map(Number);
    expect(zooms).toEqual(zooms.map((_, i) => mapMinZoom + i));
    for (const z of zooms) expect(small.zooms[z]!.length).toBeLessThanOrEqual(12);
    const next = Math.max(...zooms) + 1;
    const { index } = buildClusterIndex(
      cfg,
      data.centers,
      data.centers.map((c) => c.point),
    );
    expect(index.getClusters([-180, -85, 180, 85], next).length).toBeGreaterThan(12);
    expect(Math.max(...Object.keys(overview.zooms).map(Number))).toBeLessThanOrEqual(14);
    expect(overviewMaxMarkers).toBeGreaterThan(100);
  });

  it('frames every point, and has no bounds and no markers when nothing is located', () => {
    const pts = data.centers.flatMap((c) => (c.point ? [c.point] : []));
    expect(overview.bounds).toEqual([
      Math.min(...pts.map((p) => p.lng)),
      Math.min(...pts.map((p) => p.lat)),
      Math.max(...pts.map((p) => p.lng)),
      Math.max(...pts.map((p) => p.lat)),
    ]);
    const empty = decodeMapData(
      encodeMapData(
        [center('x', 'p', loc(undefined, undefined, 'unknown'))],
        [region('p', 'province', undefined, loc(26, 118, 'province'))],
        cfg,
      ),
    );
    const none = buildOverview(empty, same);
    expect(none.bounds).toBeNull();
    expect(none.total).toBe(0);
    expect(Object.values(none.zooms).flat()).toEqual([]);
  });

  it("is in the basemap's display coordinates (GCJ-02 shifts every point)", () => {
    const shifted = buildOverview(data, (p) => fromWgs84(p, 'GCJ-02'));
    const [w, s] = overview.bounds!;
    const [w2, s2] = shifted.bounds!;
    expect(Math.abs(w2 - w)).toBeGreaterThan(0.002);
    expect(Math.abs(s2 - s)).toBeGreaterThan(0.001);
    expect(sum(shifted.zooms[mapMinZoom]!)).toBe(located);
  });
});

describe('cluster radius', () => {
  // Two exact centers on one parallel, `px` screen pixels apart at zoom 12 (256 px tiles: 256 · 2^12 px per 360°).
  const pair = (px: number) => {
    const dLng = (px * 360) / (256 * 2 ** 12);
    const regions = [region('t', 'town', undefined, loc(24, 118, 'town'))];
    const data = decodeMapData(
      encodeMapData(
        [center('a', 't', loc(24, 118, 'point')), center('b', 't', loc(24, 118 + dLng, 'point'))],
        regions,
        cfg,
      ),
    );
    return buildClusterIndex(
      cfg,
      data.centers,
      data.centers.map((c) => c.point),
    ).index.getClusters([-180, -85, 180, 85], 12).length;
  };
  it(`joins markers closer than ${cfg.clusterRadius} screen pixels and keeps farther ones apart`, () => {
    expect(pair(cfg.clusterRadius - 8)).toBe(1);
    expect(pair(cfg.clusterRadius + 8)).toBe(2);
  });
});

describe('cluster badges', () => {
  it('print counts up to 9,999 as they are and larger ones in 万, one decimal', () => {
    expect([1, 56, 9999, 10_000, 10_025, 125_000].map(clusterCountText)).toEqual([
      '1',
      '56',
      '9999',
      '1.0万',
      '1.0万',
      '12.5万',
    ]);
  });
});
