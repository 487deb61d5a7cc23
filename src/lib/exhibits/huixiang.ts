// The 回乡 guide's data: every village grouped by county and town with its other names, and what centers offer visitors.
import type { Region } from '../../schemas/region.ts';
import { byName, centersIn, exhibitsIn, regionAt, type SiteData } from '../content/queries.ts';
import { exhibitTitles } from './exhibits.ts';
import { centerPath, exhibitPath } from '../paths.ts';
import { centerTitles } from './center-summary.ts';
import { toHant } from '../i18n/convert.ts';
import type { Lang } from '../i18n/langs.ts';

export interface VillageEntry {
  slug: string;
  name: string;
  /** The place's other names (old names, the code table's name), from the region's aliases. */
  otherNames: string[];
  centers: { slug: string; href: string; title: string }[];
  exhibits: { slug: string; href: string; title: string }[];
  /** Everything a reader might type for this place, in 简体 and 繁體, plus the pinyin slugs, lower-cased. */
  keys: string[];
}

export interface TownGroup {
  slug: string;
  /** Empty when the place sits directly under a county (no town recorded). */
  name: string;
  villages: VillageEntry[];
}

export interface CountyGroup {
  slug: string;
  /** Empty when no county is recorded above the place. */
  name: string;
  /** The city above the county, for "晋江市（泉州市）". */
  city?: string | undefined;
  towns: TownGroup[];
}

const unique = (items: string[]) => [...new Set(items.filter(Boolean))];

/**
 * Villages and named areas (小区, 片区) grouped by county and town, for finding a home village by any name we hold.
 * Names are shown in the reader's script; search keys hold both scripts so 繁體 and 简体 typing both match.
 */
export function villageDirectory(data: SiteData, lang: Lang): CountyGroup[] {
  const show = (text: string) => (lang === 'zh-Hant' ? toHant(text) : text);
  const counties = new Map<string, CountyGroup & { townMap: Map<string, TownGroup> }>();
  const places = data.regions.filter((r) => r.level === 'village' || r.level === 'area');
  for (const place of places) {
    const pick = (level: Region['level']) => regionAt(data, place.slug, level);
    const county = pick('county');
    const town = pick('town');
    const countyKey = county?.slug ?? '-';
    let group = counties.get(countyKey);
    if (!group) {
      group = {
        slug: county?.slug ?? '',
        name: county ? show(county.name) : '',
        city: pick('city') && show(pick('city')!.name),
        towns: [],
        townMap: new Map(),
      };
      counties.set(countyKey, group);
    }
    const townKey = town?.slug ?? '-';
    let townGroup = group.townMap.get(townKey);
    if (!townGroup) {
      townGroup = { slug: town?.slug ?? '', name: town ? show(town.name) : '', villages: [] };
      group.townMap.set(townKey, townGroup);
      group.towns.push(townGroup);
    }
    // Only centers and exhibits filed under this place itself; a village's page lists what lies below it.
    const centers = centersIn(data, place.slug).filter((c) => c.region === place.slug);
    const exhibits = exhibitsIn(data, place.slug).filter((e) => e.region === place.slug);
    // Shown: the place's own other names. Searched as well: the names of its centers and exhibits.
    const otherNames = unique(place.aliases).filter((n) => n !== place.name);
    const centerNames = centers.flatMap((c) => [c.name, c.shortName, ...c.aliases]);
    const words = unique([
      place.name,
      ...otherNames,
      ...centerNames,
      town?.name ?? '',
      county?.name ?? '',
      pick('city')?.name ?? '',
      ...exhibits.flatMap((e) => [e.title, ...e.aliases]),
    ]);
    townGroup.villages.push({
      slug: place.slug,
      name: show(place.name),
      otherNames: otherNames.map(show),
      centers: centers.map((c) => ({ slug: c.slug, href: centerPath(c.slug, lang), title: centerTitles(c)[lang] })),
      exhibits: exhibits.map((e) => ({ slug: e.slug, href: exhibitPath(e.slug, lang), title: exhibitTitles(e)[lang] })),
      keys: unique(
        [...words, ...words.map(toHant), place.slug, ...centers.map((c) => c.slug)].map((k) => k.toLowerCase()),
      ),
    });
  }
  const groups = [...counties.values()].map(({ townMap: _, ...group }) => ({
    ...group,
    towns: group.towns.map((t) => ({ ...t, villages: t.villages.sort(byName) })).sort(byName),
  }));
  return groups.sort(byName);
}
