// schema.org JSON-LD for center, region and exhibit pages: the place, its services, its sources and our page about it.
import { regionAt, regionChain, type SiteData } from '../content/queries.ts';
import type { PageRecord } from './citable.ts';
import {
  centerAnchors,
  centerCitations,
  citedSources,
  exhibitCitations,
  regionCitations,
  type CitingItem,
} from '../content/footnotes.ts';
import { pagePath, regionPath, sourcePath } from '../paths.ts';
import { contentLicence, siteName } from '../site.ts';
import type { Center } from '../../schemas/center.ts';
import type { Exhibit } from '../../schemas/exhibit.ts';
import { isApproximate, precisionLabels, type Location } from '../../schemas/location.ts';
import type { Region } from '../../schemas/region.ts';
import { regionLevelLabels } from '../../schemas/region.ts';
import { audienceLabels, serviceCategoryLabels } from '../../schemas/service.ts';

type Json = Record<string, unknown>;

const publisher = (site: URL | string): Json => ({
  '@type': 'Organization',
  '@id': new URL('/#publisher', site).href,
  name: siteName,
  url: new URL('/', site).href,
});

const place = (kind: 'centers' | 'regions', slug: string, site: URL | string) =>
  `${new URL(pagePath(kind, slug), site).href}#place`;

function geo(location: Location): Json | undefined {
  if (location.lat === undefined || location.lng === undefined || location.precision === 'unknown') return undefined;
  return {
    '@type': 'GeoCoordinates',
    latitude: location.lat,
    longitude: location.lng,
    description: isApproximate(location)
      ? `近似位置（WGS-84）：${precisionLabels[location.precision]}，不是该地点本身的位置。${location.note ?? ''}`.trim()
      : `WGS-84：${precisionLabels[location.precision]}。`,
  };
}

const precisionProperties = (location: Location): Json[] => [
  {
    '@type': 'PropertyValue',
    propertyID: 'coordinatePrecision',
    name: '坐标精度',
    value: location.precision,
    description: precisionLabels[location.precision],
  },
  {
    '@type': 'PropertyValue',
    propertyID: 'coordinateApproximate',
    name: '坐标是否为近似位置',
    value: isApproximate(location),
  },
];

/** The sources an entity cites, as CreativeWorks with what we know of them (nothing invented: unknown fields are left out). */
function citations(data: SiteData, items: CitingItem[], site: URL | string): Json[] {
  return citedSources(items).flatMap((slug) => {
    const s = data.sourceBySlug.get(slug);
    if (!s) return [];
    return [
      {
        '@type': s.kind === 'dataset' ? 'Dataset' : 'NewsArticle',
        name: s.title,
        ...(s.publisher !== 'unknown' ? { publisher: { '@type': 'Organization', name: s.publisher } } : {}),
        ...(s.authors.length ? { author: s.authors.map((name) => ({ '@type': 'Person', name })) } : {}),
        ...(s.date !== 'unknown' ? { datePublished: s.date } : {}),
        ...(s.url !== 'unknown' ? { url: s.url } : {}),
        subjectOf: { '@type': 'WebPage', url: new URL(sourcePath(s.slug), site).href },
        inLanguage: s.language,
      },
    ];
  });
}

function webPage(record: PageRecord, site: URL | string, about: string, cited: Json[]): Json {
  return {
    '@type': 'WebPage',
    '@id': record.url,
    url: record.url,
    name: record.title,
    inLanguage: record.language,
    isPartOf: { '@type': 'WebSite', name: siteName, url: new URL('/', site).href },
    about: { '@id': about },
    publisher: publisher(site),
    license: contentLicence.url,
    lastReviewed: record.lastChecked,
    ...(record.history.lastChanged ? { dateModified: record.history.lastChanged.date } : {}),
    ...(cited.length ? { citation: cited } : {}),
  };
}

const weekdaySchema: Record<string, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

export function centerJsonLd(data: SiteData, center: Center, record: PageRecord, site: URL | string): Json {
  const chain = regionChain(data, center.region);
  const id = place('centers', center.slug, site);
  const anchors = centerAnchors(center);
  const pick = (level: Region['level']) => regionAt(data, center.region, level)?.name;
  const contacts = center.contacts === 'unknown' ? undefined : center.contacts;
  const region = chain.at(-1)!;
  const coordinates = geo(center.location);
  const structure: Json = {
    '@type': 'CivicStructure',
    '@id': id,
    name: center.name,
    ...(center.aliases.length ? { alternateName: center.aliases } : {}),
    description: `${center.summary.replace(/\s+/g, ' ').trim()}${isApproximate(center.location) ? `（地图坐标为近似位置：${precisionLabels[center.location.precision]}。）` : ''}`,
    url: record.url,
    address: {
      '@type': 'PostalAddress',
      addressCountry: 'CN',
      ...(pick('province') ? { addressRegion: pick('province') } : {}),
      ...((pick('county') ?? pick('city')) ? { addressLocality: pick('county') ?? pick('city') } : {}),
      ...(contacts?.address ? { streetAddress: contacts.address } : {}),
    },
    ...(coordinates ? { geo: coordinates } : {}),
    ...(contacts?.phone ? { telephone: contacts.phone } : {}),
    containedInPlace: {
      '@type': 'AdministrativeArea',
      '@id': place('regions', region.slug, site),
      name: region.name,
      url: new URL(regionPath(region.slug), site).href,
    },
    additionalProperty: [
      ...precisionProperties(center.location),
      ...(center.adminCode
        ? [{ '@type': 'PropertyValue', propertyID: 'CN-NBS-2023', name: '统计用区划代码', value: center.adminCode }]
        : []),
      ...center.ratings.map((r) => ({
        '@type': 'PropertyValue',
        name: `${r.year}年度${r.by}星级`,
        value: r.stars,
        maxValue: 5,
      })),
    ],
  };
  const services = center.services.map((s, i) => ({
    '@type': 'GovernmentService',
    '@id': `${record.url}#${anchors.services[i]}`,
    name: s.name,
    serviceType: serviceCategoryLabels[s.category],
    ...(s.description ? { description: s.description } : {}),
    audience: s.audience.map((a) => ({ '@type': 'Audience', audienceType: audienceLabels[a] })),
    availableChannel: { '@type': 'ServiceChannel', serviceLocation: { '@id': id } },
    areaServed: { '@id': place('regions', region.slug, site) },
    ...(s.schedule !== 'unknown' && s.schedule.hours.length
      ? {
          hoursAvailable: s.schedule.hours.map((h) => ({
            '@type': 'OpeningHoursSpecification',
            dayOfWeek: h.days.map((d) => `https://schema.org/${weekdaySchema[d]}`),
            opens: h.opens,
            closes: h.closes,
          })),
        }
      : {}),
  }));
  return {
    '@context': 'https://schema.org',
    '@graph': [webPage(record, site, id, citations(data, centerCitations(center), site)), structure, ...services],
  };
}

export function regionJsonLd(
  data: SiteData,
  region: Region,
  record: PageRecord,
  site: URL | string,
  centers: Center[],
): Json {
  const id = place('regions', region.slug, site);
  const parent = region.parent ? data.regionBySlug.get(region.parent) : undefined;
  const coordinates = geo(region.location);
  const area: Json = {
    '@type': 'AdministrativeArea',
    '@id': id,
    name: region.name,
    ...(region.aliases.length ? { alternateName: region.aliases } : {}),
    description: region.summary?.replace(/\s+/g, ' ').trim() ?? `${region.name}（${regionLevelLabels[region.level]}）`,
    url: record.url,
    ...(region.adminCode
      ? {
          identifier: {
            '@type': 'PropertyValue',
            propertyID: 'CN-NBS-2023',
            name: '统计用区划代码',
            value: region.adminCode,
          },
        }
      : {}),
    ...(coordinates ? { geo: coordinates } : {}),
    additionalProperty: precisionProperties(region.location),
    ...(parent
      ? {
          containedInPlace: {
            '@type': 'AdministrativeArea',
            '@id': place('regions', parent.slug, site),
            name: parent.name,
          },
        }
      : {}),
    ...(centers.length
      ? {
          containsPlace: centers.map((c) => ({
            '@type': 'CivicStructure',
            '@id': place('centers', c.slug, site),
            name: c.name,
          })),
        }
      : {}),
  };
  return {
    '@context': 'https://schema.org',
    '@graph': [webPage(record, site, id, citations(data, regionCitations(region), site)), area],
  };
}

export function exhibitJsonLd(data: SiteData, exhibit: Exhibit, record: PageRecord, site: URL | string): Json {
  const region = data.regionBySlug.get(exhibit.region);
  const article: Json = {
    '@type': 'Article',
    '@id': `${record.url}#article`,
    headline: exhibit.title,
    alternativeHeadline: exhibit.en.title,
    description: exhibit.summary.replace(/\s+/g, ' ').trim(),
    inLanguage: 'zh-Hans',
    url: record.url,
    author: publisher(site),
    publisher: publisher(site),
    license: contentLicence.url,
    ...(record.history.lastChanged ? { dateModified: record.history.lastChanged.date } : {}),
    ...(region ? { about: { '@type': 'Place', '@id': place('regions', region.slug, site), name: region.name } } : {}),
    ...(exhibit.center
      ? { mentions: { '@type': 'CivicStructure', '@id': place('centers', exhibit.center, site) } }
      : {}),
    citation: citations(data, exhibitCitations(exhibit), site),
  };
  return { '@context': 'https://schema.org', '@graph': [webPage(record, site, `${record.url}#article`, []), article] };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no text can close the script element. */
export const jsonLdText = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
