// Marker clustering shared by the browser map and the build: the same supercluster settings on both sides, and
// the small first-view file (/map/overview.json) that lets /map/ draw its clusters before the full data arrives.
// Browser-safe. (The overview file's type lives in map-codec.ts, so loading it does not pull supercluster in.)
import Supercluster from 'supercluster';
import type { ClusterProperties, PointFeature } from 'supercluster';
import type { LatLng } from './geo.ts';
import {
  overviewVersion,
  round5,
  type DecodedMapData,
  type MapCenter,
  type MapClientConfig,
  type MapOverviewFile,
} from './codec.ts';

/** The lowest zoom any map allows (the whole of China fits a phone screen at 4). */
export const mapMinZoom = 3;
/** /map/ opens with every center fitted in, but never closer than this (one center alone would fill the screen). */
export const firstViewMaxZoom = 14;

export type PointProps = { i: number };
export type ClusterProps = { approx: number };
export type ClusterIndex = Supercluster<PointProps, ClusterProps>;

/** A cluster's count as printed on it: 10,000 and more in 万 (1.2万), so the badge stays short; its label has the exact number. */
export const clusterCountText = (count: number) =>
  count >= 10_000 ? `${(count / 10_000).toFixed(1)}万` : String(count);

/** Builds the cluster index over the centers that have a display point, leaving out `skip` and those outside `mask`. */
export function buildClusterIndex(
  cfg: Pick<MapClientConfig, 'clusterRadius' | 'maxZoom'>,
  centers: readonly MapCenter[],
  display: readonly (LatLng | undefined)[],
  opts: { mask?: number; skip?: MapCenter | undefined } = {},
): { index: ClusterIndex; count: number } {
  const features: PointFeature<PointProps>[] = [];
  centers.forEach((c, i) => {
    const p = display[i];
    if (!p || c === opts.skip || (opts.mask && !(c.mask & opts.mask))) return;
    features.push({ type: 'Feature', properties: { i }, geometry: { type: 'Point', coordinates: [p.lng, p.lat] } });
  });
  const index = new Supercluster<PointProps, ClusterProps>({
    radius: cfg.clusterRadius,
    // Supercluster measures the radius against a 512-unit tile by default; Leaflet's tiles are 256 px, so without
    // this the radius was half the screen pixels configured and 44 px markers could overlap (axe target-size).
    extent: 256,
    // Same range as the map: no cluster levels are built for zooms nobody can reach.
    minZoom: mapMinZoom,
    maxZoom: cfg.maxZoom,
    minPoints: 2,
    map: (props) => ({ approx: centers[props.i]!.exact ? 0 : 1 }),
    reduce: (acc, props) => {
      acc.approx += props.approx;
    },
  });
  index.load(features);
  return { index, count: features.length };
}

/**
 * Past this many markers a zoom is left out of the overview: the first view of /map/ (every center fitted in)
 * is far below it, and the file stays a few kilobytes where the full data is a megabyte at 10,000 centers.
 */
export const overviewMaxMarkers = 600;

/** The first-view file, computed at build time with the same index the browser builds later. */
export function buildOverview(
  data: DecodedMapData,
  toDisplay: (p: LatLng) => LatLng,
  maxMarkers = overviewMaxMarkers,
): MapOverviewFile {
  const cfg = data.file.cfg;
  const display = data.centers.map((c) => (c.point ? toDisplay(c.point) : undefined));
  const { index, count } = buildClusterIndex(cfg, data.centers, display);
  let bounds: MapOverviewFile['bounds'] = null;
  for (const p of display) {
    if (!p) continue;
    bounds = bounds
      ? [Math.min(bounds[0], p.lng), Math.min(bounds[1], p.lat), Math.max(bounds[2], p.lng), Math.max(bounds[3], p.lat)]
      : [p.lng, p.lat, p.lng, p.lat];
  }
  const zooms: MapOverviewFile['zooms'] = {};
  for (let z = mapMinZoom; z <= Math.min(cfg.maxZoom, firstViewMaxZoom); z++) {
    const found = index.getClusters([-180, -85, 180, 85], z);
    if (found.length > maxMarkers) break;
    zooms[z] = found.map((f) => {
      const [x, y] = f.geometry.coordinates as [number, number];
      const [lng, lat] = [round5(x), round5(y)];
      const props = f.properties as Partial<ClusterProperties> & Partial<PointProps> & Partial<ClusterProps>;
      return props.cluster
        ? [lng, lat, props.point_count!, props.approx ?? 0]
        : [lng, lat, 1, data.centers[props.i!]!.exact ? 0 : 1];
    });
  }
  return { v: overviewVersion, cfg, total: count, bounds, zooms };
}
