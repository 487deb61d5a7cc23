// An administrative unit or named area, from province down to village/community, with programme facts.
import { z } from 'astro/zod';
import { adminCode, fullDate, ref, slug } from './common.ts';
import { eventSchema } from './event.ts';
import { factSchema } from './fact.ts';
import { locationSchema } from './location.ts';

export const regionLevels = ['province', 'city', 'county', 'town', 'village', 'area'] as const;
export const regionLevelLabels: Record<(typeof regionLevels)[number], string> = {
  province: '省',
  city: '市',
  county: '区县',
  town: '乡镇街道',
  village: '村（社区）',
  area: '片区小区',
};

export const regionSchema = z
  .strictObject({
    slug: slug.describe('Stable pinyin identifier; equals the file name and forms the URL /regions/<slug>/.'),
    name: z
      .string()
      .min(1, { error: 'is required: the name as the article prints it' })
      .describe('Name as the article prints it, e.g. 安海镇.'),
    aliases: z.array(z.string().min(1)).default([]).describe("Other names: the code table's name, old names."),
    level: z
      .enum(regionLevels, { error: `must be one of ${regionLevels.join(', ')}` })
      .describe(`Level: ${regionLevels.join(', ')}.`),
    parent: ref('regions').optional().describe('Slug of the enclosing region; omit only for a province.'),
    adminCode: adminCode.optional(),
    location: locationSchema,
    summary: z
      .string()
      .optional()
      .describe('A short description in our own words, when the sources say something about the place.'),
    summaryEn: z.string().optional().describe('English summary; keep Chinese terms in brackets.'),
    facts: z
      .array(factSchema)
      .default([])
      .describe('Programme-level facts: centers built and planned, coverage, models.'),
    events: z
      .array(eventSchema)
      .default([])
      .describe('Activities held across the region, e.g. a county-wide day each month.'),
    lastChecked: fullDate.describe('When an editor last checked this page against its sources, YYYY-MM-DD.'),
  })
  .describe('A region: province, city, county/district, town/street, village/community or named area.');

export type Region = z.infer<typeof regionSchema>;
