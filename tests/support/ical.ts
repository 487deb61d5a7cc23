// Reads an .ics file the way a calendar app does, with ical.js: its events, and the dates a recurring one falls on.
import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  /** The RRULE as written, or undefined for a one-off event. */
  rrule: string | undefined;
  allDay: boolean;
  /** DTSTART's TZID parameter, if any. */
  tzid: string | undefined;
  /** The first `count` days (YYYY-MM-DD) the event falls on strictly after `after` (YYYY-MM-DD). */
  occurrencesAfter: (after: string, count: number) => string[];
}

export function parseCalendar(text: string): { name: string; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const rrule = vevent.getFirstProperty('rrule');
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      rrule: rrule ? rrule.toICALString().replace(/^RRULE:/, '') : undefined,
      allDay: event.startDate.isDate,
      tzid: vevent.getFirstProperty('dtstart')?.getParameter('tzid') as string | undefined,
      occurrencesAfter: (after: string, count: number) => {
        const days: string[] = [];
        const iterator = event.iterator();
        // Bounded: a rule that never falls after `after` must not loop forever.
        for (let next = iterator.next(), i = 0; next && days.length < count && i < 1000; next = iterator.next(), i++) {
          const day = `${next.year}-${String(next.month).padStart(2, '0')}-${String(next.day).padStart(2, '0')}`;
          if (day > after) days.push(day);
        }
        return days;
      },
    };
  });
  return { name: String(calendar.getFirstPropertyValue('x-wr-calname') ?? ''), events };
}
