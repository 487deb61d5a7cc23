// Reads and checks src/data/synonyms.yaml, the one table of words residents use, for search and its help text.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { audiences, functionIds, serviceCategories } from '../../schemas/service.ts';

export const synonymsFile = 'src/data/synonyms.yaml';

const term = z
  .string()
  .trim()
  .min(1, { error: 'is empty: write the word, or delete the entry' })
  .refine((t) => /^[\p{Script=Han}0-9]+$/u.test(t) || /^[a-z]+( [a-z]+)*$/.test(t), {
    error: 'must be one word: Chinese characters (simplified), or lowercase English words such as "day care"',
  });

const groupSchema = z
  .strictObject({
    terms: z
      .array(term)
      .min(2, { error: 'needs at least two words: a group is a word and its synonyms' })
      .refine((terms) => new Set(terms).size === terms.length, { error: 'repeats a word: each word once per group' }),
    category: z.enum(serviceCategories, { error: `must be one of ${serviceCategories.join(', ')}` }).optional(),
    audience: z.enum(audiences, { error: `must be one of ${audiences.join(', ')}` }).optional(),
    function: z.enum(functionIds, { error: `must be one of ${functionIds.join(', ')}` }).optional(),
  })
  .describe('Words that mean the same thing to a resident, and the directory entry they are about.');

export const synonymsSchema = z
  .strictObject({
    groups: z.array(groupSchema).min(1),
    stopwords: z.array(term).default([]),
  })
  .describe('Synonym groups and stop words for site search.');

/** The validated table; assignable to search-query.ts's SynonymTable, with categories and audiences typed. */
export type SynonymData = z.infer<typeof synonymsSchema>;

/** Parses and validates the table; errors name the file, the field path and a hint. */
export function parseSynonyms(text: string, file = synonymsFile): SynonymData {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (err) {
    throw new Error(`${file}: not valid YAML — ${(err as Error).message}`, { cause: err });
  }
  const result = synonymsSchema.safeParse(raw);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${file}: ${i.path.join('.') || '(top level)'} ${i.message}`);
    throw new Error(lines.join('\n'));
  }
  return result.data;
}

let cached: SynonymData | undefined;

/** The site's synonym table, read once per build from the working directory (the repository root). */
export function loadSynonyms(): SynonymData {
  return (cached ??= parseSynonyms(readFileSync(resolve(process.cwd(), synonymsFile), 'utf8')));
}
