// Services a center offers, the 1+6+X functions they serve, who they are for, and when they open.
import { z } from 'astro/zod';
import { citation } from './common.ts';

/** The six named functions of the "1+6+X" model; X are named extras. */
export const functionIds = ['elderly-care', 'childcare', 'medical', 'food', 'leisure', 'affairs'] as const;
export type FunctionId = (typeof functionIds)[number];
export const functionLabels: Record<FunctionId, string> = {
  'elderly-care': '老有所养',
  childcare: '幼有所育',
  medical: '病有所医',
  food: '食有所安',
  leisure: '居有所乐',
  affairs: '事有所办',
};

export const serviceCategories = [
  'canteen',
  'day-care',
  'elderly-activity',
  'childcare',
  'youth',
  'clinic',
  'legal',
  'mediation',
  'government',
  'culture',
  'library',
  'sport',
  'employment',
  'workers',
  'volunteer',
  'property',
  'history',
  'party',
  'other',
] as const;
export type ServiceCategory = (typeof serviceCategories)[number];
export const serviceCategoryLabels: Record<ServiceCategory, string> = {
  canteen: '长者食堂与助餐',
  'day-care': '日间照料',
  'elderly-activity': '老年活动',
  childcare: '托育与托管',
  youth: '青少年活动',
  clinic: '医疗卫生',
  legal: '法律服务',
  mediation: '矛盾调解',
  government: '政务与便民办事',
  culture: '文化活动',
  library: '阅读与图书',
  sport: '体育健身',
  employment: '就业服务',
  workers: '职工服务',
  volunteer: '志愿服务',
  property: '物业服务',
  history: '村史与文化展馆',
  party: '党群服务',
  other: '其他服务',
};

export const audiences = [
  'elderly',
  'children',
  'youth',
  'families',
  'disabled',
  'job-seekers',
  'workers',
  'veterans',
  'everyone',
] as const;
export type Audience = (typeof audiences)[number];
export const audienceLabels: Record<Audience, string> = {
  elderly: '老年人',
  children: '儿童',
  youth: '青少年',
  families: '家庭',
  disabled: '残疾人',
  'job-seekers': '求职者',
  workers: '企业职工',
  veterans: '退役军人',
  everyone: '所有居民',
};

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a 24-hour time HH:MM' });

export const openingHoursSchema = z
  .strictObject({
    days: z.array(z.enum(weekdays)).min(1).describe('Days these hours apply: mon … sun.'),
    opens: time.describe('Opening time, HH:MM.'),
    closes: time.describe('Closing time, HH:MM.'),
    ...citation,
  })
  .describe('Opening hours as a source prints them.');

export const scheduleSchema = z
  .union([
    z.literal('unknown'),
    z.strictObject({
      hours: z.array(openingHoursSchema).default([]).describe('Structured opening hours, when a source gives them.'),
      text: z
        .string()
        .optional()
        .describe('The schedule in words, e.g. "每天都有医生坐诊", when it is not clock times.'),
      ...citation,
    }),
  ])
  .describe('When the service runs: `unknown` (shown as 未公布) or what a source says.');

export const serviceSchema = z
  .strictObject({
    name: z.string().min(1).describe('Name as the source gives it, e.g. "长者食堂", "卫生健康服务站".'),
    category: z
      .enum(serviceCategories, { error: `must be one of ${serviceCategories.join(', ')}` })
      .describe(`Directory category: ${serviceCategories.join(', ')}.`),
    audience: z
      .array(z.enum(audiences, { error: `must be one of ${audiences.join(', ')}` }))
      .min(1)
      .describe(`Who it serves: ${audiences.join(', ')}.`),
    description: z.string().optional().describe('One or two sentences in our own words on what it offers.'),
    schedule: scheduleSchema.default('unknown'),
    ...citation,
  })
  .describe('A service offered at a center.');

export const functionSchema = z
  .strictObject({
    id: z
      .enum(functionIds, {
        error: `must be one of ${functionIds.join(', ')} (老有所养, 幼有所育, 病有所医, 食有所安, 居有所乐, 事有所办); list other functions under extras`,
      })
      .describe('One of the six named functions of 1+6+X.'),
    ...citation,
  })
  .describe('A 1+6+X function the center is reported to serve.');

export const extraFunctionSchema = z
  .strictObject({ name: z.string().min(1).describe('Name of the extra ("X") function as printed.'), ...citation })
  .describe('An extra ("X") function beyond the six.');

export type Service = z.infer<typeof serviceSchema>;
