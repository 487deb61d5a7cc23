// Route helpers shared by the per-page history routes of centers, regions and exhibits.
import { siteData } from '../content/collections.ts';
import type { SiteData } from '../content/queries.ts';
import type { PageKind } from './citable.ts';

export const slugsOf = (data: SiteData, kind: PageKind): string[] =>
  kind === 'centers' ? data.centers.map((c) => c.slug) : kind === 'regions' ? data.regions.map((r) => r.slug) : data.exhibits.map((e) => e.slug);

/** getStaticPaths for /<kind>/<slug>/history/. */
export const historyPaths = (kind: PageKind) => async () => {
  const data = await siteData();
  return slugsOf(data, kind).map((slug) => ({ params: { slug } }));
};
