// The map's one data file: every center and region as compact rows (see src/lib/map/codec.ts).
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/content/collections.ts';
import { encodeMapData, mapClientConfig } from '../../lib/map/data.ts';

export const GET: APIRoute = async () => {
  const data = await siteData();
  const file = encodeMapData(data.centers, data.regions, mapClientConfig());
  return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
