// Distances, walking minutes, the 15-minute radius assumption, coordinate conversions and navigation links.
import { describe, expect, it } from 'vitest';
import gcoord from 'gcoord';
import { circlePrecisions, circleRadiusMeters, walking } from '../../src/config/map.ts';
import {
  earthRadiusMeters,
  formatDistance,
  formatWalk,
  haversineMeters,
  metersPerMinute,
  nearestFirst,
  offsetPoint,
  radiusForMinutes,
  walkingMinutes,
} from '../../src/lib/map/geo.ts';
import { fromWgs84, toWgs84 } from '../../src/lib/map/coords.ts';
import { navHeading, navLinks } from '../../src/lib/map/nav.ts';
import { BasemapConfigError, resolveBasemap } from '../../src/lib/map/tiles.ts';

const anhai = { lat: 24.719559, lng: 118.471598 };

describe('haversine distance', () => {
  it('is zero for the same point and symmetric', () => {
    expect(haversineMeters(anhai, anhai)).toBe(0);
    const other = { lat: 24.9, lng: 118.6 };
    expect(haversineMeters(anhai, other)).toBeCloseTo(haversineMeters(other, anhai), 6);
  });
  it('makes one degree of latitude R·π/180 ≈ 111.2 km', () => {
    const d = haversineMeters({ lat: 24, lng: 118 }, { lat: 25, lng: 118 });
    expect(d).toBeCloseTo((earthRadiusMeters * Math.PI) / 180, 3);
    expect(Math.round(d)).toBe(111195);
  });
  it('shrinks a degree of longitude with the cosine of latitude', () => {
    const atEquator = haversineMeters({ lat: 0, lng: 118 }, { lat: 0, lng: 119 });
    const at60 = haversineMeters({ lat: 60, lng: 118 }, { lat: 60, lng: 119 });
    expect(at60 / atEquator).toBeCloseTo(0.5, 2);
  });
  it('puts Beijing and Shanghai about 1,068 km apart', () => {
    const km = haversineMeters({ lat: 39.9042, lng: 116.4074 }, { lat: 31.2304, lng: 121.4737 }) / 1000;
    expect(km).toBeGreaterThan(1060);
    expect(km).toBeLessThan(1075);
  });
  it('agrees with offsetPoint: a point moved 500 m is 500 m away', () => {
    for (const bearing of [0, 45, 90, 180, 270])
      expect(haversineMeters(anhai, offsetPoint(anhai, 500, bearing))).toBeCloseTo(500, 3);
  });
});

describe('walking assumption', () => {
  it('derives the 15-minute radius from the configured speed (GB 50180-2018: 800–1000 m)', () => {
    expect(walking.circleMinutes).toBe(15);
    expect(circleRadiusMeters).toBe(radiusForMinutes(walking.circleMinutes, walking.walkingSpeedKmh));
    expect(circleRadiusMeters).toBeGreaterThanOrEqual(800);
    expect(circleRadiusMeters).toBeLessThanOrEqual(1000);
  });
  it('turns 3.2 km/h into 53.3 m/min and 800 m into 15 minutes', () => {
    expect(metersPerMinute(3.2)).toBeCloseTo(53.333, 3);
    expect(walkingMinutes(800, 3.2)).toBe(15);
    expect(walkingMinutes(1000, 4)).toBe(15);
  });
  it('rounds to whole minutes, never below one', () => {
    expect(walkingMinutes(300, 3.2)).toBe(6); // 5.6 min
    expect(walkingMinutes(0, 3.2)).toBe(1);
    expect(() => walkingMinutes(100, 0)).toThrow(/positive/);
  });
  it("draws circles only for points that are the center's own or its village's", () => {
    expect(circlePrecisions).toContain('point');
    for (const p of ['town', 'county', 'city', 'province', 'unknown']) expect(circlePrecisions).not.toContain(p);
  });
  it('formats distances and walks for readers', () => {
    expect(formatDistance(648)).toBe('约 650 米');
    expect(formatDistance(3_240)).toBe('约 3.2 公里');
    expect(formatDistance(23_400)).toBe('约 23 公里');
    expect(formatWalk(12)).toBe('步行约 12 分钟');
    expect(formatWalk(400)).toBe('步行超过 2 小时');
  });
});

describe('nearestFirst', () => {
  it('sorts by distance and leaves out items without a point', () => {
    const items = [
      { id: 'far', p: offsetPoint(anhai, 2000, 0) },
      { id: 'none', p: undefined },
      { id: 'near', p: offsetPoint(anhai, 300, 90) },
      { id: 'mid', p: offsetPoint(anhai, 900, 180) },
    ];
    const ranked = nearestFirst(anhai, items, (i) => i.p);
    expect(ranked.map((r) => r.item.id)).toEqual(['near', 'mid', 'far']);
    expect(ranked[0]!.meters).toBeCloseTo(300, 3);
  });
});

describe('coordinate conversion (gcoord)', () => {
  it('shifts a WGS-84 point in Fujian by a few hundred metres into GCJ-02, and back within a metre', () => {
    const gcj = fromWgs84(anhai, 'GCJ-02');
    const shift = haversineMeters(anhai, gcj);
    expect(shift).toBeGreaterThan(100);
    expect(shift).toBeLessThan(800);
    expect(haversineMeters(toWgs84(gcj, 'GCJ-02'), anhai)).toBeLessThan(1);
    const [lng, lat] = gcoord.transform([anhai.lng, anhai.lat], gcoord.WGS84, gcoord.GCJ02);
    expect(gcj).toEqual({ lat, lng });
  });
  it('puts BD-09 a further offset away from GCJ-02', () => {
    const gcj = fromWgs84(anhai, 'GCJ-02');
    const bd = fromWgs84(anhai, 'BD-09');
    expect(bd.lat - gcj.lat).toBeGreaterThan(0.004);
    expect(bd.lng - gcj.lng).toBeGreaterThan(0.004);
    expect(haversineMeters(toWgs84(bd, 'BD-09'), anhai)).toBeLessThan(2);
  });
  it("leaves WGS-84 (天地图, OpenStreetMap) alone, and points outside gcoord's China box", () => {
    expect(fromWgs84(anhai, 'WGS-84')).toEqual(anhai);
    // gcoord's test is a rough box (lng 72.0–137.8, lat 0.8–55.8): Tokyo is outside it, Singapore is not.
    const tokyo = { lat: 35.6812, lng: 139.7671 };
    expect(fromWgs84(tokyo, 'GCJ-02')).toEqual(tokyo);
  });
});

describe('navigation links', () => {
  const name = '安平社区"党建+"邻里中心';
  const links = Object.fromEntries(navLinks(anhai, name, 'town').map((l) => [l.app, l]));
  const url = (app: string) => new URL(links[app]!.href);
  const gcj = fromWgs84(anhai, 'GCJ-02');
  const bd = fromWgs84(anhai, 'BD-09');

  it('gives 高德 lng,lat in GCJ-02 and says so with coordinate=gaode', () => {
    const u = url('amap');
    expect(u.origin + u.pathname).toBe('https://uri.amap.com/marker');
    const [lng, lat] = u.searchParams.get('position')!.split(',').map(Number);
    expect(lng).toBeCloseTo(gcj.lng, 6);
    expect(lat).toBeCloseTo(gcj.lat, 6);
    expect(u.searchParams.get('coordinate')).toBe('gaode');
    expect(u.searchParams.get('name')).toBe(name);
    expect(links['amap']!.crs).toBe('GCJ-02');
  });
  it('gives 百度 lat,lng in BD-09 with coord_type=bd09ll and the required output/src/title/content', () => {
    const u = url('baidu');
    expect(u.origin + u.pathname).toBe('https://api.map.baidu.com/marker');
    const [lat, lng] = u.searchParams.get('location')!.split(',').map(Number);
    expect(lat).toBeCloseTo(bd.lat, 6);
    expect(lng).toBeCloseTo(bd.lng, 6);
    expect(u.searchParams.get('coord_type')).toBe('bd09ll');
    expect(u.searchParams.get('output')).toBe('html');
    expect(u.searchParams.get('src')).toMatch(/^webapp\.[^.]+\.[^.]+$/);
    expect(u.searchParams.get('title')).toBe(name);
    expect(u.searchParams.get('content')).toContain('近似');
  });
  it('gives Apple Maps GCJ-02 (its China data) as ll=lat,lng', () => {
    const u = url('apple');
    expect(u.host).toBe('maps.apple.com');
    const [lat, lng] = u.searchParams.get('ll')!.split(',').map(Number);
    expect(lat).toBeCloseTo(gcj.lat, 6);
    expect(lng).toBeCloseTo(gcj.lng, 6);
    expect(u.searchParams.get('q')).toBe(name);
  });
  it('gives OpenStreetMap the WGS-84 point unchanged', () => {
    const u = url('osm');
    expect(u.host).toBe('www.openstreetmap.org');
    expect(Number(u.searchParams.get('mlat'))).toBeCloseTo(anhai.lat, 6);
    expect(Number(u.searchParams.get('mlon'))).toBeCloseTo(anhai.lng, 6);
    expect(u.hash).toBe(`#map=13/${anhai.lat}/${anhai.lng}`);
  });
  it('labels approximate targets by whose point they are', () => {
    expect(navHeading('town')).toBe('导航到所在乡镇（近似）');
    expect(navHeading('county')).toBe('导航到所在区县（近似）');
    expect(navHeading('point')).toBe('用地图应用导航到这里');
    expect(navHeading('unknown')).toContain('未公布');
    expect(
      new URL(navLinks(anhai, name, 'point').find((l) => l.app === 'baidu')!.href).searchParams.get('content'),
    ).toBe(name);
  });
});

describe('basemap choice', () => {
  it('defaults to none and needs nothing from the environment', () => {
    expect(resolveBasemap({ provider: 'none' }, {})).toEqual({ kind: 'none' });
  });
  it('stops the build with a hint when the 天地图 key is missing', () => {
    expect(() => resolveBasemap({ provider: 'tianditu', keyEnv: 'TIANDITU_KEY' }, {})).toThrow(BasemapConfigError);
    expect(() => resolveBasemap({ provider: 'tianditu', keyEnv: 'TIANDITU_KEY' }, { TIANDITU_KEY: ' ' })).toThrow(
      /TIANDITU_KEY.*src\/config\/map\.ts|src\/config\/map\.ts.*TIANDITU_KEY/,
    );
  });
  it('puts the 天地图 key into both layers and keeps WGS-84 (CGCS2000) points unshifted', () => {
    const b = resolveBasemap({ provider: 'tianditu', keyEnv: 'TIANDITU_KEY' }, { TIANDITU_KEY: 'abc123' });
    expect(b.kind).toBe('tiles');
    if (b.kind !== 'tiles') return;
    expect(b.crs).toBe('WGS-84');
    expect(b.layers.map((l) => new URL(l.url.replace('{s}', '0')).searchParams.get('tk'))).toEqual([
      'abc123',
      'abc123',
    ]);
    expect(b.layers.map((l) => new URL(l.url.replace('{s}', '0')).searchParams.get('LAYER'))).toEqual(['vec', 'cva']);
  });
  it('marks 高德 tiles as GCJ-02 so markers are converted for display', () => {
    const b = resolveBasemap({ provider: 'gaode' }, {});
    expect(b.kind === 'tiles' && b.crs).toBe('GCJ-02');
  });
  it('checks an OSM-style template', () => {
    const ok = resolveBasemap(
      {
        provider: 'url',
        template: 'https://{s}.tile.example.org/{z}/{x}/{y}.png',
        subdomains: 'abc',
        attribution: '© OpenStreetMap contributors',
        crs: 'WGS-84',
      },
      {},
    );
    expect(ok.kind === 'tiles' && ok.layers[0]!.subdomains).toBe('abc');
    expect(() =>
      resolveBasemap(
        { provider: 'url', template: 'https://tile.example.org/{x}/{y}.png', attribution: 'x', crs: 'WGS-84' },
        {},
      ),
    ).toThrow(/\{z\}/);
    expect(() =>
      resolveBasemap(
        { provider: 'url', template: 'http://tile.example.org/{z}/{x}/{y}.png', attribution: 'x', crs: 'WGS-84' },
        {},
      ),
    ).toThrow(/https/);
    expect(() =>
      resolveBasemap(
        { provider: 'url', template: 'https://tile.example.org/{z}/{x}/{y}.png', attribution: ' ', crs: 'WGS-84' },
        {},
      ),
    ).toThrow(/attribution/);
  });
});
