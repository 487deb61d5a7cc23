// A cited document: what it is, who published it and when, as printed; unknown where it is not printed.
import { z } from 'astro/zod';
import { dateOrUnknown, slug } from './common.ts';

const lineRange = z
  .strictObject({
    from: z.number().int().positive().describe('First line of the range (1-based).'),
    to: z.number().int().positive().describe('Last line of the range, inclusive.'),
  })
  .refine((r) => r.from <= r.to, 'from must not be after to');

export const sourceSchema = z
  .strictObject({
    slug: slug.describe('Stable identifier of the source; equals the file name.'),
    title: z.string().min(1).describe('Title as printed.'),
    publisher: z.string().min(1).describe('Publisher or outlet as printed, or `unknown`.'),
    authors: z
      .array(z.string().min(1))
      .default([])
      .describe('Bylines as printed, in order. Empty when none is printed.'),
    date: dateOrUnknown.describe('Publication date as printed, or `unknown`. Never inferred.'),
    dateNote: z
      .string()
      .optional()
      .describe('What the text says about its time when no date is printed, e.g. "reports the 2023 star ratings".'),
    kind: z.enum(['news-report', 'wechat-article', 'dataset', 'other']).describe('What sort of document it is.'),
    file: z.string().optional().describe('Path of the archived copy in shared/seeds/, if there is one.'),
    lines: z
      .array(lineRange)
      .min(1)
      .optional()
      .describe(
        'Where this article sits in `file` when the file holds several: 1-based line ranges, inclusive. Several ranges ' +
          'when the print layout split it (a lead or caption elsewhere). Every locator must be found inside them.',
      ),
    url: z.union([z.url(), z.literal('unknown')]).describe('Public URL, or `unknown` when we do not have one.'),
    language: z.string().default('zh-Hans').describe('Language of the document (BCP 47).'),
    summary: z.string().optional().describe('One sentence on what the source covers, in our own words.'),
    licence: z.string().optional().describe('Licence of the source, where it matters (datasets).'),
  })
  .describe('A cited document.');

export type Source = z.infer<typeof sourceSchema>;
