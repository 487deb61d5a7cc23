// The search index's view of centers: centers are indexed through one digest page per town (/search/digest/…)
// instead of one page each, so Pagefind's per-page metadata stays small at 10,000 centers. Pure, build time.
import type { Center } from '../../schemas/center.ts';
import { audienceLabels, serviceCategoryLabels } from '../../schemas/service.ts';
import { factValue } from '../content/facts.ts';
import { placeLine, type SiteData } from '../content/queries.ts';
import { centerPath } from '../paths.ts';
import { centerFacets, placeOf } from './facets.ts';
import { conceptKeys, type Vocabulary } from './query.ts';
import type { Region } from '../../schemas/region.ts';

/** Most centers a digest page holds; bigger towns are split, so a fragment stays a few kilobytes. */
export const digestSize = 24;

export interface DigestGroup {
  /** URL segment: /search/digest/<slug>/. */
  slug: string;
  /** Place the group covers, e.g. 安海镇（晋江市）. */
  title: string;
  county: Region | undefined;
  town: Region | undefined;
  centers: Center[];
}

/** Centers grouped by town (or county, for centers filed under no town), in content order, split at digestSize. */
export function digestGroups(data: SiteData): DigestGroup[] {
  const byPlace = new Map<string, { county: Region | undefined; town: Region | undefined; centers: Center[] }>();
  for (const center of data.centers) {
    const { county, town } = placeOf(data, center.region);
    const key = town?.slug ?? county?.slug ?? center.region;
    const entry = byPlace.get(key) ?? { county, town, centers: [] };
    entry.centers.push(center);
    byPlace.set(key, entry);
  }
  const groups: DigestGroup[] = [];
  for (const [key, { county, town, centers }] of byPlace) {
    const title = [town?.name, county?.name].filter(Boolean).join('，') || '其他地区';
    for (let i = 0; i < centers.length; i += digestSize) {
      const part = i / digestSize;
      groups.push({
        slug: part ? `${key}-${part + 1}` : key,
        title,
        county,
        town,
        centers: centers.slice(i, i + digestSize),
      });
    }
  }
  return groups;
}

/** One center as the search results need it; stored in the digest page's Pagefind metadata. */
export interface DigestEntry {
  /** URL of the center page. */
  u: string;
  /** Name. */
  t: string;
  /** Place line (town · county · city). */
  p: string;
  /** Services: [name, category label, description]. */
  s: [string, string, string][];
  /** Facets for exact filtering inside a group: county, town, functions, audiences, categories. */
  f: { co: string; to: string; fn: string[]; au: string[]; ca: string[] };
}

export function digestEntry(data: SiteData, center: Center): DigestEntry {
  const facets = centerFacets(data, center);
  return {
    u: centerPath(center.slug),
    t: center.name,
    p: placeLine(data, center.region),
    s: center.services.map((s) => [s.name, serviceCategoryLabels[s.category], s.description ?? '']),
    f: {
      co: facets.county?.slug ?? '',
      to: facets.town?.slug ?? '',
      fn: facets.functions,
      au: facets.audiences,
      ca: facets.categories,
    },
  };
}

/** The text of a center that search indexes, as lines: name, aliases, place, summary, services, events, facts. */
export function centerSearchLines(data: SiteData, center: Center): string[] {
  const lines = [center.name];
  if (center.aliases.length) lines.push(`又称：${center.aliases.join('、')}`);
  lines.push(placeLine(data, center.region), center.summary);
  const sentence = (text: string | undefined) => (text ? text.replace(/[。；，\s]+$/, '') + '。' : '');
  for (const s of center.services) {
    const schedule = s.schedule === 'unknown' ? '' : (s.schedule.text ?? '');
    const who = s.audience.map((a) => audienceLabels[a]).join('、');
    lines.push(
      `${s.name}（${serviceCategoryLabels[s.category]}，面向${who}）：${sentence(s.description)}${schedule ? `时间：${sentence(schedule)}` : ''}`,
    );
  }
  for (const e of center.events)
    lines.push(`${e.title}${e.recurring ? `（${e.recurring}）` : ''}：${sentence(e.description)}`);
  for (const f of center.facts) lines.push(`${f.what}：${factValue(f)}`);
  return lines;
}

/** Concept keys for a digest page: every synonym group any of its centers mentions (see search-query.ts). */
export const digestKeys = (data: SiteData, centers: Center[], vocab: Vocabulary) =>
  conceptKeys(centers.map((c) => centerSearchLines(data, c).join('\n')).join('\n'), vocab);

/**
 * Whether a region page goes into the search index. Villages and areas that have a center are left out: the
 * center's digest entry already carries the place name, and 10,000 near-duplicate pages would make every
 * search download 70 KB more of Pagefind metadata. Spread the result on the page's <article>.
 */
export function regionSearchAttrs(data: SiteData, region: Region): Record<string, string> {
  const duplicate =
    (region.level === 'village' || region.level === 'area') && data.centers.some((c) => c.region === region.slug);
  return duplicate ? {} : { 'data-pagefind-body': '' };
}
