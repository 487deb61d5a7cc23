// An activity or event the sources describe, held by a center or a region; a recurrence only as exact as printed.
import { z } from 'astro/zod';
import { citation, dateOrUnknown } from './common.ts';

export const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export const weeksOfMonth = ['first', 'second', 'third', 'fourth', 'last'] as const;

/**
 * A rule the source states exactly enough to compute the dates, e.g. 每月最后一个周日 →
 * `{ freq: monthly, byDay: { week: last, day: sunday } }`. It becomes the calendar's RRULE. A rule the source
 * leaves open (每周固定一天: which day?) has no `rule`, only the `recurring` text.
 */
export const recurrenceRuleSchema = z
  .strictObject({
    freq: z
      .enum(['weekly', 'monthly'], { error: 'must be weekly or monthly' })
      .describe('How often: `weekly` or `monthly`.'),
    byDay: z
      .strictObject({
        day: z.enum(weekdays, { error: `must be one of ${weekdays.join(', ')}` }).describe('Day of the week.'),
        week: z
          .enum(weeksOfMonth, { error: `must be one of ${weeksOfMonth.join(', ')}` })
          .optional()
          .describe("Monthly rules: which of the month's weekdays (`last` = the last one)."),
      })
      .optional()
      .describe('On which weekday, e.g. `{ week: last, day: sunday }`.'),
    byMonthDay: z.number().int().min(1).max(28).optional().describe('Monthly rules: day of the month (1–28).'),
  })
  .refine(
    (r) => (r.freq === 'weekly' ? r.byDay && !r.byDay.week && !r.byMonthDay : !!r.byDay?.week !== !!r.byMonthDay),
    {
      error: 'weekly rules need byDay.day only; monthly rules need either byDay with week and day, or byMonthDay',
    },
  )
  .describe(
    'A recurrence the source states exactly (每月最后一个周日); written into the calendars as an RRULE. Leave it out when the source leaves the day open (每周固定一天): `recurring` keeps the wording.',
  );

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a time written as HH:MM' });

export const eventSchema = z
  .strictObject({
    title: z.string().min(1).describe('What happened or happens.'),
    date: dateOrUnknown.default('unknown').describe('When, as printed; `unknown` if the source gives no date.'),
    recurring: z.string().optional().describe('How often, as the source says it, e.g. "每月" or "每周固定一天".'),
    rule: recurrenceRuleSchema.optional(),
    time: z
      .strictObject({
        start: clock.describe('Start, HH:MM, Beijing time.'),
        end: clock.optional().describe('End, HH:MM.'),
      })
      .optional()
      .describe('Time of day, only when the source prints it; without it the calendar entry is all-day.'),
    description: z.string().optional().describe('A sentence in our own words.'),
    ...citation,
  })
  .refine((e) => !e.rule || e.recurring, {
    error: "an event with a rule must also keep the source's wording in `recurring`",
  })
  .describe('An activity or event the sources describe.');

export type RecurrenceRule = z.infer<typeof recurrenceRuleSchema>;
export type ContentEvent = z.infer<typeof eventSchema>;
