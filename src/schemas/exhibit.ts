// A village history exhibit (村史馆, 乡村记忆馆, heritage product) told for returning overseas villagers.
import { z } from 'astro/zod';
import { citation, citationSchema, fullDate, partialDate, ref, slug } from './common.ts';

export const exhibitKinds = [
  'village-history-hall',
  'memory-hall',
  'industry-culture',
  'heritage-product',
  'red-culture',
  'cultural-station',
  'village-story',
] as const;
export type ExhibitKind = (typeof exhibitKinds)[number];

/** Anchors the exhibit page itself uses; a section with one of these ids would break in-page links. */
export const reservedSectionIds = [
  'main',
  'contents',
  'timeline',
  'people',
  'visit',
  'images',
  'sources',
  'languages',
  'summary',
  'center',
];

const sectionSchema = z
  .strictObject({
    id: slug.describe('Anchor id of the section (pinyin); the English section with the same id is its translation.'),
    title: z.string().min(1).describe('Section heading.'),
    body: z.string().min(1).describe('Section text in our own words (plain paragraphs separated by blank lines).'),
    sources: z.array(citationSchema).min(1).describe("Where the section's facts come from."),
  })
  .describe('One section of the exhibit text.');

const timelineSchema = z
  .strictObject({
    asPrinted: z
      .string()
      .min(1)
      .describe(
        'The time exactly as the source words it: "2023年度", "去年", "今年清明期间". Reports without a publication date cannot turn "去年" into a year, so this is always shown.',
      ),
    date: partialDate
      .optional()
      .describe(
        'Only when the source prints a calendar year or date: YYYY, YYYY-MM or YYYY-MM-DD. Omit for relative times such as "去年".',
      ),
    event: z.string().min(1).describe('What happened, in our own words.'),
    ...citation,
  })
  .describe('A step in the story, in the order the source tells it.');

const personSchema = z
  .strictObject({
    name: z
      .string()
      .min(1)
      .describe('Name as the source prints it (a surname only, such as 颜先生, stays a surname only).'),
    role: z.string().min(1).describe('How the source presents the person (乡贤, 党支部书记, 村民 …).'),
    description: z
      .string()
      .optional()
      .describe('What the source says of them or quotes them saying, in our own words.'),
    ...citation,
  })
  .describe('A person the source names in this story.');

const imageSchema = z
  .strictObject({
    src: z
      .string()
      .optional()
      .describe('Path under public/ of an image we hold a licence for; omit to show the designed placeholder.'),
    alt: z.string().min(1).describe('What the image shows (or would show), for screen readers.'),
    caption: z.string().min(1).describe('Caption shown under the image or placeholder.'),
    credit: z.string().default('unknown').describe('Who made it as printed, or `unknown` (shown as 未公布).'),
    licence: z
      .string()
      .default('unknown')
      .describe('Licence, or `unknown` (shown as 未公布; the placeholder is shown instead of a picture).'),
    printedIn: citationSchema
      .optional()
      .describe('Where the source prints this photo, when the slot stands for a photo we cannot show.'),
  })
  .refine((image) => image.src === undefined || image.licence !== 'unknown', {
    error: 'has a src but no licence: only show images we hold a licence for',
    path: ['licence'],
  })
  .describe('An image slot: a licensed image, or a designed placeholder for a photo we do not have.');

const englishSectionSchema = z
  .strictObject({
    id: slug.describe('Same id as the Chinese section it translates.'),
    title: z.string().min(1).describe('English heading.'),
    body: z.string().min(1).describe('English text; paragraphs separated by blank lines; Chinese terms in brackets.'),
  })
  .describe('English translation of one section.');

const englishSchema = z
  .strictObject({
    title: z.string().min(1).describe('English title; keep the Chinese name in brackets.'),
    summary: z.string().min(1).describe('English summary for diaspora readers.'),
    sections: z
      .array(englishSectionSchema)
      .min(1)
      .describe('English text of each section, same ids in the same order as the Chinese.'),
    timeline: z
      .array(
        z
          .strictObject({
            asPrinted: z.string().min(1).describe('The printed time in English, e.g. "“last year” (去年)".'),
            event: z.string().min(1).describe('The event in English.'),
          })
          .describe('One timeline entry in English.'),
      )
      .default([])
      .describe('English text of each timeline entry, in the same order.'),
    people: z
      .array(
        z
          .strictObject({
            name: z
              .string()
              .min(1)
              .describe('Romanised name with the Chinese in brackets, e.g. "Yan Hong’ang (颜鸿昂)".'),
            role: z.string().min(1).describe('Role in English.'),
            description: z.string().optional().describe('Description in English.'),
          })
          .describe('One person in English.'),
      )
      .default([])
      .describe('English text for each person, in the same order.'),
    visit: z
      .strictObject({
        where: z.string().min(1).describe('Where, in English.'),
        whatToSee: z.string().min(1).describe('What to see, in English.'),
        hours: z.string().optional().describe('Opening hours in English; omit when the Chinese says `unknown`.'),
      })
      .describe('Visitor information in English.'),
    images: z
      .array(
        z
          .strictObject({
            alt: z.string().min(1).describe('Alt text in English.'),
            caption: z.string().min(1).describe('Caption in English.'),
          })
          .describe('One image slot in English.'),
      )
      .default([])
      .describe('English alt text and caption of each image slot, in the same order.'),
  })
  .describe('The English translation, written for diaspora readers and shown labelled as a translation.');

export const exhibitSchema = z
  .strictObject({
    slug: slug.describe('Stable pinyin identifier; equals the file name; URL /exhibits/<slug>/.'),
    title: z.string().min(1).describe('Title in 简体 Chinese (繁體 is generated at build time).'),
    aliases: z
      .array(z.string().min(1))
      .default([])
      .describe('Other names of the hall or story as printed, e.g. 产业文化馆 for 村史馆.'),
    kind: z
      .enum(exhibitKinds, { error: `must be one of ${exhibitKinds.join(', ')}` })
      .describe(`Kind: ${exhibitKinds.join(', ')}.`),
    center: ref('centers').optional().describe('Slug of the center that hosts or tells this story.'),
    region: ref('regions').describe('Slug of the village/community region the story belongs to.'),
    summary: z.string().min(1).describe('Two or three sentences in our own words.'),
    sections: z
      .array(sectionSchema)
      .min(1)
      .describe(
        'The exhibit text, in reading order. All text lives in front matter so it can be converted to 繁體 and paired with English; the MDX body must stay empty.',
      ),
    timeline: z
      .array(timelineSchema)
      .default([])
      .describe('Steps of the story in the order the source tells them; only printed dates.'),
    people: z.array(personSchema).default([]).describe('People the sources name in this story.'),
    visit: z
      .strictObject({
        where: z.string().min(1).describe('Where the exhibit is, as precisely as a source says.'),
        whatToSee: z.string().min(1).describe('What a visitor can see there.'),
        hours: z
          .union([z.literal('unknown'), z.string().min(1)])
          .default('unknown')
          .describe('Opening hours as printed, or `unknown`.'),
        ...citation,
      })
      .describe('Visitor information.'),
    images: z.array(imageSchema).default([]).describe('Image slots; none of our exhibits has a licensed image yet.'),
    en: englishSchema,
    lastChecked: fullDate.describe('When an editor last checked this exhibit against its sources, YYYY-MM-DD.'),
  })
  .superRefine((exhibit, ctx) => {
    // The English block pairs with the Chinese by position and id: a missing or extra entry would show one
    // language's text under the other's heading, so mismatches are errors, not warnings.
    const zhIds = exhibit.sections.map((s) => s.id);
    const enIds = exhibit.en.sections.map((s) => s.id);
    if (zhIds.join(',') !== enIds.join(','))
      ctx.addIssue({
        code: 'custom',
        path: ['en', 'sections'],
        message: `must translate the sections in the same order (ids ${zhIds.join(', ')}), but has ${enIds.join(', ') || 'none'}`,
      });
    const pairs = [
      ['timeline', exhibit.timeline.length, exhibit.en.timeline.length],
      ['people', exhibit.people.length, exhibit.en.people.length],
      ['images', exhibit.images.length, exhibit.en.images.length],
    ] as const;
    for (const [field, zh, en] of pairs)
      if (zh !== en)
        ctx.addIssue({
          code: 'custom',
          path: ['en', field],
          message: `has ${en} entries but ${field} has ${zh}: translate each entry, in the same order`,
        });
    if (exhibit.visit.hours !== 'unknown' && !exhibit.en.visit.hours)
      ctx.addIssue({
        code: 'custom',
        path: ['en', 'visit', 'hours'],
        message: 'is missing: visit.hours is printed, so translate it',
      });
    const seen = new Set<string>();
    for (const [i, id] of zhIds.entries()) {
      if (seen.has(id))
        ctx.addIssue({
          code: 'custom',
          path: ['sections', i, 'id'],
          message: `'${id}' is used twice: section ids are page anchors and must be unique`,
        });
      if (reservedSectionIds.includes(id))
        ctx.addIssue({
          code: 'custom',
          path: ['sections', i, 'id'],
          message: `'${id}' is reserved for a part of the page (${reservedSectionIds.join(', ')}): pick another id`,
        });
      seen.add(id);
    }
  })
  .describe('A village history exhibit.');

export type Exhibit = z.infer<typeof exhibitSchema>;
