// getStaticPaths of the pages made one per entry, one helper per page kind: the language variants and the print
// sheet of a kind share it, so each lists its entries the same way. The entry goes to the page as a prop.
import { siteData } from './content/collections.ts';
import type { SiteData } from './content/queries.ts';
import type { PageKind } from './paths.ts';
import { audienceCounts, categoryCounts, groupByRegion } from './search/facets.ts';
import type { Service } from '../schemas/service.ts';

export const slugsOf = (data: SiteData, kind: PageKind): string[] =>
  kind === 'centers' ? data.centers.map((c) => c.slug) : kind === 'regions' ? data.regions.map((r) => r.slug) : data.exhibits.map((e) => e.slug);

/** /<kind>/<slug>/history/. */
export const historyPaths = (kind: PageKind) => async () => {
  const data = await siteData();
  return slugsOf(data, kind).map((slug) => ({ params: { slug } }));
};

/** /centers/<slug>/ in each language and /centers/<slug>/print/: props { center }. */
export const centerPaths = async () => (await siteData()).centers.map((center) => ({ params: { slug: center.slug }, props: { center } }));

/** /regions/<slug>/: props { region }. */
export const regionPaths = async () => (await siteData()).regions.map((region) => ({ params: { slug: region.slug }, props: { region } }));

/** /exhibits/<slug>/ in each language: props { exhibit }. */
export const exhibitPaths = async () => (await siteData()).exhibits.map((exhibit) => ({ params: { slug: exhibit.slug }, props: { exhibit } }));

/** /sources/<slug>/: props { source }. */
export const sourcePaths = async () => (await siteData()).sources.map((source) => ({ params: { slug: source.slug }, props: { source } }));

/**
 * The service directories, one page per category or audience: its counts, the centers with a matching service
 * grouped county → town, and the other pages of the same kind that list any center.
 */
const directories = <C extends { centers: number }>(data: SiteData, counts: C[], matches: (service: Service, page: C) => boolean) =>
  counts.map((page) => ({
    ...page,
    groups: groupByRegion(data, (center) => center.services.filter((s) => matches(s, page))),
    others: counts.filter((c) => c !== page && c.centers > 0),
  }));

/** /services/<category>/: props are the category's counts, groups and others. */
export const categoryPaths = async () => {
  const data = await siteData();
  const pages = directories(data, categoryCounts(data), (s, page) => s.category === page.category);
  return pages.map((props) => ({ params: { category: props.category }, props }));
};

/** /services/for/<audience>/: props are the audience's counts, groups and others. */
export const audiencePaths = async () => {
  const data = await siteData();
  const pages = directories(data, audienceCounts(data), (s, page) => s.audience.includes(page.audience));
  return pages.map((props) => ({ params: { audience: props.audience }, props }));
};
