// The iCalendar feeds (src/lib/search/ics.ts, written by ical-generator) read back in ical.js, as calendar apps read
// them: all-day dates, times in Asia/Shanghai, escaping, and rules that expand to the right days.
import { describe, expect, it } from 'vitest';
import { buildCalendar, type CalendarEvent } from '../../src/lib/search/ics.ts';
import { fallsOn, firstOnOrAfter, ruleText } from '../../src/lib/search/recurrence.ts';
import type { RecurrenceRule } from '../../src/schemas/event.ts';
import { parseCalendar } from '../support/ical.ts';

const options = {
  prodId: '//example.org//邻里地图 events//ZH',
  name: '邻里地图：邻里中心活动',
  stamp: new Date('2026-11-23T00:00:00Z'),
};
const event: CalendarEvent = {
  uid: 'centers-zenglin-event-1@example.org',
  date: '2026-09-28',
  summary: '邻里节：便民服务进邻里, 健康义诊; 科普小实验（曾林社区）',
  description: '第一行\n第二行, 含逗号; 和分号\\反斜杠',
  location: '曾林社区"党建+"邻里中心，灵源街道 · 晋江市 · 泉州市',
  url: 'https://example.org/centers/zenglin/',
};
const lastSunday: RecurrenceRule = { freq: 'monthly', byDay: { week: 'last', day: 'sunday' } };
const unfold = (text: string) => text.replace(/\r\n /g, '');
const octets = (line: string) => new TextEncoder().encode(line).length;

describe('iCalendar output', () => {
  const ics = buildCalendar([event], options);

  it('is RFC 5545 text: CRLF only, lines within 75 octets, no broken characters', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ics.split('\r\n').every((l) => octets(l) <= 75)).toBe(true);
    expect(ics).not.toContain('\uFFFD');
    expect(unfold(ics)).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:-\/\/example\.org/);
    expect(unfold(ics)).toContain('DTSTAMP:20261123T000000Z\r\n');
  });

  it('reads back in ical.js with the same text, as an all-day event on its day', () => {
    const { name, events } = parseCalendar(ics);
    expect(name).toBe(options.name);
    expect(events).toHaveLength(1);
    const [e] = events;
    expect(e!.uid).toBe(event.uid);
    expect(e!.summary).toBe(event.summary);
    expect(e!.description).toBe(event.description);
    expect(e!.allDay).toBe(true);
    expect(e!.rrule).toBeUndefined();
    expect(e!.occurrencesAfter('2000-01-01', 5)).toEqual(['2026-09-28']);
  });

  it('writes a time in Asia/Shanghai, whatever zone the build machine is in', () => {
    const tz = process.env.TZ;
    try {
      for (const zone of ['UTC', 'America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati']) {
        process.env.TZ = zone;
        const text = unfold(buildCalendar([{ ...event, time: { start: '09:30', end: '11:00' } }], options));
        expect(text, zone).toContain('DTSTART;TZID=Asia/Shanghai:20260928T093000\r\n');
        expect(text, zone).toContain('DTEND;TZID=Asia/Shanghai:20260928T110000\r\n');
        expect(text, zone).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai\r\n');
        const [e] = parseCalendar(text).events;
        expect(e!.allDay).toBe(false);
        expect(e!.tzid).toBe('Asia/Shanghai');
        // An all-day date does not move with the machine's zone either.
        expect(unfold(buildCalendar([event], options)), zone).toContain('DTSTART;VALUE=DATE:20260928\r\n');
      }
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  it('is a valid empty calendar when no event can be a calendar entry', () => {
    expect(parseCalendar(buildCalendar([], options)).events).toEqual([]);
  });

  it('refuses dates that are not full days', () => {
    expect(() => buildCalendar([{ ...event, date: '2026-09' }], options)).toThrow(/only full YYYY-MM-DD dates/);
  });
});

describe('recurring events', () => {
  it('writes 每月最后一个星期日 as an RRULE that ical.js expands to the last Sunday of each month', () => {
    const text = buildCalendar(
      [{ ...event, date: firstOnOrAfter(lastSunday, '2026-11-23'), rule: lastSunday }],
      options,
    );
    const [e] = parseCalendar(text).events;
    expect(e!.rrule).toMatch(/FREQ=MONTHLY/);
    expect(e!.occurrencesAfter('2026-12-03', 4)).toEqual(['2026-12-27', '2027-01-31', '2027-02-28', '2027-03-28']);
  });

  it.each<[string, RecurrenceRule, string, string[]]>([
    ['每周星期三', { freq: 'weekly', byDay: { day: 'wednesday' } }, '2026-12-01', ['2026-12-02', '2026-12-09']],
    [
      '每月第一个星期一',
      { freq: 'monthly', byDay: { week: 'first', day: 'monday' } },
      '2026-12-01',
      ['2026-12-07', '2027-01-04'],
    ],
    ['每月15日', { freq: 'monthly', byMonthDay: 15 }, '2026-12-20', ['2027-01-15', '2027-02-15']],
  ])('%s: text, first day and RRULE agree', (text, rule, from, days) => {
    expect(ruleText(rule)).toBe(text);
    const first = firstOnOrAfter(rule, from);
    expect(first).toBe(days[0]);
    const [e] = parseCalendar(buildCalendar([{ ...event, date: first, rule }], options)).events;
    expect(e!.occurrencesAfter(from, 2)).toEqual(days);
  });

  it('finds the last Sunday even when it is five weeks away', () => {
    // 2026-01-25 is January's last Sunday; February 2026 ends on Saturday the 28th, so the next is 02-22.
    expect(firstOnOrAfter(lastSunday, '2026-01-26')).toBe('2026-02-22');
    expect(ruleText(lastSunday)).toBe('每月最后一个星期日');
    expect(fallsOn(lastSunday, new Date('2026-05-31T00:00:00Z'))).toBe(true);
    expect(fallsOn(lastSunday, new Date('2026-05-24T00:00:00Z'))).toBe(false);
  });
});
