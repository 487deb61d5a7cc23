// The one module that reads Astro's content collections: everything else takes the SiteData it returns, so the
// queries in queries.ts also work on a content tree read from disk (scripts, tests, the cite-files integration).
import { getCollection } from 'astro:content';
import type { Center } from '../../schemas/center.ts';
import type { Exhibit } from '../../schemas/exhibit.ts';
import type { Region } from '../../schemas/region.ts';
import type { Source } from '../../schemas/source.ts';
import { assertEmptyBodies } from '../exhibits/exhibits.ts';
import { siteDataFrom, type SiteData } from './queries.ts';

let cache: Promise<SiteData> | undefined;

async function load(): Promise<SiteData> {
  const [centers, regions, sources, exhibits] = await Promise.all([
    getCollection('centers'),
    getCollection('regions'),
    getCollection('sources'),
    getCollection('exhibits'),
  ]);
  assertEmptyBodies(exhibits);
  return siteDataFrom({
    centers: centers.map((e) => e.data as Center),
    regions: regions.map((e) => e.data as Region),
    sources: sources.map((e) => e.data as Source),
    exhibits: exhibits.map((e) => e.data as Exhibit),
  });
}

/** All site data, read from the collections once per build. */
export const siteData = () => (cache ??= load());
