// What consumers of /data/ can rely on: zod schemas of each export, used by the tests on the built files.
import { z } from 'astro/zod';
import { centerSchema } from '../../schemas/center.ts';
import { precisionLevels } from '../../schemas/location.ts';
import { regionLevels } from '../../schemas/region.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const uuid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, 'must be a version-5 UUID');
const licence = z.object({ name: z.string().min(1), title: z.string().min(1), path: z.url() });

export const sourceRecordSchema = z.strictObject({
  slug: z.string().min(1),
  title: z.string().min(1),
  publisher: z.string().min(1),
  authors: z.array(z.string()),
  date: z.string().min(1),
  kind: z.string().min(1),
  url: z.union([z.url(), z.literal('unknown')]),
  language: z.string().min(1),
  page: z.url(),
  licence: z.string().optional(),
});

/** centers.json: the content schema of a center, plus what the export adds. */
export const centersJsonSchema = z.strictObject({
  title: z.string(),
  description: z.string(),
  homepage: z.url(),
  licence,
  attribution: z.strictObject({ zh: z.string().min(1), en: z.string().min(1) }),
  generated: z.iso.datetime(),
  sources: z.array(sourceRecordSchema).min(1),
  centers: z.array(
    centerSchema.extend({
      url: z.url(),
      regionChain: z
        .array(
          z.strictObject({
            slug: z.string(),
            name: z.string(),
            level: z.enum(regionLevels),
            adminCode: z.string().optional(),
          }),
        )
        .min(1),
      approximate: z.boolean(),
      lastChanged: day.nullable(),
      sources: z.array(z.string().min(1)).min(1, 'every record keeps its sources'),
    }),
  ),
});

/** centers.geojson properties; the RFC 7946 structure itself is checked by `checkGeoJson`. */
export const geoPropertiesSchema = z.strictObject({
  slug: z.string().min(1),
  name: z.string().min(1),
  url: z.url(),
  precision: z.enum(precisionLevels),
  precision_label: z.string().min(1),
  approximate: z.boolean(),
  location_note: z.string().nullable(),
  coordinate_source: z.string().min(1),
  admin_code: z
    .string()
    .regex(/^\d{12}$/)
    .nullable(),
  region: z.string().min(1),
  last_checked: day,
  last_changed: day.nullable(),
  sources: z.array(z.string().min(1)).min(1),
});

const citationRef = z.strictObject({ source: z.string().min(1), locator: z.string().min(1) });

/** services-hsds.json: HSDS 3.0 required fields (plus the tabular links) and our x_ extensions. */
export const hsdsSchema = z.object({
  hsds_version: z.literal('3.0'),
  generated: z.iso.datetime(),
  licence,
  organization: z.array(
    z.object({
      id: uuid,
      name: z.string().min(1),
      alternate_name: z.string().optional(),
      description: z.string().min(1),
      x_sources: z.array(z.strictObject({ source: z.string().min(1) })).min(1),
      x_page: z.url(),
    }),
  ),
  service: z.array(
    z.object({
      id: uuid,
      organization_id: uuid,
      name: z.string().min(1),
      description: z.string().optional(),
      url: z.url(),
      status: z.enum(['active', 'inactive', 'defunct', 'temporarily closed']),
      eligibility_description: z.string().optional(),
      assured_date: day,
      last_modified: z.iso.datetime({ offset: true }).optional(),
      x_sources: z.array(citationRef).min(1),
    }),
  ),
  location: z.array(
    z.object({
      id: uuid,
      location_type: z.enum(['physical', 'postal', 'virtual']),
      organization_id: uuid,
      name: z.string().min(1),
      description: z.string(),
      latitude: z.number().min(-90).max(90).optional(),
      longitude: z.number().min(-180).max(180).optional(),
      external_identifier: z.string().optional(),
      external_identifier_type: z.string().optional(),
    }),
  ),
  service_at_location: z.array(z.strictObject({ id: uuid, service_id: uuid, location_id: uuid })),
  schedule: z.array(
    z.object({
      id: uuid,
      service_id: uuid,
      service_at_location_id: uuid,
      freq: z.enum(['WEEKLY', 'MONTHLY']).optional(),
      byday: z
        .string()
        .regex(/^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$/)
        .optional(),
      opens_at: z
        .string()
        .regex(/^\d{2}:\d{2}\+08:00$/)
        .optional(),
      closes_at: z
        .string()
        .regex(/^\d{2}:\d{2}\+08:00$/)
        .optional(),
      timezone: z.number().optional(),
      description: z.string().optional(),
      x_sources: z.array(citationRef).min(1),
    }),
  ),
  phone: z.array(
    z.object({
      id: uuid,
      number: z.string().min(1),
      location_id: uuid.optional(),
      organization_id: uuid.optional(),
      x_sources: z.array(citationRef).min(1),
    }),
  ),
  taxonomy: z
    .array(z.object({ id: uuid, name: z.string().min(1), description: z.string().min(1), uri: z.url().optional() }))
    .length(1),
  taxonomy_term: z.array(
    z.object({
      id: uuid,
      code: z.string().min(1),
      name: z.string().min(1),
      description: z.string().min(1),
      taxonomy_id: uuid,
      language: z.string().optional(),
    }),
  ),
  attribute: z.array(
    z.object({
      id: uuid,
      link_id: uuid,
      link_entity: z.literal('service'),
      link_type: z.string(),
      taxonomy_term_id: uuid,
    }),
  ),
  x_sources: z.array(sourceRecordSchema).min(1),
});

/** datapackage.json: the keys the Frictionless Data Package spec requires or we promise. */
export const dataPackageSchema = z.object({
  $schema: z.url(),
  name: z.string().regex(/^[a-z0-9._-]+$/),
  id: z.url(),
  title: z.string().min(1),
  description: z.string().min(1),
  version: z.string().min(1),
  created: z.iso.datetime(),
  licenses: z.array(licence).min(1),
  contributors: z.array(z.object({ title: z.string().min(1), roles: z.array(z.string()).min(1) })).min(1),
  sources: z.array(z.object({ title: z.string().min(1), path: z.url() })).min(3),
  resources: z
    .array(
      z.object({
        name: z.string().regex(/^[a-z0-9._/-]+$/),
        path: z.string().regex(/^[^/][^:]*$/, 'must be a relative path'),
        format: z.string().min(1),
        mediatype: z.string().min(1),
        encoding: z.string().min(1),
        licenses: z.array(licence).min(1),
        schema: z
          .object({
            fields: z.array(z.object({ name: z.string(), type: z.string() })).min(1),
            primaryKey: z.array(z.string()).optional(),
            missingValues: z.array(z.string()).optional(),
          })
          .optional(),
      }),
    )
    .min(1),
});

/** RFC 7946 structure of a FeatureCollection of Points (or unlocated features): problems as messages, empty when fine. */
export function checkGeoJson(value: unknown): string[] {
  const problems: string[] = [];
  const fc = value as { type?: unknown; features?: unknown; crs?: unknown };
  if (fc?.type !== 'FeatureCollection') problems.push('top level: type must be "FeatureCollection"');
  if ('crs' in (fc ?? {})) problems.push('top level: RFC 7946 removed "crs"; coordinates are always WGS-84');
  if (!Array.isArray(fc?.features)) return [...problems, 'top level: "features" must be an array'];
  fc.features.forEach((f: { type?: unknown; geometry?: unknown; properties?: unknown; id?: unknown }, i: number) => {
    const at = `features[${i}]`;
    if (f?.type !== 'Feature') problems.push(`${at}: type must be "Feature"`);
    if (!('geometry' in (f ?? {}))) problems.push(`${at}: must have a "geometry" member (null when unlocated)`);
    if (!('properties' in (f ?? {})) || (f.properties !== null && typeof f.properties !== 'object'))
      problems.push(`${at}: "properties" must be an object or null`);
    if (f?.id !== undefined && typeof f.id !== 'string' && typeof f.id !== 'number')
      problems.push(`${at}: id must be a string or number`);
    const g = f?.geometry as { type?: unknown; coordinates?: unknown } | null;
    if (g === null) return;
    if (g?.type !== 'Point') return void problems.push(`${at}: geometry must be a Point`);
    const c = g.coordinates;
    if (
      !Array.isArray(c) ||
      c.length < 2 ||
      c.length > 3 ||
      !c.every((n) => typeof n === 'number' && Number.isFinite(n))
    )
      return void problems.push(`${at}: coordinates must be [longitude, latitude]`);
    const [lng, lat] = c as number[];
    if (lng! < -180 || lng! > 180 || lat! < -90 || lat! > 90) problems.push(`${at}: coordinates out of range`);
    for (const n of c as number[])
      if ((String(n).split('.')[1]?.length ?? 0) > 6)
        problems.push(`${at}: more than 6 decimals claims a precision nobody has`);
  });
  return problems;
}
