// Builds the compact map data file from the site's centers and regions (server side, at build time).
import { basemap, circlePrecisions, circleRadiusMeters, view, walking } from '../../config/map.ts';
import type { Center } from '../../schemas/center.ts';
import { precisionLabels, precisionLevels } from '../../schemas/location.ts';
import { regionLevels, type Region } from '../../schemas/region.ts';
import { serviceCategories, serviceCategoryLabels } from '../../schemas/service.ts';
import {
  mapDataVersion,
  maskOf,
  round5,
  type CenterRow,
  type MapClientConfig,
  type MapDataFile,
  type PlaceRow,
} from './codec.ts';
import { resolveBasemap } from './tiles.ts';

/** Short form of the geo credit (the full line is in every page footer, src/lib/site.ts). */
export const coordinateCredit = '坐标：Vonng/adcode（CC BY 4.0，源自高德，已转换为 WGS-84）';

export function mapClientConfig(env: Record<string, string | undefined> = process.env): MapClientConfig {
  return {
    walkingSpeedKmh: walking.walkingSpeedKmh,
    circleMinutes: walking.circleMinutes,
    circleRadiusMeters,
    basemap: resolveBasemap(basemap, env),
    maxZoom: view.maxZoom,
    centerZoom: view.centerZoom,
    minCircleZoom: view.minCircleZoom,
    clusterRadius: view.clusterRadius,
    nearMeStep: view.nearMeStep,
    coordinateCredit,
  };
}

/** Categories some center offers, in the schema's order: the near-me filter lists only these. */
export const categoriesInUse = (centers: readonly Center[]) => {
  const used = new Set(centers.flatMap((c) => c.services.map((s) => s.category)));
  return serviceCategories.filter((c) => used.has(c));
};

export function encodeMapData(
  centers: readonly Center[],
  regions: readonly Region[],
  cfg: MapClientConfig,
): MapDataFile {
  const cats = [...serviceCategories];
  const prec = [...precisionLevels];
  const levels = [...regionLevels];
  const placeIndex = new Map(regions.map((r, i) => [r.slug, i]));
  const pointOf = (loc: Region['location']) =>
    loc.precision === 'unknown' || loc.lat === undefined || loc.lng === undefined
      ? undefined
      : ([round5(loc.lat), round5(loc.lng)] as const);

  const places: PlaceRow[] = regions.map((r) => {
    const parent = r.parent === undefined ? -1 : placeIndex.get(r.parent);
    if (parent === undefined)
      throw new Error(`region '${r.slug}': parent '${r.parent}' does not exist (run npm run validate)`);
    const row: PlaceRow = [r.slug, r.name, levels.indexOf(r.level), parent, prec.indexOf(r.location.precision)];
    const p = pointOf(r.location);
    if (p) row.push(p[0], p[1]);
    return row;
  });

  const rows: CenterRow[] = centers.map((c) => {
    const place = placeIndex.get(c.region);
    if (place === undefined)
      throw new Error(`center '${c.slug}': region '${c.region}' does not exist (run npm run validate)`);
    const row: CenterRow = [
      c.slug,
      c.name,
      c.shortName,
      place,
      prec.indexOf(c.location.precision),
      maskOf(
        cats,
        c.services.map((s) => s.category),
      ),
    ];
    const p = pointOf(c.location);
    const own = places[place]!;
    // Leave the point out when the region row already carries the same one: most centers share it.
    if (p && !(own[5] === p[0] && own[6] === p[1])) row.push(p[0], p[1]);
    return row;
  });

  return {
    v: mapDataVersion,
    cfg,
    cats,
    catLabels: cats.map((c) => serviceCategoryLabels[c]),
    prec,
    precLabels: prec.map((p) => precisionLabels[p]),
    precCircle: prec.map((p) => circlePrecisions.includes(p)),
    levels,
    places,
    centers: rows,
  };
}
