// Events across centers and regions (src/lib/search/events.ts): grouped dated / recurring / undated; only full dates
// and rules the source states reach the calendars, and a vague rule never becomes an RRULE.
import { describe, expect, it } from 'vitest';
import { calendarEvents, calendarFile, calendarOwners, listEvents } from '../../src/lib/search/events.ts';
import { eventSchema } from '../../src/schemas/event.ts';
import { parseCalendar } from '../support/ical.ts';
import { siteDataOf } from '../support/site-data.ts';

// Read once for the tests that only look; a test that changes the content takes its own copy (siteDataOf()).
const data = siteDataOf();
const site = new URL('https://example.org');

describe('events', () => {
  it('lists every event of every center and region once, in one of three groups', () => {
    const all = [...data.centers, ...data.regions].reduce((n, c) => n + c.events.length, 0);
    const g = listEvents(data);
    expect(g.dated.length + g.recurring.length + g.undated.length).toBe(all);
    expect(g.recurring.every((e) => e.event.date === 'unknown' && e.event.recurring)).toBe(true);
    expect(g.undated.every((e) => e.event.date === 'unknown' && !e.event.recurring)).toBe(true);
  });

  it('puts only events dated to the day into the calendar, with stable ids, place, source and link', () => {
    // Its own copy of the content: the events it adds reach no other test.
    const data = siteDataOf();
    const center = data.centers[0]!;
    const source = center.events[0]?.source ?? center.services[0]!.source;
    center.events.push(
      { title: '测试活动（整日）', date: '2026-10-02', source, locator: '测试' },
      { title: '测试活动（只有月份）', date: '2026-10', source, locator: '测试' },
    );
    const events = calendarEvents(data, site, { kind: 'centers', slug: center.slug });
    expect(events.map((e) => e.summary)).toEqual([`测试活动（整日）（${center.shortName}）`]);
    const [e] = events;
    expect(e!.uid).toMatch(new RegExp(`^centers-${center.slug}-event-[0-9a-z]+@example\\.org$`));
    // The UID depends on what the event is, not where it stands in the list.
    center.events.unshift({ title: '插在前面的活动', date: 'unknown', source, locator: '测试' });
    expect(calendarEvents(data, site, { kind: 'centers', slug: center.slug })[0]!.uid).toBe(e!.uid);
    expect(e!.url).toBe(`https://example.org/centers/${center.slug}/`);
    expect(e!.description).toContain('来源：');
  });
});

describe('recurring events in the real content', () => {
  it('永春县 回家日: in the site-wide and the county calendar, on the last Sunday of every month', () => {
    for (const owner of [undefined, calendarOwners(data).find((o) => o.kind === 'regions' && o.slug === 'yongchun')]) {
      const { events } = parseCalendar(calendarFile(data, site, owner));
      const huijiari = events.filter((e) => e.summary.includes('回家日'));
      expect(huijiari, owner?.slug ?? 'site').toHaveLength(1);
      expect(huijiari[0]!.allDay).toBe(true);
      expect(huijiari[0]!.occurrencesAfter('2026-12-03', 2)).toEqual(['2026-12-27', '2027-01-31']);
      expect(huijiari[0]!.description).toContain('每月最后一个星期日');
    }
  });

  it('惠安县 每周一看 (每周固定一天: which day is not said) stays text: listed as recurring, no calendar entry', () => {
    const yikan = listEvents(data).recurring.find(
      (e) => e.owner.slug === 'huian' && e.event.title.includes('每周一看'),
    );
    expect(yikan?.event.recurring).toBe('每周固定一天');
    expect(yikan?.event.rule).toBeUndefined();
    const ics = calendarFile(data, site);
    expect(ics).not.toContain('每周一看');
    expect(parseCalendar(ics).events.every((e) => e.summary.includes('回家日') || !e.rrule)).toBe(true);
    expect(calendarOwners(data).some((o) => o.slug === 'huian')).toBe(false);
  });

  it('every RRULE comes from a rule in the content, and every recurring text without one stays out of the calendars', () => {
    const withRule = [...listEvents(data).dated, ...listEvents(data).recurring].filter((e) => e.event.rule);
    const rrules = parseCalendar(calendarFile(data, site)).events.filter((e) => e.rrule);
    expect(rrules).toHaveLength(withRule.length);
    for (const e of listEvents(data).recurring.filter((x) => !x.event.rule)) {
      expect(calendarEvents(data, site, e.owner).some((c) => c.summary.startsWith(e.event.title))).toBe(false);
    }
  });

  it("the schema takes a rule only together with the source's wording, and only a rule complete enough to compute", () => {
    const base = { title: '回家日', source: 's', locator: '每月最后一个周日' };
    const rule = { freq: 'monthly', byDay: { week: 'last', day: 'sunday' } };
    expect(eventSchema.safeParse({ ...base, recurring: '每月最后一个周日', rule }).success).toBe(true);
    expect(eventSchema.safeParse({ ...base, rule }).success).toBe(false);
    expect(eventSchema.safeParse({ ...base, recurring: '每月', rule: { freq: 'monthly' } }).success).toBe(false);
    expect(
      eventSchema.safeParse({
        ...base,
        recurring: '每周',
        rule: { freq: 'weekly', byDay: { week: 'last', day: 'sunday' } },
      }).success,
    ).toBe(false);
  });
});
