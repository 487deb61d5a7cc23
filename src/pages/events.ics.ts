// The iCalendar feed of center activities that the sources date to the day (/events.ics). Undated ones stay on /events/.
import type { APIRoute } from 'astro';
import { siteData } from '../lib/content/collections.ts';
import { calendarEvents } from '../lib/search/events.ts';
import { buildCalendar } from '../lib/search/ics.ts';
import { siteName } from '../lib/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = await siteData();
  const base = site ?? new URL('https://linli-ditu.example.org');
  // DTSTAMP from content, not the clock: the same content gives the same file, build after build.
  const checked = data.centers.map((c) => c.lastChecked).sort().at(-1) ?? '2000-01-01';
  const body = buildCalendar(calendarEvents(data, base), {
    prodId: `-//${base.hostname}//${siteName} events//ZH`,
    name: `${siteName}：邻里中心活动`,
    stamp: new Date(`${checked}T00:00:00Z`),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
