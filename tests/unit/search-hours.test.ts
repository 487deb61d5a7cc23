// Opening hours (src/lib/content/hours.ts): formatting, 未公布, and "open now?" only when a source gives clock times.
import { describe, expect, it } from 'vitest';
import {
  formatDays,
  formatHours,
  isOpenAt,
  scheduleText,
  weekdays as hoursWeekdays,
  type Schedule,
} from '../../src/lib/content/hours.ts';
import { weekdays as schemaWeekdays } from '../../src/schemas/service.ts';

const weekdays: Schedule = {
  hours: [
    { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:30', closes: '17:30' },
    { days: ['sat'], opens: '09:00', closes: '12:00' },
  ],
};
const night: Schedule = { hours: [{ days: ['fri'], opens: '22:00', closes: '02:00' }] };
// Beijing time is UTC+8: 2026-11-23 is a Monday.
const at = (local: string) => new Date(`${local}+08:00`);

describe('formatting', () => {
  it("uses the schema's weekdays (kept separate so the browser never loads zod)", () => {
    expect(hoursWeekdays).toEqual(schemaWeekdays);
  });

  it('writes runs of days the way a notice board does', () => {
    expect(formatDays(['mon', 'tue', 'wed', 'thu', 'fri'])).toBe('周一至周五');
    expect(formatDays(['sat', 'sun'])).toBe('周六、周日');
    expect(formatDays(['mon', 'wed', 'thu', 'fri'])).toBe('周一、周三至周五');
    expect(formatDays(['sun', 'sat', 'fri', 'thu', 'wed', 'tue', 'mon'])).toBe('每天');
  });

  it('formats hours, including closing after midnight', () => {
    expect(formatHours((weekdays as Exclude<Schedule, 'unknown'>).hours)).toBe(
      '周一至周五 08:30–17:30；周六 09:00–12:00',
    );
    expect(formatHours((night as Exclude<Schedule, 'unknown'>).hours)).toBe('周五 22:00–次日02:00');
  });

  it('says 未公布 when the source gives nothing, and the source words when it gives no clock times', () => {
    expect(scheduleText('unknown')).toBe('未公布');
    expect(scheduleText({ hours: [] })).toBe('未公布');
    expect(scheduleText({ hours: [], text: '每天都有医生坐诊' })).toBe('每天都有医生坐诊');
  });
});

describe('open now?', () => {
  it('cannot say without structured hours', () => {
    expect(isOpenAt('unknown', at('2026-11-23T10:00:00'))).toBeUndefined();
    expect(isOpenAt({ hours: [], text: '每天中午' }, at('2026-11-23T12:00:00'))).toBeUndefined();
  });

  it('answers by Beijing time', () => {
    expect(isOpenAt(weekdays, at('2026-11-23T10:00:00'))).toBe(true);
    expect(isOpenAt(weekdays, at('2026-11-23T08:29:00'))).toBe(false);
    expect(isOpenAt(weekdays, at('2026-11-23T17:30:00'))).toBe(false);
    expect(isOpenAt(weekdays, at('2026-11-28T11:59:00'))).toBe(true);
    expect(isOpenAt(weekdays, at('2026-11-29T10:00:00'))).toBe(false);
    // 01:00 UTC on Monday is 09:00 in Beijing, whatever the machine's own time zone.
    expect(isOpenAt(weekdays, new Date('2026-11-23T01:00:00Z'))).toBe(true);
  });

  it('counts hours past midnight for the next morning', () => {
    expect(isOpenAt(night, at('2026-11-27T23:00:00'))).toBe(true);
    expect(isOpenAt(night, at('2026-11-28T01:30:00'))).toBe(true);
    expect(isOpenAt(night, at('2026-11-28T02:30:00'))).toBe(false);
    expect(isOpenAt(night, at('2026-11-27T01:30:00'))).toBe(false);
  });
});
