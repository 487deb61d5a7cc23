// Activities the articles describe, across all centers and regions: dated ones, recurring ones, and those the source
// gives no date for; and the calendar entries they make (site-wide and per page). Pure functions over SiteData.
import type { ContentEvent } from '../../schemas/event.ts';
import { buildCalendar, isCalendarDate, type CalendarEvent } from './ics.ts';
import { firstOnOrAfter, ruleText } from './recurrence.ts';
import { centerAnchors, regionAnchors } from '../content/footnotes.ts';
import { byName, placeLine, sourceOf, type SiteData } from '../content/queries.ts';
import { calendarPath, pagePath } from '../paths.ts';
import { siteName } from '../site.ts';

export type EventOwnerKind = 'centers' | 'regions';

/** The center or region whose page lists an event. */
export interface EventOwner {
  kind: EventOwnerKind;
  slug: string;
  name: string;
  shortName: string;
  /** The page, e.g. /regions/yongchun/. */
  href: string;
  lastChecked: string;
}

export interface ListedEvent {
  owner: EventOwner;
  event: ContentEvent;
  /** The event's anchor on its owner's page: also part of its stable calendar UID. */
  anchor: string;
  place: string;
}

export interface EventGroups {
  /** Events with a date (any precision), newest first. */
  dated: ListedEvent[];
  /** Undated events that recur (每月最后一个周日, 每周固定一天, 常态化 …). */
  recurring: ListedEvent[];
  /** Undated, one-off events: the source says it happened but not when. */
  undated: ListedEvent[];
}

interface EventPage {
  slug: string;
  name: string;
  lastChecked: string;
  events: ContentEvent[];
}

function allEvents(data: SiteData): ListedEvent[] {
  const listed = (kind: EventOwnerKind, page: EventPage, shortName: string, region: string, anchors: string[]) => {
    const { slug, name, lastChecked } = page;
    const owner: EventOwner = { kind, slug, name, shortName, href: pagePath(kind, slug), lastChecked };
    return page.events.map((event, i) => ({ owner, event, anchor: anchors[i]!, place: placeLine(data, region) }));
  };
  return [
    ...data.centers.flatMap((c) => listed('centers', c, c.shortName, c.region, centerAnchors(c).events)),
    ...data.regions.flatMap((r) => listed('regions', r, r.name, r.slug, regionAnchors(r).events)),
  ];
}

export function listEvents(data: SiteData): EventGroups {
  const all = allEvents(data);
  const dated = all
    .filter((e) => e.event.date !== 'unknown')
    .sort((a, b) => b.event.date.localeCompare(a.event.date) || byName(a.owner, b.owner));
  const rest = all.filter((e) => e.event.date === 'unknown');
  return { dated, recurring: rest.filter((e) => e.event.recurring), undated: rest.filter((e) => !e.event.recurring) };
}

/** Whether an event becomes a calendar entry: dated to the day, or recurring by a rule the source states. */
export const inCalendar = (event: ContentEvent) => isCalendarDate(event.date) || event.rule !== undefined;

/**
 * The calendar's first day. A rule starts on its first date on or after the date printed (a month or year counts
 * from its first day) or, when the source prints none, the day an editor last checked the page against it.
 */
function firstDay(e: ListedEvent): string {
  const { date, rule } = e.event;
  if (!rule) return date;
  const from = date === 'unknown' ? e.owner.lastChecked : `${date}-01-01`.slice(0, 10);
  return firstOnOrAfter(rule, from);
}

function toCalendarEvent(data: SiteData, site: URL, e: ListedEvent): CalendarEvent {
  const source = sourceOf(data, e.event.source);
  const url = new URL(e.owner.href, site).href;
  const rule = e.event.rule ? `时间：${ruleText(e.event.rule)}（报道原文：${e.event.recurring}）` : '';
  return {
    uid: `${e.owner.kind}-${e.owner.slug}-${e.anchor}@${site.hostname}`,
    date: firstDay(e),
    time: e.event.time,
    rule: e.event.rule,
    summary: `${e.event.title}（${e.owner.shortName}）`,
    description: [e.event.description, rule, `来源：${source.title}（${e.event.locator}）`, url]
      .filter(Boolean)
      .join('\n'),
    location: e.owner.kind === 'centers' ? `${e.owner.name}，${e.place}` : e.place,
    url,
  };
}

/** Calendar entries of the whole site, or of one center's or region's page. */
export function calendarEvents(
  data: SiteData,
  site: URL,
  owner?: { kind: EventOwnerKind; slug: string },
): CalendarEvent[] {
  const all = listEvents(data);
  return [...all.dated, ...all.recurring]
    .filter((e) => inCalendar(e.event) && (!owner || (e.owner.kind === owner.kind && e.owner.slug === owner.slug)))
    .map((e) => toCalendarEvent(data, site, e));
}

/** Pages with at least one calendar entry, each of which gets its own feed. */
export function calendarOwners(data: SiteData): EventOwner[] {
  const seen = new Map<string, EventOwner>();
  for (const e of allEvents(data)) if (inCalendar(e.event)) seen.set(calendarPath(e.owner.kind, e.owner.slug), e.owner);
  return [...seen.values()];
}

/** The .ics file: site-wide, or one page's. DTSTAMP is the newest lastChecked among the pages it draws on. */
export function calendarFile(data: SiteData, site: URL, owner?: EventOwner): string {
  const pages = owner ? [owner] : [...data.centers, ...data.regions];
  const checked =
    pages
      .map((p) => p.lastChecked)
      .sort()
      .at(-1) ?? '2000-01-01';
  return buildCalendar(calendarEvents(data, site, owner), {
    prodId: `//${site.hostname}//${siteName} events//ZH`,
    name: owner ? `${siteName}：${owner.name}的活动` : `${siteName}：邻里中心活动`,
    stamp: new Date(`${checked}T00:00:00Z`),
  });
}
