// Content collections: each loads one folder of content/ and validates it with its schema from src/schemas/.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { frontMatterOnly } from './lib/content/front-matter-loader.ts';
import { collections as table } from './schemas/index.ts';

/** CONTENT_ROOT points a build at another tree with a content/ folder (fixtures, synthetic scale sites). */
const contentRoot = process.env.CONTENT_ROOT ?? '.';

const fromFolder = <K extends keyof typeof table>(name: K) =>
  defineCollection({
    // Front matter only: no page renders an MDX body, and compiling 10,000 of them dominated large builds.
    loader: frontMatterOnly(
      glob({ base: `${contentRoot}/${table[name].dir}`, pattern: [`**/*${table[name].ext}`, '!**/_*'] }),
    ),
    schema: table[name].schema,
  });

export const collections = {
  centers: fromFolder('centers'),
  regions: fromFolder('regions'),
  sources: fromFolder('sources'),
  exhibits: fromFolder('exhibits'),
};
