// /data/centers.geojson: built from src/lib/open-data.ts (see there for the format and its choices).
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/content.ts';
import { contentHistory } from '../../lib/history.ts';
import { exportContext, centersGeoJson } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const ctx = exportContext(await siteData(), site!, contentHistory());
  return new Response(`${JSON.stringify(centersGeoJson(ctx))}\n`, { headers: { 'Content-Type': 'application/geo+json; charset=utf-8' } });
};
