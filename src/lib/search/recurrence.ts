// Recurrence rules of events (src/schemas/event.ts): in plain Chinese for the pages, and the first date they fall on.
import { weekdays, type RecurrenceRule } from '../../schemas/event.ts';

const dayNames: Record<(typeof weekdays)[number], string> = {
  monday: '星期一',
  tuesday: '星期二',
  wednesday: '星期三',
  thursday: '星期四',
  friday: '星期五',
  saturday: '星期六',
  sunday: '星期日',
};
const weekNames = { first: '第一个', second: '第二个', third: '第三个', fourth: '第四个', last: '最后一个' } as const;

/** The rule as a reader would say it: 每月最后一个星期日, 每周星期三, 每月15日. */
export function ruleText(rule: RecurrenceRule): string {
  if (rule.freq === 'weekly') return `每周${dayNames[rule.byDay!.day]}`;
  if (rule.byMonthDay) return `每月${rule.byMonthDay}日`;
  return `每月${weekNames[rule.byDay!.week!]}${dayNames[rule.byDay!.day]}`;
}

/** Whether a date (UTC midnight of a calendar day) falls on the rule. */
export function fallsOn(rule: RecurrenceRule, date: Date): boolean {
  const day = date.getUTCDate();
  if (rule.byMonthDay) return day === rule.byMonthDay;
  const { day: weekday, week } = rule.byDay!;
  if (weekdays[(date.getUTCDay() + 6) % 7] !== weekday) return false;
  if (!week) return true;
  if (week === 'last') return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), day + 7)).getUTCDate() < day;
  return Math.ceil(day / 7) === ['first', 'second', 'third', 'fourth'].indexOf(week) + 1;
}

/** The first day on or after `from` (YYYY-MM-DD) that the rule falls on, as YYYY-MM-DD. */
export function firstOnOrAfter(rule: RecurrenceRule, from: string): string {
  const date = new Date(`${from}T00:00:00Z`);
  // Every rule the schema allows falls at least once in any two months.
  for (let i = 0; i < 62; i++, date.setUTCDate(date.getUTCDate() + 1)) {
    if (fallsOn(rule, date)) return date.toISOString().slice(0, 10);
  }
  throw new Error(`recurrence: no date on or after ${from} falls on ${JSON.stringify(rule)}`);
}
