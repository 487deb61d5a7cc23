// Shared field types: slugs, dates, references, and the vocabulary every content schema uses.
import { z } from 'astro/zod';

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slug = z
  .string()
  .regex(slugPattern, { error: 'must be lowercase pinyin words joined by hyphens, e.g. anhai-anping' })
  .describe(
    'Stable identifier in lowercase pinyin with hyphens (e.g. `anhai-anping`). Used in the URL: never change it once published.',
  );

/** A reference to another entry by slug; cross-collection existence is checked by `scripts/validate.ts`. */
export const ref = (collection: string) =>
  slug.describe(`Slug of an entry in content/${collection}/ (the file name without its extension).`);

/**
 * YAML parsers disagree on dates: js-yaml (used by Astro for front matter) turns a bare 2023-05-01
 * into a Date, the `yaml` package keeps a string. Normalise both to the string the editor wrote.
 */
const dateInput = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.string({ error: 'must be a date written as YYYY-MM-DD, YYYY-MM, YYYY or unknown' }),
);

const isRealDate = (text: string) => {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[3] ? Number(m[3]) : 1;
  if (year < 1000 || month < 1 || month > 12) return false;
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
};

export const partialDate = dateInput
  .refine((text) => isRealDate(text), { error: 'must be a real date written as YYYY-MM-DD, YYYY-MM or YYYY' })
  .describe('A date at the precision the source gives it: YYYY-MM-DD, YYYY-MM or YYYY.');

export const dateOrUnknown = dateInput
  .refine((text) => text === 'unknown' || isRealDate(text), {
    error: 'must be a real date written as YYYY-MM-DD, YYYY-MM or YYYY, or the word unknown',
  })
  .describe(
    'A date as printed (YYYY-MM-DD, YYYY-MM or YYYY), or `unknown` when the source does not print one. Never guess.',
  );

export const fullDate = dateInput
  .refine((text) => /^\d{4}-\d{2}-\d{2}$/.test(text) && isRealDate(text), {
    error: 'must be a real date written as YYYY-MM-DD',
  })
  .describe('A calendar date, YYYY-MM-DD.');

export const adminCode = z
  .string({ error: 'must be a 12-digit 统计用区划代码 in quotes, e.g. "350582104001"' })
  .regex(/^\d{12}$/, { error: 'must be exactly 12 digits (统计用区划代码, 2023 edition)' })
  .describe(
    '12-digit 统计用区划代码 (NBS 2023). Quote it in YAML so leading zeros survive. Take it from shared/geo/places.csv; join on this code, never on the name.',
  );

/** Where a fact was read: the source entry and a locator a journalist can search for. */
export const citation = {
  source: ref('sources').describe('Slug of the source in content/sources/ that reports this.'),
  locator: z
    .string()
    .min(2, { error: 'must say where in the source this is (a section heading or a short phrase)' })
    .describe('Where in the source to find it: a section heading or a short phrase a reader can search for.'),
};

export const citationSchema = z.strictObject(citation).describe('A source and a locator inside it.');
export type Citation = z.infer<typeof citationSchema>;
