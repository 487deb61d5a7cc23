// Distances and walking times on the WGS-84 ellipsoid's mean sphere: haversine, minutes on foot, nearest first.

/** IUGG mean Earth radius in metres; haversine with it is within ~0.5 % of ellipsoidal distance. */
export const earthRadiusMeters = 6_371_008.8;

export interface LatLng {
  lat: number;
  lng: number;
}

const rad = (deg: number) => (deg * Math.PI) / 180;

/** Straight-line (great-circle) distance in metres between two WGS-84 points. */
export function haversineMeters(a: LatLng, b: LatLng): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * earthRadiusMeters * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Metres walked per minute at a speed in km/h. */
export const metersPerMinute = (speedKmh: number) => (speedKmh * 1000) / 60;

/**
 * Minutes on foot for a straight-line distance, rounded to whole minutes and at least 1. Real routes
 * are longer than straight lines, so this is a lower bound: every place that shows it says so.
 */
export function walkingMinutes(meters: number, speedKmh: number): number {
  if (!(speedKmh > 0)) throw new Error(`walking speed must be a positive number of km/h, got ${speedKmh}`);
  return Math.max(1, Math.round(meters / metersPerMinute(speedKmh)));
}

/** Radius in metres that `minutes` of walking covers at `speedKmh`. */
export const radiusForMinutes = (minutes: number, speedKmh: number) => Math.round(minutes * metersPerMinute(speedKmh));

/** "约 650 米" / "约 3.2 公里": what a reader needs, not false precision. */
export function formatDistance(meters: number): string {
  if (meters < 1000) return `约 ${Math.max(10, Math.round(meters / 10) * 10)} 米`;
  if (meters < 10_000) return `约 ${(meters / 1000).toFixed(1)} 公里`;
  return `约 ${Math.round(meters / 1000)} 公里`;
}

/** "步行约 12 分钟", or a plain hint when walking is not a sensible way to get there. */
export function formatWalk(minutes: number): string {
  if (minutes > 120) return '步行超过 2 小时';
  return `步行约 ${minutes} 分钟`;
}

export interface Ranked<T> {
  item: T;
  meters: number;
}

/**
 * Items with a point, nearest first (ties keep input order). Items without a point are left out:
 * a distance to "未公布" cannot be computed.
 */
export function nearestFirst<T>(
  origin: LatLng,
  items: readonly T[],
  pointOf: (item: T) => LatLng | undefined,
): Ranked<T>[] {
  const ranked: Ranked<T>[] = [];
  for (const item of items) {
    const p = pointOf(item);
    if (p) ranked.push({ item, meters: haversineMeters(origin, p) });
  }
  return ranked.sort((a, b) => a.meters - b.meters);
}

/** A point `meters` away from `from` in direction `bearingDeg` (0 = north, 90 = east), on the sphere. */
export function offsetPoint(from: LatLng, meters: number, bearingDeg: number): LatLng {
  const d = meters / earthRadiusMeters;
  const b = rad(bearingDeg);
  const lat1 = rad(from.lat);
  const lng1 = rad(from.lng);
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(b));
  const lng2 =
    lng1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(lat1), Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
  return { lat: (lat2 * 180) / Math.PI, lng: (lng2 * 180) / Math.PI };
}
