// What the English and 繁體 summary page of a center shows: the key facts from data, cited, in the reader's language.
import type { Center } from '../../schemas/center.ts';
import { functionLabels, serviceCategoryLabels, audienceLabels } from '../../schemas/service.ts';
import { exhibitsOfCenter, regionChain, type SiteData } from '../content/queries.ts';
import { exhibitTitles } from './exhibits.ts';
import { numberedSources, type CiteView, type SourceView } from './numbered-sources.ts';
import { centerPath, exhibitPath, pagePath } from '../paths.ts';
import { toHant, toHantDeep } from '../i18n/convert.ts';
import { alternatesOf, type Alternate, type Lang } from '../i18n/langs.ts';
import { audienceLabelsEn, functionLabelsEn, serviceCategoryLabelsEn } from '../i18n/ui.ts';

export type SummaryLang = Exclude<Lang, 'zh-Hans'>;

export interface CenterSummaryView {
  lang: SummaryLang;
  slug: string;
  path: string;
  /** Page title in the reader's language. */
  title: string;
  /** The center's name as printed (简体; converted on 繁體 pages). */
  name: string;
  aliases: string[];
  kind?: string | undefined;
  /** The summary in the reader's language, or undefined when nobody has written the English one yet. */
  summary?: string | undefined;
  place: { slug: string; name: string }[];
  ratings: { stars: number; by: string; year: number; cite: CiteView }[];
  functions: { label: string; term: string; cite: CiteView }[];
  extras: { name: string; cite: CiteView }[];
  services: { name: string; category: string; audience: string; description?: string | undefined; cite: CiteView }[];
  exhibits: { href: string; title: string }[];
  address?: string | undefined;
  phone?: string | undefined;
  sources: SourceView[];
  alternates: Alternate[];
  lastChecked: string;
}

/** English wording of a center's name where no English name exists: the printed short name plus what it is. */
export const centerTitleEn = (center: Center) => `${center.shortName} neighborhood center (邻里中心)`;

/** Centre titles in each language, for the switch on the 简体 page too. */
export const centerTitles = (center: Center): Record<Lang, string> => ({
  'zh-Hans': center.name,
  'zh-Hant': toHant(center.name),
  en: centerTitleEn(center),
});

export function centerSummaryView(data: SiteData, center: Center, lang: SummaryLang): CenterSummaryView {
  const { cite, sources } = numberedSources(data);
  const en = lang === 'en';
  const contacts = center.contacts === 'unknown' ? undefined : center.contacts;
  // Built in 简体 first (Chinese terms stay Chinese in English), then converted once for 繁體.
  const view: CenterSummaryView = {
    lang,
    slug: center.slug,
    path: centerPath(center.slug, lang),
    title: en ? centerTitleEn(center) : center.name,
    name: center.name,
    aliases: center.aliases,
    kind: center.kind,
    summary: en ? center.summaryEn : center.summary,
    place: regionChain(data, center.region).map((r) => ({ slug: r.slug, name: r.name })),
    ratings: center.ratings.map((r) => ({ stars: r.stars, by: r.by, year: r.year, cite: cite(r) })),
    functions: center.functions.map((f) => ({
      label: en ? functionLabelsEn[f.id] : functionLabels[f.id],
      term: functionLabels[f.id],
      cite: cite(f),
    })),
    extras: center.extras.map((x) => ({ name: x.name, cite: cite(x) })),
    services: center.services.map((s) => ({
      name: s.name,
      category: en ? serviceCategoryLabelsEn[s.category] : serviceCategoryLabels[s.category],
      audience: s.audience.map((a) => (en ? audienceLabelsEn[a] : audienceLabels[a])).join(en ? ', ' : '、'),
      description: en ? undefined : s.description,
      cite: cite(s),
    })),
    exhibits: exhibitsOfCenter(data, center.slug).map((e) => ({
      href: exhibitPath(e.slug, lang),
      title: exhibitTitles(e)[lang],
    })),
    address: contacts?.address,
    phone: contacts?.phone,
    sources: [],
    alternates: alternatesOf(pagePath('centers', center.slug), centerTitles(center)),
    lastChecked: center.lastChecked,
  };
  view.sources = sources();
  if (en) return view;
  // Exhibit titles are already 繁體 (converted once in exhibitTitles): keep them out of the second conversion.
  return {
    ...toHantDeep({ ...view, alternates: [], exhibits: [] }),
    alternates: view.alternates,
    exhibits: view.exhibits,
  };
}
