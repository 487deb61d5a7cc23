// CLI: creates region stubs from shared/geo/places.csv (never overwriting) and checks existing regions against it.
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { stringify } from 'yaml';
import { loadContentTree } from '../src/lib/content/tree.node.ts';
import { cliArgs } from './lib/cli-args.ts';
import { placesPath, readPlaces } from './lib/places.ts';
import { regionSlugs } from './lib/region-slugs.ts';

const {
  values: { write = false },
} = cliArgs({
  name: 'import-geo',
  usage: `usage: npm run import-geo [-- --write]

  Creates a file in content/regions/ for each place in ../shared/geo/places.csv that has none (never overwriting)
  and reports regions that differ from it. Without --write it only says what it would create (a dry run).
  --write  create the missing region files`,
  options: { write: { type: 'boolean' } },
});
const root = process.cwd();
const csv = placesPath(root);
if (!csv) {
  console.error('import-geo: shared/geo/places.csv not found beside the checkout (expected ../shared/geo/places.csv)');
  process.exit(1);
}
const places = readPlaces(csv);
const byName = new Map(places.map((p) => [p.name, p]));
const today = new Date().toISOString().slice(0, 10);
const precisionNote = (p: (typeof places)[number]) =>
  p.precision === p.level || (p.level === 'village' && p.precision === 'village')
    ? undefined
    : `坐标为所在${p.precision === 'town' ? '乡镇（街道）' : p.precision === 'county' ? '区县' : p.precision === 'city' ? '城市' : '上级'}的位置，并非本地精确位置。`;

const locationFor = (p: (typeof places)[number]) => {
  const note = precisionNote(p);
  return {
    lat: p.lat,
    lng: p.lng,
    crs: 'WGS-84',
    precision: p.precision,
    source: 'geo-places',
    ...(note ? { note } : {}),
  };
};

let created = 0;
let mismatched = 0;
const tree = loadContentTree(root);
const regions = new Map(
  tree.entries.filter((e) => e.collection === 'regions').map((e) => [String(e.data.slug), e.data]),
);
for (const p of places) {
  const slug = regionSlugs[p.fullName];
  if (!slug) {
    console.error(`import-geo: no slug for ${p.fullName}: add it to scripts/lib/region-slugs.ts`);
    mismatched++;
    continue;
  }
  const parent = p.parent ? byName.get(p.parent) : undefined;
  const existing = regions.get(slug);
  if (existing) {
    const loc = existing.location as { lat?: number; lng?: number; precision?: string };
    if (
      (existing.adminCode ?? '') !== p.code ||
      loc.lat !== p.lat ||
      loc.lng !== p.lng ||
      loc.precision !== p.precision
    ) {
      console.error(
        `import-geo: content/regions/${slug}.yaml differs from places.csv (code ${p.code || 'none'}, ${p.lat},${p.lng} ${p.precision})`,
      );
      mismatched++;
    }
    continue;
  }
  const level = p.level === 'area' ? 'area' : p.level;
  const region = {
    slug,
    name: p.name,
    level,
    ...(parent ? { parent: regionSlugs[parent.fullName] } : {}),
    ...(p.code ? { adminCode: p.code } : {}),
    location: locationFor(p),
    facts: [],
    lastChecked: today,
  };
  const file = resolve(root, 'content/regions', `${slug}.yaml`);
  if (write && !existsSync(file)) writeFileSync(file, stringify(region, { lineWidth: 0 }));
  console.log(`import-geo: ${write ? 'created' : 'would create'} content/regions/${slug}.yaml (${p.fullName})`);
  created++;
}
const next = write || !created ? '' : ': run `npm run import-geo -- --write` to create them';
console.log(
  `import-geo: ${places.length} places, ${created} ${write ? 'created' : 'to create'}, ${mismatched} differing${next}`,
);
process.exit(mismatched ? 1 : 0);
