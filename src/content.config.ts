// Content collections: each loads one folder of content/ and validates it with its schema from src/schemas/.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collections as table } from './schemas/index.ts';

const fromFolder = <K extends keyof typeof table>(name: K) =>
  defineCollection({
    loader: glob({ base: `./${table[name].dir}`, pattern: [`**/*${table[name].ext}`, '!**/_*'] }),
    schema: table[name].schema,
  });

export const collections = {
  centers: fromFolder('centers'),
  regions: fromFolder('regions'),
  sources: fromFolder('sources'),
  exhibits: fromFolder('exhibits'),
};
