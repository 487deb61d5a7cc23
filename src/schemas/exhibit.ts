// A village history exhibit (村史馆, 乡村记忆馆, heritage product) told for returning overseas villagers.
import { z } from 'astro/zod';
import { citation, citationSchema, dateOrUnknown, fullDate, partialDate, ref, slug } from './common.ts';

export const exhibitKinds = ['village-history-hall', 'memory-hall', 'industry-culture', 'heritage-product', 'red-culture', 'cultural-station', 'village-story'] as const;

const sectionSchema = z.strictObject({
  id: slug.describe('Anchor id of the section.'),
  title: z.string().min(1).describe('Section heading.'),
  body: z.string().min(1).describe('Section text in our own words (plain paragraphs separated by blank lines).'),
  sources: z.array(citationSchema).min(1).describe('Where the section\'s facts come from.'),
});

const timelineSchema = z.strictObject({
  date: partialDate.describe('Only a date a source gives: YYYY, YYYY-MM or YYYY-MM-DD.'),
  event: z.string().min(1).describe('What happened.'),
  ...citation,
});

const personSchema = z.strictObject({
  name: z.string().min(1).describe('Name as the source prints it.'),
  role: z.string().min(1).describe('How the source presents the person (乡贤, 党支部书记 …).'),
  description: z.string().optional().describe('What the source says of them, in our own words.'),
  ...citation,
});

const imageSchema = z.strictObject({
  src: z.string().optional().describe('Path under public/ of a licensed image; omit to show the designed placeholder.'),
  alt: z.string().min(1).describe('What the image shows, for screen readers.'),
  caption: z.string().min(1).describe('Caption shown under the image.'),
  credit: z.string().default('unknown').describe('Who made it, or `unknown`.'),
  licence: z.string().default('unknown').describe('Licence, or `unknown`.'),
});

const englishSchema = z.strictObject({
  title: z.string().min(1).describe('English title.'),
  summary: z.string().min(1).describe('English summary for diaspora readers.'),
  sections: z.array(z.strictObject({ id: slug, title: z.string().min(1), body: z.string().min(1) })).describe('English text of each section, same ids as the Chinese.'),
  timeline: z.array(z.string().min(1)).default([]).describe('English text of each timeline event, in the same order.'),
  visit: z.string().optional().describe('English text of the visitor note.'),
});

export const exhibitSchema = z
  .strictObject({
    slug: slug.describe('Stable pinyin identifier; equals the file name; URL /exhibits/<slug>/.'),
    title: z.string().min(1).describe('Title in 简体 Chinese.'),
    kind: z.enum(exhibitKinds, { error: `must be one of ${exhibitKinds.join(', ')}` }).describe(`Kind: ${exhibitKinds.join(', ')}.`),
    center: ref('centers').optional().describe('Slug of the center that hosts or tells this story.'),
    region: ref('regions').describe('Slug of the village/community region the story belongs to.'),
    summary: z.string().min(1).describe('Two or three sentences in our own words.'),
    sections: z.array(sectionSchema).min(1),
    timeline: z.array(timelineSchema).default([]),
    people: z.array(personSchema).default([]),
    visit: z
      .strictObject({
        where: z.string().min(1).describe('Where the exhibit is, as precisely as a source says.'),
        whatToSee: z.string().min(1).describe('What a visitor can see there.'),
        hours: z.union([z.literal('unknown'), z.string().min(1)]).default('unknown').describe('Opening hours as printed, or `unknown`.'),
        ...citation,
      })
      .describe('Visitor information.'),
    images: z.array(imageSchema).default([]),
    published: dateOrUnknown.default('unknown').describe('When the exhibit itself opened, if a source says.'),
    en: englishSchema,
    lastChecked: fullDate,
  })
  .describe('A village history exhibit.');

export type Exhibit = z.infer<typeof exhibitSchema>;
