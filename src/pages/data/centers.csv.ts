// /data/centers.csv: one row per center, UTF-8 with BOM and CRLF (src/lib/open-data/exports.node.ts lists the columns).
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/content/collections.ts';
import { contentHistory } from '../../lib/citations/history.node.ts';
import { centersCsv, exportContext } from '../../lib/open-data/exports.node.ts';

export const GET: APIRoute = async ({ site }) => {
  const ctx = exportContext(await siteData(), site!, contentHistory());
  return new Response(centersCsv(ctx), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
