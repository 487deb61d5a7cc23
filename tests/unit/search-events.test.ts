// Events across centers (src/lib/search/events.ts): grouped dated / recurring / undated; only full dates reach the calendar.
import { describe, expect, it } from 'vitest';
import { calendarEvents, listEvents } from '../../src/lib/search/events.ts';
import { buildCalendar } from '../../src/lib/search/ics.ts';
import { siteDataOf } from '../support/site-data.ts';

const site = new URL('https://example.org');

describe('events', () => {
  it('lists every event of every center once, in one of three groups', () => {
    const data = siteDataOf();
    const all = data.centers.reduce((n, c) => n + c.events.length, 0);
    const g = listEvents(data);
    expect(g.dated.length + g.recurring.length + g.undated.length).toBe(all);
    expect(g.recurring.every((e) => e.event.date === 'unknown' && e.event.recurring)).toBe(true);
    expect(g.undated.every((e) => e.event.date === 'unknown' && !e.event.recurring)).toBe(true);
  });

  it('puts only events dated to the day into the calendar, with stable ids, place, source and link', () => {
    // Its own copy of the content: the two events it adds reach no other test.
    const data = siteDataOf();
    const center = data.centers[0]!;
    const source = center.events[0]?.source ?? center.services[0]!.source;
    center.events.push(
      { title: '测试活动（整日）', date: '2026-10-02', source, locator: '测试' },
      { title: '测试活动（只有月份）', date: '2026-10', source, locator: '测试' },
    );
    const events = calendarEvents(data, site);
    expect(events.map((e) => e.summary)).toEqual([`测试活动（整日）（${center.shortName}）`]);
    const [e] = events;
    expect(e!.uid).toBe(`${center.slug}-${center.events.length - 2}@example.org`);
    expect(e!.url).toBe(`https://example.org/centers/${center.slug}/`);
    expect(e!.description).toContain('来源：');
    expect(buildCalendar(events, { prodId: 'x', name: 'y', stamp: new Date(0) })).toContain('DTSTART;VALUE=DATE:20261002');
  });
});
