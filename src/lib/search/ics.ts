// iCalendar (RFC 5545) feeds of events, written by ical-generator: all-day events as DATE values, timed ones in
// Asia/Shanghai, and a recurrence the source states as an RRULE.
import ical, {
  ICalCalendarMethod,
  ICalEventRepeatingFreq,
  ICalEventTransparency,
  ICalWeekday,
  type ICalRepeatingOptions,
} from 'ical-generator';
import { weekdays, type RecurrenceRule } from '../../schemas/event.ts';

export const calendarTimeZone = 'Asia/Shanghai';

/** Only events dated to the day can be calendar entries; month- or year-only dates stay on the page. */
export const isCalendarDate = (date: string) => /^\d{4}-\d{2}-\d{2}$/.test(date);

export interface CalendarEvent {
  /** Stable unique id, e.g. "regions-yongchun-1k2j3h4@linli-ditu.example.org". */
  uid: string;
  /** YYYY-MM-DD: the day, or a recurring event's first day. */
  date: string;
  /** HH:MM in Beijing time; without it the event is all-day. */
  time?: { start: string; end?: string | undefined } | undefined;
  rule?: RecurrenceRule | undefined;
  summary: string;
  description?: string | undefined;
  location?: string | undefined;
  url?: string | undefined;
}

export interface CalendarOptions {
  /** PRODID without its leading '-' (ical-generator adds it), e.g. "//linli-ditu.example.org//邻里地图 events//ZH". */
  prodId: string;
  /** Calendar name shown by apps (NAME, X-WR-CALNAME). */
  name: string;
  /** DTSTAMP for every event: taken from content, so the same content gives the same file. */
  stamp: Date;
}

// China has kept UTC+8 without daylight saving since 1991: one STANDARD block describes every date a feed holds.
const shanghai = [
  'BEGIN:VTIMEZONE',
  `TZID:${calendarTimeZone}`,
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'TZNAME:CST',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

const icalDays: Record<(typeof weekdays)[number], ICalWeekday> = {
  monday: ICalWeekday.MO,
  tuesday: ICalWeekday.TU,
  wednesday: ICalWeekday.WE,
  thursday: ICalWeekday.TH,
  friday: ICalWeekday.FR,
  saturday: ICalWeekday.SA,
  sunday: ICalWeekday.SU,
};
const setPos = { first: 1, second: 2, third: 3, fourth: 4, last: -1 } as const;

/** The schema's rule as ical-generator's RRULE options: 每月最后一个星期日 → FREQ=MONTHLY;BYDAY=SU;BYSETPOS=-1. */
export function repeatingOf(rule: RecurrenceRule): ICalRepeatingOptions {
  const freq = rule.freq === 'weekly' ? ICalEventRepeatingFreq.WEEKLY : ICalEventRepeatingFreq.MONTHLY;
  if (rule.byMonthDay) return { freq, byMonthDay: [rule.byMonthDay] };
  const byDay = [icalDays[rule.byDay!.day]];
  return rule.byDay!.week ? { freq, byDay, bySetPos: [setPos[rule.byDay!.week]] } : { freq, byDay };
}

const parts = (text: string, sep: string) => text.split(sep).map(Number) as [number, number, number];

/** A DATE value: ical-generator reads an event without a time zone from the Date's UTC fields. */
const utcDay = (date: string) => {
  const [y, m, d] = parts(date, '-');
  return new Date(Date.UTC(y, m - 1, d));
};

/**
 * A date-time with TZID: ical-generator reads it from the Date's local fields, so a Date built from the wall-clock
 * parts reads back as exactly those parts, whatever time zone the build machine runs in.
 */
const wallClock = (date: string, time: string) => {
  const [y, m, d] = parts(date, '-');
  const [hh, mm] = parts(time, ':');
  return new Date(y, m - 1, d, hh, mm);
};

export function buildCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const calendar = ical({
    prodId: options.prodId,
    name: options.name,
    method: ICalCalendarMethod.PUBLISH,
    scale: 'GREGORIAN',
    timezone: { name: null, generator: (tz) => (tz === calendarTimeZone ? shanghai : null) },
  });
  for (const e of events) {
    if (!isCalendarDate(e.date))
      throw new Error(`ics: event ${e.uid} has date '${e.date}'; only full YYYY-MM-DD dates can go into a calendar`);
    calendar.createEvent({
      id: e.uid,
      stamp: options.stamp,
      ...(e.time
        ? {
            start: wallClock(e.date, e.time.start),
            end: e.time.end ? wallClock(e.date, e.time.end) : null,
            timezone: calendarTimeZone,
          }
        : { start: utcDay(e.date), allDay: true }),
      repeating: e.rule ? repeatingOf(e.rule) : null,
      summary: e.summary,
      description: e.description ?? null,
      location: e.location ?? null,
      url: e.url ?? null,
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  // Every content line ends in CRLF (RFC 5545 §3.1), the last one too.
  return `${calendar.toString()}\r\n`;
}
