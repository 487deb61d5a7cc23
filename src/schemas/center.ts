// A 党建+ neighborhood center (邻里中心): identity, place, ratings, 1+6+X functions, services and facts.
import { z } from 'astro/zod';
import { adminCode, citation, fullDate, ref, slug } from './common.ts';
import { eventSchema, type ContentEvent } from './event.ts';
import { factSchema } from './fact.ts';
import { locationSchema } from './location.ts';
import { extraFunctionSchema, functionSchema, serviceSchema } from './service.ts';

export const ratingSchema = z
  .strictObject({
    stars: z.number().int().min(1).max(5).describe('Number of stars, 1–5.'),
    by: z.string().min(1).describe('Which body awarded it, e.g. 泉州市, 晋江市.'),
    year: z.number().int().min(2000).max(2100).describe('Rating year as printed (e.g. 2023年度 → 2023).'),
    ...citation,
  })
  .describe('A star rating of the center.');

export const contactsSchema = z
  .union([
    z.literal('unknown'),
    z.strictObject({
      address: z.string().optional().describe('Street address as printed.'),
      phone: z.string().optional().describe('Phone number as printed.'),
      ...citation,
    }),
  ])
  .describe('Contact details from a source, or `unknown` (shown as 未公布). Never invent them.');

export const centerSchema = z
  .strictObject({
    slug: slug.describe('Stable pinyin identifier; equals the file name and forms the URL /centers/<slug>/.'),
    name: z
      .string()
      .min(1, { error: 'is required: the center\'s full name, e.g. 安平社区"党建+"邻里中心' })
      .describe('Full name as printed, e.g. 安平社区"党建+"邻里中心.'),
    shortName: z
      .string()
      .min(1)
      .describe('Short name for lists and markers, usually the village or community, e.g. 安平社区.'),
    aliases: z
      .array(z.string().min(1))
      .default([])
      .describe('Other names residents or sources use (old names, 繁體 is generated).'),
    region: ref('regions').describe(
      'Slug of the village/community (or smallest) region in content/regions/ where the center is.',
    ),
    adminCode: adminCode.optional(),
    location: locationSchema,
    kind: z.string().optional().describe('Type as printed, e.g. 社区+园区型, 农村型.'),
    summary: z.string().min(1).describe('Two or three sentences in our own words: what the center is and offers.'),
    summaryEn: z.string().optional().describe('English summary for diaspora readers; keep Chinese terms in brackets.'),
    ratings: z.array(ratingSchema).default([]),
    functions: z
      .array(functionSchema)
      .default([])
      .describe('Which of the six 1+6+X functions the sources say it serves.'),
    extras: z.array(extraFunctionSchema).default([]).describe('Named "X" functions beyond the six.'),
    services: z.array(serviceSchema).default([]),
    facts: z.array(factSchema).default([]),
    events: z.array(eventSchema).default([]),
    contacts: contactsSchema.default('unknown'),
    lastChecked: fullDate.describe('When an editor last checked this page against its sources, YYYY-MM-DD.'),
  })
  .describe('A 党建+ neighborhood center.');

export type Center = z.infer<typeof centerSchema>;
export type CenterEvent = ContentEvent;
