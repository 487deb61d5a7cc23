// Builds what an exhibit page shows, in one of three languages, from the 简体 entry and its English block.
import type { Exhibit } from '../../schemas/exhibit.ts';
import { regionChain, zhOrder, type SiteData } from '../content/queries.ts';
import { toHantDeep } from '../i18n/convert.ts';
import { alternatesOf, type Alternate, type Lang } from '../i18n/langs.ts';
import { centerPath, exhibitPath, pagePath } from '../paths.ts';
import { paragraphs, showDateIn } from '../i18n/scripts.ts';
import { uiFor } from '../i18n/ui.ts';
import { numberedSources, type CiteView, type SourceView } from './numbered-sources.ts';

export type { CiteView, SourceView } from './numbered-sources.ts';

export interface ExhibitView {
  lang: Lang;
  slug: string;
  path: string;
  title: string;
  /** The 简体 title, shown under the English title. */
  originalTitle?: string | undefined;
  aliases: string[];
  kindLabel: string;
  summary: string;
  sections: { id: string; title: string; paragraphs: string[]; cites: CiteView[] }[];
  timeline: {
    asPrinted: string;
    date?: string | undefined;
    dateLabel?: string | undefined;
    event: string;
    cite: CiteView;
  }[];
  people: { name: string; role: string; description?: string | undefined; cite: CiteView }[];
  visit: { where: string; whatToSee: string; hours: string; hoursKnown: boolean; cite: CiteView };
  images: {
    src?: string | undefined;
    alt: string;
    caption: string;
    credit: string;
    licence: string;
    printedIn?: CiteView | undefined;
  }[];
  sources: SourceView[];
  place: { slug: string; name: string }[];
  center?: { slug: string; name: string; href: string } | undefined;
  alternates: Alternate[];
  lastChecked: string;
}

/** Exhibit titles in each language, for language switches and alternates. */
export const exhibitTitles = (exhibit: Exhibit): Record<Lang, string> => ({
  'zh-Hans': exhibit.title,
  'zh-Hant': toHantDeep(exhibit.title),
  en: exhibit.en.title,
});

/** Everything an exhibit page shows, in `lang`. 繁體 is the 简体 view converted, except verbatim source text. */
export function exhibitView(data: SiteData, exhibit: Exhibit, lang: Lang): ExhibitView {
  const { cite, sources } = numberedSources(data);
  const en = lang === 'en';
  const t = uiFor(lang);
  const center = exhibit.center ? data.centerBySlug.get(exhibit.center) : undefined;
  const view: ExhibitView = {
    lang,
    slug: exhibit.slug,
    path: exhibitPath(exhibit.slug, lang),
    title: en ? exhibit.en.title : exhibit.title,
    originalTitle: en ? exhibit.title : undefined,
    aliases: exhibit.aliases,
    kindLabel: uiFor(en ? 'en' : 'zh-Hans').kinds[exhibit.kind],
    summary: en ? exhibit.en.summary : exhibit.summary,
    sections: exhibit.sections.map((s, i) => {
      const text = en ? exhibit.en.sections[i]! : s;
      return { id: s.id, title: text.title, paragraphs: paragraphs(text.body), cites: s.sources.map(cite) };
    }),
    timeline: exhibit.timeline.map((entry, i) => ({
      asPrinted: en ? exhibit.en.timeline[i]!.asPrinted : entry.asPrinted,
      date: entry.date,
      dateLabel: entry.date ? showDateIn(lang, entry.date) : undefined,
      event: en ? exhibit.en.timeline[i]!.event : entry.event,
      cite: cite(entry),
    })),
    people: exhibit.people.map((p, i) => {
      const text = en ? exhibit.en.people[i]! : p;
      return { name: text.name, role: text.role, description: text.description, cite: cite(p) };
    }),
    visit: {
      where: en ? exhibit.en.visit.where : exhibit.visit.where,
      whatToSee: en ? exhibit.en.visit.whatToSee : exhibit.visit.whatToSee,
      hoursKnown: exhibit.visit.hours !== 'unknown',
      hours:
        exhibit.visit.hours === 'unknown'
          ? t.unknown
          : en
            ? (exhibit.en.visit.hours ?? exhibit.visit.hours)
            : exhibit.visit.hours,
      cite: cite(exhibit.visit),
    },
    images: exhibit.images.map((img, i) => ({
      src: img.src,
      alt: en ? exhibit.en.images[i]!.alt : img.alt,
      caption: en ? exhibit.en.images[i]!.caption : img.caption,
      credit: img.credit === 'unknown' ? t.unknown : img.credit,
      licence: img.licence === 'unknown' ? t.unknown : img.licence,
      printedIn: img.printedIn ? cite(img.printedIn) : undefined,
    })),
    sources: [],
    place: regionChain(data, exhibit.region).map((r) => ({ slug: r.slug, name: r.name })),
    center: center ? { slug: center.slug, name: center.name, href: centerPath(center.slug, lang) } : undefined,
    alternates: alternatesOf(pagePath('exhibits', exhibit.slug), exhibitTitles(exhibit)),
    lastChecked: exhibit.lastChecked,
  };
  view.sources = sources();
  // 繁體: convert everything a reader reads, but keep what is quoted verbatim from 简体 sources (locators,
  // printed titles) as printed, so a reader can still find it in the original. Alternates carry their own titles.
  if (lang === 'zh-Hant')
    return {
      ...toHantDeep({ ...view, alternates: [] }),
      alternates: view.alternates,
      kindLabel: t.kinds[exhibit.kind],
    };
  return view;
}

/** Exhibits in a stable reading order: by region chain (county, town, village), then title. */
export function exhibitsInOrder(data: SiteData): Exhibit[] {
  const key = (e: Exhibit) =>
    regionChain(data, e.region)
      .map((r) => r.name)
      .join('/');
  return [...data.exhibits].sort((a, b) => zhOrder(key(a), key(b)) || zhOrder(a.title, b.title));
}

/** The MDX body of exhibits is not rendered (all text is in front matter); a non-empty body would be silently lost. */
export function assertEmptyBodies(
  entries: { id: string; body?: string | undefined; filePath?: string | undefined }[],
): void {
  const withBody = entries.filter((e) => (e.body ?? '').replace(/\{\/\*[\s\S]*?\*\/\}/g, '').trim() !== '');
  if (withBody.length)
    throw new Error(
      `${withBody.map((e) => e.filePath ?? `content/exhibits/${e.id}.mdx`).join(', ')}: the MDX body is not shown on the site — move the text into \`sections\` (and its translation into \`en.sections\`)`,
    );
}
