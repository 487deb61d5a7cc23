// /data/centers.csv: one row per center, UTF-8 with BOM and CRLF (src/lib/open-data.ts lists the columns).
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/content.ts';
import { contentHistory } from '../../lib/history.ts';
import { centersCsv, exportContext } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const ctx = exportContext(await siteData(), site!, contentHistory());
  return new Response(centersCsv(ctx), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
