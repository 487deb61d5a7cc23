// The compact map data file (/map/centers.json): its row layout, and decoding it into objects. Browser-safe.
import type { LatLng } from './geo.ts';

export const mapDataVersion = 1;
export const overviewVersion = 1;

/**
 * A region row: [slug, name, levelIndex, parentIndex (-1 for none), precisionIndex, lat?, lng?].
 * lat/lng are left out when the region has no point (precision `unknown`).
 */
export type PlaceRow = [string, string, number, number, number, number?, number?];

/**
 * A center row: [slug, name, shortName, placeIndex, precisionIndex, categoryMask, lat?, lng?].
 * lat/lng are left out when they equal its region's point (common: most centers only have their
 * town's point, which is also their village's) or when the precision is `unknown`.
 */
export type CenterRow = [string, string, string, number, number, number, number?, number?];

export type ResolvedBasemap =
  | { kind: 'none' }
  | {
      kind: 'tiles';
      layers: { url: string; subdomains: string }[];
      attribution: string;
      crs: 'WGS-84' | 'GCJ-02';
      maxZoom: number;
      name: string;
    };

/** The coordinate system the map draws in: the basemap's, WGS-84 (ours) when there is none. */
export const displayCrs = (basemap: ResolvedBasemap): 'WGS-84' | 'GCJ-02' =>
  basemap.kind === 'tiles' ? basemap.crs : 'WGS-84';

/** Settings the browser needs, written into the data file at build time from src/config/map.ts. */
export interface MapClientConfig {
  walkingSpeedKmh: number;
  circleMinutes: number;
  circleRadiusMeters: number;
  basemap: ResolvedBasemap;
  maxZoom: number;
  centerZoom: number;
  minCircleZoom: number;
  clusterRadius: number;
  nearMeStep: number;
  /** Short credit for the coordinates, shown in the map's attribution line. */
  coordinateCredit: string;
}

export interface MapDataFile {
  v: number;
  cfg: MapClientConfig;
  /** Service categories: bit i of a center's mask means it offers cats[i]. */
  cats: string[];
  catLabels: string[];
  /** Precision levels, labels ("所在乡镇（街道）位置"), and whether a circle may be drawn for each. */
  prec: string[];
  precLabels: string[];
  precCircle: boolean[];
  levels: string[];
  places: PlaceRow[];
  centers: CenterRow[];
}

/** Coordinates are kept to 5 decimals (about 1 m): more would claim precision no source has. */
export const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

export const maskOf = (cats: readonly string[], offered: Iterable<string>): number => {
  let mask = 0;
  for (const c of offered) {
    const bit = cats.indexOf(c);
    if (bit < 0) throw new Error(`unknown service category '${c}'`);
    if (bit > 30) throw new Error('more than 31 service categories: the category mask needs another encoding');
    mask |= 1 << bit;
  }
  return mask;
};

export const categoriesOf = (cats: readonly string[], mask: number) =>
  cats.filter((_, bit) => (mask & (1 << bit)) !== 0);

export interface MapPlace {
  index: number;
  slug: string;
  name: string;
  level: string;
  parent: number;
  precision: string;
  point?: LatLng;
}

export interface MapCenter {
  index: number;
  slug: string;
  name: string;
  shortName: string;
  place: number;
  precision: string;
  /** Categories as a bitmask over MapDataFile.cats. */
  mask: number;
  point?: LatLng;
  /** True when the point is the center's own or its village's: a 15-minute circle may be drawn. */
  exact: boolean;
}

export interface DecodedMapData {
  file: MapDataFile;
  places: MapPlace[];
  centers: MapCenter[];
  placeBySlug: Map<string, MapPlace>;
  centerBySlug: Map<string, MapCenter>;
}

export function decodeMapData(file: MapDataFile): DecodedMapData {
  if (file.v !== mapDataVersion)
    throw new Error(`map data version ${file.v} is not ${mapDataVersion}: rebuild the site`);
  const places: MapPlace[] = file.places.map(([slug, name, level, parent, prec, lat, lng], index) => ({
    index,
    slug,
    name,
    level: file.levels[level] ?? 'area',
    parent,
    precision: file.prec[prec] ?? 'unknown',
    ...(lat !== undefined && lng !== undefined ? { point: { lat, lng } } : {}),
  }));
  const centers: MapCenter[] = file.centers.map(([slug, name, shortName, place, prec, mask, lat, lng], index) => {
    const precision = file.prec[prec] ?? 'unknown';
    const point =
      precision === 'unknown'
        ? undefined
        : lat !== undefined && lng !== undefined
          ? { lat, lng }
          : places[place]?.point;
    return {
      index,
      slug,
      name,
      shortName,
      place,
      precision,
      mask,
      exact: (file.precCircle[prec] ?? false) && point !== undefined,
      ...(point ? { point } : {}),
    };
  });
  return {
    file,
    places,
    centers,
    placeBySlug: new Map(places.map((p) => [p.slug, p])),
    centerBySlug: new Map(centers.map((c) => [c.slug, c])),
  };
}

/** The place and its ancestors, nearest first. */
export function placeAncestors(data: DecodedMapData, index: number): MapPlace[] {
  const chain: MapPlace[] = [];
  for (let p = data.places[index]; p && chain.length < 12; p = data.places[p.parent]) chain.push(p);
  return chain;
}

/** The place at `level` among the place `index` and its ancestors, e.g. the town a village is in. */
export const ancestorAt = (data: DecodedMapData, index: number, level: string): MapPlace | undefined =>
  placeAncestors(data, index).find((p) => p.level === level);

/** "安海镇 · 晋江市" for a center's place, like placeLine() on the server. */
export function placeLineOf(data: DecodedMapData, index: number): string {
  const chain = placeAncestors(data, index);
  const pick = (level: string) => chain.find((p) => p.level === level)?.name;
  return [pick('town'), pick('county'), pick('city')].filter(Boolean).join(' · ');
}

/** True when the center lies in the region `slug` (or is in a place below it). */
export const centerIsWithin = (data: DecodedMapData, center: MapCenter, slug: string) =>
  placeAncestors(data, center.place).some((p) => p.slug === slug);

/** Zoom that shows a point of this precision with some of its surroundings. */
export const zoomForPrecision = (precision: string) =>
  ({ point: 17, village: 15, town: 13, county: 11, city: 10, province: 7 })[precision] ?? 12;

/**
 * One marker of the first view: [lng, lat, count, approx]. count 1 is a single center (approx 1 when its point is
 * approximate); more is a cluster of that many, approx of them approximate.
 */
export type OverviewMarker = [number, number, number, number];

export interface MapOverviewFile {
  v: number;
  cfg: MapClientConfig;
  /** Centers with a point: what the markers at every zoom add up to. */
  total: number;
  /** [west, south, east, north] of every display point, or null when no center has one. */
  bounds: [number, number, number, number] | null;
  /** Markers per zoom, from mapMinZoom up to firstViewMaxZoom or the last zoom with at most `overviewMaxMarkers` (map-clusters.ts). */
  zooms: Record<string, OverviewMarker[]>;
}
