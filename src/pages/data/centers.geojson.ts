// /data/centers.geojson: built from src/lib/open-data/exports.node.ts (see there for the format and its choices).
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/content/collections.ts';
import { contentHistory } from '../../lib/citations/history.node.ts';
import { exportContext, centersGeoJson } from '../../lib/open-data/exports.node.ts';

export const GET: APIRoute = async ({ site }) => {
  const ctx = exportContext(await siteData(), site!, contentHistory());
  return new Response(`${JSON.stringify(centersGeoJson(ctx))}\n`, {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });
};
