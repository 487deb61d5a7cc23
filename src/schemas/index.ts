// The content collections and their schemas, in one table shared by Astro, the validator and the importer.
import type { z } from 'astro/zod';
import { centerSchema } from './center.ts';
import { exhibitSchema } from './exhibit.ts';
import { regionSchema } from './region.ts';
import { sourceSchema } from './source.ts';

export const collections = {
  centers: { schema: centerSchema, dir: 'content/centers', ext: '.mdx' },
  regions: { schema: regionSchema, dir: 'content/regions', ext: '.yaml' },
  sources: { schema: sourceSchema, dir: 'content/sources', ext: '.yaml' },
  exhibits: { schema: exhibitSchema, dir: 'content/exhibits', ext: '.mdx' },
} as const satisfies Record<string, { schema: z.ZodType; dir: string; ext: string }>;

export type CollectionName = keyof typeof collections;
export { centerSchema, exhibitSchema, regionSchema, sourceSchema };
