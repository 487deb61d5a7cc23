// Stable anchors for every cited item on a page, and the reverse index: which facts cite each source and locator.
import type { Center } from '../../schemas/center.ts';
import type { Citation } from '../../schemas/common.ts';
import type { Exhibit } from '../../schemas/exhibit.ts';
import type { Region } from '../../schemas/region.ts';
import { functionLabels } from '../../schemas/service.ts';
import { memo } from '../memo.ts';
import { pagePath, sourcePath, type PageKind } from '../paths.ts';
import { factValue } from './facts.ts';
import { groupBy, type SiteData } from './queries.ts';

/** FNV-1a, 32 bit, in base 36: short, stable across builds and machines, no crypto needed for an anchor. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0');
}

/**
 * Anchors derived from what an item is (a fact's `what`, a service's name), not from its position, so a link a
 * journalist saved keeps pointing at the same fact when editors insert, reorder or update figures. Two items
 * with the same name on one page get -2, -3 in order.
 */
export function anchorsFor(prefix: string, names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const base = `${prefix}-${shortHash(name)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

/** The anchor of a locator on its source page, before collisions are resolved (see `citedBy`). */
export const locatorAnchor = (locator: string) => `loc-${shortHash(locator.trim())}`;

export const factAnchors = (facts: readonly { what: string; topic?: string | undefined }[]) => anchorsFor('fact', facts.map((f) => `${f.topic ?? ''}\u0000${f.what}`));

const eventAnchors = (events: readonly { date: string; title: string }[]) => anchorsFor('event', events.map((e) => `${e.date}\u0000${e.title}`));

export function centerAnchors(center: Center) {
  return {
    ratings: anchorsFor('rating', center.ratings.map((r) => `${r.year}\u0000${r.by}`)),
    functions: center.functions.map((f) => `function-${f.id}`),
    extras: anchorsFor('x', center.extras.map((x) => x.name)),
    services: anchorsFor('service', center.services.map((s) => s.name)),
    facts: factAnchors(center.facts),
    events: eventAnchors(center.events),
    /** Contacts live in the existing "位置与联系方式" section. */
    contacts: 'place',
  };
}

export const regionAnchors = (region: Region) => ({ facts: factAnchors(region.facts), events: eventAnchors(region.events) });

/**
 * Exhibit pages anchor each text section by its id and the timeline, people and visit parts by the page's
 * reserved part ids (src/schemas/exhibit.ts reservedSectionIds), so links survive edits to single entries.
 * Image slots sit right after the first section, so their citations point there.
 */
export function exhibitAnchors(exhibit: Exhibit) {
  return { sections: exhibit.sections.map((s) => s.id), timeline: 'timeline', people: 'people', visit: 'visit', images: exhibit.sections[0]?.id ?? 'main' };
}

/** One cited item on one of our pages: what it says, where it is, and where it was read. */
export interface CitingItem extends Citation {
  kind: PageKind;
  slug: string;
  pageTitle: string;
  anchor: string;
  /** Page path with anchor, e.g. /centers/anping/#fact-1a2b3c. */
  href: string;
  /** What the item is, e.g. "服务项目：卫生健康服务站" or "服务居民人数：3,000人". */
  label: string;
}

interface Named {
  slug: string;
}
const item = (kind: PageKind, page: Named & { title: string }, anchor: string, label: string, c: Citation): CitingItem => ({
  kind,
  slug: page.slug,
  pageTitle: page.title,
  anchor,
  href: `${pagePath(kind, page.slug)}#${anchor}`,
  label,
  source: c.source,
  locator: c.locator,
});

/** Collects items for one page and remembers which citation objects were listed. */
function collector(kind: PageKind, page: Named & { title: string }) {
  const items: CitingItem[] = [];
  const objects = new Set<object>();
  return {
    add: (anchor: string, label: string, c: Citation) => {
      items.push(item(kind, page, anchor, label, c));
      objects.add(c);
    },
    done: (entity: unknown) => withUnlisted(kind, page, entity, items, objects),
  };
}

/** Every citation on a center page, in page order, with the anchor the page gives it (computed once per center). */
export const centerCitations = (center: Center): CitingItem[] => memo(center, 'centerCitations', () => listCenterCitations(center));

function listCenterCitations(center: Center): CitingItem[] {
  const a = centerAnchors(center);
  const { add, done } = collector('centers', { slug: center.slug, title: center.name });
  center.ratings.forEach((r, i) => add(a.ratings[i]!, `星级评定：${r.year}年度${r.by}${r.stars}星级`, r));
  center.functions.forEach((f, i) => add(a.functions[i]!, `服务功能：${functionLabels[f.id]}`, f));
  center.extras.forEach((x, i) => add(a.extras[i]!, `特色功能：${x.name}`, x));
  center.services.forEach((s, i) => {
    add(a.services[i]!, `服务项目：${s.name}`, s);
    if (s.schedule === 'unknown') return;
    add(a.services[i]!, `开放时间：${s.name}`, s.schedule);
    for (const h of s.schedule.hours) add(a.services[i]!, `开放时间：${s.name} ${h.opens}–${h.closes}`, h);
  });
  center.facts.forEach((f, i) => add(a.facts[i]!, `${f.what}：${factValue(f)}`, f));
  center.events.forEach((e, i) => add(a.events[i]!, `活动：${e.title}`, e));
  if (center.contacts !== 'unknown') add(a.contacts, '地址与电话', center.contacts);
  return done(center);
}

export function regionCitations(region: Region): CitingItem[] {
  const a = regionAnchors(region);
  const { add, done } = collector('regions', { slug: region.slug, title: region.name });
  region.facts.forEach((f, i) => add(a.facts[i]!, `${f.what}：${factValue(f)}`, f));
  region.events.forEach((e, i) => add(a.events[i]!, `活动：${e.title}`, e));
  return done(region);
}

export function exhibitCitations(exhibit: Exhibit): CitingItem[] {
  const a = exhibitAnchors(exhibit);
  const { add, done } = collector('exhibits', { slug: exhibit.slug, title: exhibit.title });
  exhibit.sections.forEach((s, i) => s.sources.forEach((c) => add(a.sections[i]!, `章节：${s.title}`, c)));
  exhibit.timeline.forEach((t) => add(a.timeline, `大事记：${t.asPrinted} ${t.event}`, t));
  exhibit.people.forEach((p) => add(a.people, `人物：${p.name}`, p));
  add(a.visit, '参观信息', exhibit.visit);
  exhibit.images.forEach((img) => img.printedIn && add(a.images, `图片：${img.caption}`, img.printedIn));
  return done(exhibit);
}

/** Every object with a source and a locator anywhere inside `value` (the same rule the validator uses). */
function walkCitations(value: unknown, out: Citation[] = []): Citation[] {
  if (Array.isArray(value)) for (const v of value) walkCitations(v, out);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.locator === 'string' && typeof record.source === 'string') out.push(record as unknown as Citation);
    for (const v of Object.values(record)) if (v && typeof v === 'object') walkCitations(v, out);
  }
  return out;
}

/**
 * The listed items plus any citation the lists above do not know yet (a field added to a schema later): those
 * point at the page's main content, so no citation is ever missing from its source page.
 */
function withUnlisted(kind: PageKind, page: Named & { title: string }, entity: unknown, listed: CitingItem[], objects: Set<object>): CitingItem[] {
  for (const c of walkCitations(entity)) if (!objects.has(c)) listed.push(item(kind, page, 'main', '其他内容', c));
  return listed;
}

/** Every citing item on the site grouped by source slug, built once per site data. */
export const citationsBySource = (site: SiteData): Map<string, CitingItem[]> =>
  memo(site, 'citationsBySource', () => {
    const all = [
      ...site.centers.flatMap(centerCitations),
      ...site.regions.flatMap(regionCitations),
      ...site.exhibits.flatMap(exhibitCitations),
    ];
    return groupBy(all, (c) => [c.source]);
  });

/** The slugs of the sources `items` cite, in first-cited order. */
export const citedSources = (items: readonly Citation[]) => [...new Set(items.map((c) => c.source))];

export interface LocatorGroup {
  locator: string;
  anchor: string;
  items: CitingItem[];
}

interface SourceIndex {
  groups: LocatorGroup[];
  anchorOf: Map<string, string>;
}

function sourceIndex(site: SiteData, sourceSlug: string): SourceIndex {
  const perSource = memo(site, 'sourceIndexes', () => new Map<string, SourceIndex>());
  const cached = perSource.get(sourceSlug);
  if (cached) return cached;
  const byLocator = groupBy(citationsBySource(site).get(sourceSlug) ?? [], (c) => [c.locator.trim()]);
  const anchors = anchorsFor('loc', [...byLocator.keys()]);
  const groups = [...byLocator].map(([locator, items], i) => ({ locator, anchor: anchors[i]!, items }));
  const index = { groups, anchorOf: new Map(groups.map((g) => [g.locator, g.anchor])) };
  perSource.set(sourceSlug, index);
  return index;
}

/** What cites one source, grouped by locator in first-cited order; anchors are unique on the source page. */
export const citedBy = (site: SiteData, sourceSlug: string): LocatorGroup[] => sourceIndex(site, sourceSlug).groups;

/** Where a citation's footnote leads: its source page, scrolled to its locator. */
export function sourceHref(site: SiteData, citation: Citation): string {
  const anchor = sourceIndex(site, citation.source).anchorOf.get(citation.locator.trim()) ?? locatorAnchor(citation.locator);
  return `${sourcePath(citation.source)}#${anchor}`;
}
