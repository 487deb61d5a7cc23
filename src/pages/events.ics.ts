// The site-wide iCalendar feed (/events.ics): events dated to the day, and recurring ones whose rule the source
// states. Undated events stay on /events/.
import type { APIRoute } from 'astro';
import { siteData } from '../lib/content/collections.ts';
import { calendarFile } from '../lib/search/events.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(calendarFile(await siteData(), site!), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
