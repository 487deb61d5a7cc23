// Opening hours as sources print them: "周一至周五 08:30–17:30", and "open now?" — only for structured hours.
// Where a source gives no hours the answer is 未公布, never a guess.

// The same list as src/schemas/service.ts (a unit test keeps them equal). Not imported from there: this file
// also runs in the browser, and the schema module pulls in zod, which the page's CSP rightly refuses (eval).
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

export interface OpeningHours {
  days: Weekday[];
  opens: string;
  closes: string;
}

export type Schedule = 'unknown' | { hours: OpeningHours[]; text?: string | undefined };

const dayLabels: Record<Weekday, string> = { mon: '周一', tue: '周二', wed: '周三', thu: '周四', fri: '周五', sat: '周六', sun: '周日' };

/** Days as short runs: mon,tue,wed,thu,fri → 周一至周五; mon,wed → 周一、周三; every day → 每天. */
export function formatDays(days: readonly Weekday[]): string {
  const set = new Set(days);
  if (set.size === 7) return '每天';
  const ordered = weekdays.filter((d) => set.has(d));
  const runs: Weekday[][] = [];
  for (const day of ordered) {
    const last = runs[runs.length - 1];
    if (last && weekdays.indexOf(day) === weekdays.indexOf(last[last.length - 1]!) + 1) last.push(day);
    else runs.push([day]);
  }
  return runs
    .map((run) => (run.length >= 3 ? `${dayLabels[run[0]!]}至${dayLabels[run[run.length - 1]!]}` : run.map((d) => dayLabels[d]).join('、')))
    .join('、');
}

/** "周一至周五 08:30–17:30；周六 09:00–12:00". Times that close after midnight say 次日. */
export function formatHours(hours: readonly OpeningHours[]): string {
  return hours.map((h) => `${formatDays(h.days)} ${h.opens}–${h.closes < h.opens ? '次日' : ''}${h.closes}`).join('；');
}

/** Structured hours and the source's words as one text; undefined where the source gives neither. */
export function publishedSchedule(schedule: Schedule): string | undefined {
  if (schedule === 'unknown') return undefined;
  const parts = [schedule.hours.length ? formatHours(schedule.hours) : '', schedule.text ?? ''].filter(Boolean);
  return parts.length ? parts.join('；') : undefined;
}

/** What a reader sees for a schedule: structured hours, the source's words, or 未公布. */
export const scheduleText = (schedule: Schedule): string => publishedSchedule(schedule) ?? '未公布';

/** True when the schedule has clock times to reason about. */
export const hasStructuredHours = (schedule: Schedule): schedule is { hours: OpeningHours[]; text?: string | undefined } =>
  schedule !== 'unknown' && schedule.hours.length > 0;

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Weekday and minutes since midnight of `date` on the clock of `timeZone` (centers keep Beijing time). */
export function localClock(date: Date, timeZone = 'Asia/Shanghai'): { day: Weekday; minute: number } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = get('weekday').slice(0, 3).toLowerCase() as Weekday;
  return { day, minute: Number(get('hour')) * 60 + Number(get('minute')) };
}

/**
 * Open at `date`? `undefined` when there are no structured hours (we cannot know), otherwise true/false.
 * Hours that close after midnight (22:00–02:00) count for the early hours of the next day.
 */
export function isOpenAt(schedule: Schedule, date: Date, timeZone = 'Asia/Shanghai'): boolean | undefined {
  if (!hasStructuredHours(schedule)) return undefined;
  const { day, minute } = localClock(date, timeZone);
  const yesterday = weekdays[(weekdays.indexOf(day) + 6) % 7]!;
  return schedule.hours.some((h) => {
    const open = minutes(h.opens);
    const close = minutes(h.closes);
    if (close > open) return h.days.includes(day) && minute >= open && minute < close;
    if (close === open) return h.days.includes(day);
    // Past midnight: today's evening part, or yesterday's run into this morning.
    return (h.days.includes(day) && minute >= open) || (h.days.includes(yesterday) && minute < close);
  });
}
