// Activities the articles describe, across all centers: dated ones (for the calendar feed), recurring ones,
// and those the source gives no date for. Pure functions over SiteData.
import type { Center, CenterEvent } from '../../schemas/center.ts';
import type { CalendarEvent } from './ics.ts';
import { byName, placeLine, sourceOf, type SiteData } from '../content/queries.ts';
import { centerPath } from '../paths.ts';

export interface ListedEvent {
  center: Center;
  event: CenterEvent;
  /** Position in the center's list: part of the stable calendar UID. */
  index: number;
  place: string;
}

export interface EventGroups {
  /** Events with a date (any precision), newest first. */
  dated: ListedEvent[];
  /** Undated events that recur (每月, 常态化 …). */
  recurring: ListedEvent[];
  /** Undated, one-off events: the source says it happened but not when. */
  undated: ListedEvent[];
}

export function listEvents(data: SiteData): EventGroups {
  const all = data.centers.flatMap((center) => center.events.map((event, index) => ({ center, event, index, place: placeLine(data, center.region) })));
  const dated = all.filter((e) => e.event.date !== 'unknown').sort((a, b) => b.event.date.localeCompare(a.event.date) || byName(a.center, b.center));
  const rest = all.filter((e) => e.event.date === 'unknown');
  return { dated, recurring: rest.filter((e) => e.event.recurring), undated: rest.filter((e) => !e.event.recurring) };
}

/** Only events dated to the day can be calendar entries; month- or year-only dates stay on the page. */
export const isCalendarDate = (date: string) => /^\d{4}-\d{2}-\d{2}$/.test(date);

export function calendarEvents(data: SiteData, site: URL): CalendarEvent[] {
  return listEvents(data)
    .dated.filter((e) => isCalendarDate(e.event.date))
    .map((e) => {
      const source = sourceOf(data, e.event.source);
      const url = new URL(centerPath(e.center.slug), site).href;
      return {
        uid: `${e.center.slug}-${e.index}@${site.hostname}`,
        date: e.event.date,
        summary: `${e.event.title}（${e.center.shortName}）`,
        description: [e.event.description, e.event.recurring ? `频率：${e.event.recurring}` : '', `来源：${source.title}（${e.event.locator}）`, url].filter(Boolean).join('\n'),
        location: `${e.center.name}，${e.place}`,
        url,
      };
    });
}
