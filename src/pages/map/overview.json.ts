// The map's first view: its clusters at the zooms /map/ can open at, so markers show before centers.json is read.
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/content/collections.ts';
import { buildOverview } from '../../lib/map/clusters.ts';
import { decodeMapData, displayCrs } from '../../lib/map/codec.ts';
import { fromWgs84 } from '../../lib/map/coords.ts';
import { encodeMapData, mapClientConfig } from '../../lib/map/data.ts';

export const GET: APIRoute = async () => {
  const data = await siteData();
  // Decoded from the very rows the browser gets, so both sides cluster the same points.
  const decoded = decodeMapData(encodeMapData(data.centers, data.regions, mapClientConfig()));
  const crs = displayCrs(decoded.file.cfg.basemap);
  return new Response(JSON.stringify(buildOverview(decoded, (p) => fromWgs84(p, crs))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
