// getStaticPaths of the pages made one per entry, one helper per page kind (the center page and its print sheet
// share theirs; a page in three languages is one route with a language segment). The entry goes to the page as a prop.
import { siteData } from './content/collections.ts';
import type { SiteData } from './content/queries.ts';
import { langPrefix, langs, type Lang } from './i18n/langs.ts';
import type { PageKind } from './paths.ts';
import { audienceCounts, categoryCounts, groupByRegion } from './search/facets.ts';
import type { Service } from '../schemas/service.ts';

export const slugsOf = (data: SiteData, kind: PageKind): string[] =>
  kind === 'centers'
    ? data.centers.map((c) => c.slug)
    : kind === 'regions'
      ? data.regions.map((r) => r.slug)
      : data.exhibits.map((e) => e.slug);

/** /<kind>/<slug>/history/. */
export const historyPaths = (kind: PageKind) => async () => {
  const data = await siteData();
  return slugsOf(data, kind).map((slug) => ({ params: { slug } }));
};

/** /centers/<slug>/ and /centers/<slug>/print/: props { center }. */
export const centerPaths = async () =>
  (await siteData()).centers.map((center) => ({ params: { slug: center.slug }, props: { center } }));

/** /regions/<slug>/: props { region }. */
export const regionPaths = async () =>
  (await siteData()).regions.map((region) => ({ params: { slug: region.slug }, props: { region } }));

/** /sources/<slug>/: props { source }. */
export const sourcePaths = async () =>
  (await siteData()).sources.map((source) => ({ params: { slug: source.slug }, props: { source } }));

/** The first path segment of a language's pages: 'en', 'zh-hant', and none for 简体 at the root. */
const langSegment = (lang: Lang) => langPrefix[lang].slice(1) || undefined;

/** /en/centers/<slug>/ and /zh-hant/centers/<slug>/, summaries of the 简体 center page: props { center, lang }. */
export const centerSummaryPaths = async () => {
  const { centers } = await siteData();
  return (['en', 'zh-Hant'] as const).flatMap((lang) =>
    centers.map((center) => ({ params: { lang: langSegment(lang)!, slug: center.slug }, props: { center, lang } })),
  );
};

/** /exhibits/<slug>/ in each language, /en/exhibits/<slug>/ and so on: props { exhibit, lang }. */
export const exhibitPaths = async () => {
  const { exhibits } = await siteData();
  return langs.flatMap((lang) =>
    exhibits.map((exhibit) => ({ params: { lang: langSegment(lang), slug: exhibit.slug }, props: { exhibit, lang } })),
  );
};

/**
 * The service directories, one page per category or audience: its counts, the centers with a matching service
 * grouped county → town, and the other pages of the same kind that list any center.
 */
const directories = <C extends { centers: number }>(
  data: SiteData,
  counts: C[],
  matches: (service: Service, page: C) => boolean,
) =>
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
