// CLI: what the content says and how well it is sourced. Counts pages and sourced items, checks every citation's
// source resolves, every locator is found in its article and every summary figure matches a fact; exits 1 if not.
import { citationsIn, loadContentTree, type ContentEntry } from '../src/lib/content/tree.node.ts';
import { contentRootUsage, folderArg } from './lib/cli-args.ts';
import { checkLocators } from './lib/locators.ts';
import { checkNumberClaims } from './lib/number-claims.ts';

const root = folderArg(
  { name: 'report:content', usage: contentRootUsage('report:content') },
  process.env.CONTENT_ROOT ?? '.',
);
const tree = loadContentTree(root);
const of = (collection: ContentEntry['collection']) => tree.entries.filter((e) => e.collection === collection);
const centers = of('centers');
const regions = of('regions');
const exhibits = of('exhibits');
const sources = of('sources');
const list = (e: ContentEntry, key: string) => (Array.isArray(e.data[key]) ? (e.data[key] as unknown[]) : []);
const sum = (entries: ContentEntry[], key: string) => entries.reduce((n, e) => n + list(e, key).length, 0);

const centerFacts = sum(centers, 'facts');
const regionFacts = sum(regions, 'facts');
const items = {
  'facts on centers': centerFacts,
  'facts on regions': regionFacts,
  ratings: sum(centers, 'ratings'),
  functions: sum(centers, 'functions'),
  'extra (X) functions': sum(centers, 'extras'),
  services: sum(centers, 'services'),
  events: sum(centers, 'events'),
};
const sourcedItems = Object.values(items).reduce((a, b) => a + b, 0);

const sourceSlugs = new Set(sources.map((s) => String(s.data.slug)));
const allCitations = tree.entries.flatMap((e) => citationsIn(e.data).map((c) => ({ entry: e, ...c })));
const unresolved = allCitations.filter((c) => !sourceSlugs.has(String(c.source)));
const share = allCitations.length ? ((allCitations.length - unresolved.length) / allCitations.length) * 100 : 100;

const locators = checkLocators(tree.entries, root);
const locatorProblems = locators.problems.filter((p) => sourceSlugs.has(p.source));
const numberProblems = checkNumberClaims(tree.entries);

const byPrecision = (entries: ContentEntry[]) =>
  entries.reduce<Record<string, number>>((acc, e) => {
    const p = String((e.data.location as { precision?: string } | undefined)?.precision ?? 'none');
    return { ...acc, [p]: (acc[p] ?? 0) + 1 };
  }, {});
const order = ['point', 'village', 'town', 'county', 'city', 'province', 'unknown', 'none'];
const fmt = (counts: Record<string, number>) =>
  order
    .filter((k) => counts[k])
    .map((k) => `${k} ${counts[k]}`)
    .join(', ') || 'none';

const pad = (label: string) => `  ${label.padEnd(22)}`;
console.log('Content report');
console.log(`${pad('centers')}${centers.length}`);
console.log(`${pad('regions')}${regions.length}`);
console.log(`${pad('exhibits')}${exhibits.length}`);
console.log(`${pad('sources')}${sources.length}`);
console.log(`\nFacts: ${centerFacts + regionFacts} (${centerFacts} on centers, ${regionFacts} on regions)`);
console.log('Sourced items (each carries its own source and locator):');
for (const [label, n] of Object.entries(items)) console.log(`${pad(label)}${n}`);
console.log(`${pad('total')}${sourcedItems}`);
console.log(`\nCitations: ${allCitations.length} (every object with a source and a locator, in all collections)`);
console.log(
  `${pad('source resolves')}${allCitations.length - unresolved.length}/${allCitations.length} = ${share.toFixed(1)}%`,
);
for (const c of unresolved) console.log(`    ✗ ${c.entry.file} cites unknown source '${String(c.source)}'`);
if (locators.missingFiles.length)
  console.log(
    `${pad('locator check')}SKIPPED for ${locators.missingFiles.map((m) => `${m.source} (${m.file} not found beside the checkout)`).join('; ')}`,
  );
console.log(
  `${pad('locators found')}${locators.checked - locatorProblems.length}/${locators.checked} checked against ${locators.checkedSources.length} archived files`,
);
for (const p of locatorProblems) console.log(`    ✗ ${p.file} ${p.path}: ${p.message}${p.hint ? ` — ${p.hint}` : ''}`);
console.log(
  `${pad('summary figures')}${numberProblems.length ? `${numberProblems.length} differ from the facts` : 'all match the facts'}`,
);
for (const p of numberProblems) console.log(`    ✗ ${p.file} ${p.field}: ${p.message}\n      in: ${p.sentence}`);
console.log(`\nPlaces by coordinate precision (whose point is shown):`);
console.log(`${pad('centers')}${fmt(byPrecision(centers))}`);
console.log(`${pad('regions')}${fmt(byPrecision(regions))}`);
if (tree.problems.length)
  console.log(`\n${tree.problems.length} validation problem(s): run \`npm run validate\` for details`);

const ok =
  unresolved.length === 0 && locatorProblems.length === 0 && numberProblems.length === 0 && tree.problems.length === 0;
console.log(
  `\n${ok ? 'OK' : 'FAIL'}: ${centers.length} centers, ${regions.length} regions, ${exhibits.length} exhibits, ${centerFacts + regionFacts} facts, ` +
    `${sourcedItems} sourced items, ${share.toFixed(1)}% of ${allCitations.length} citations resolve, ` +
    `${locators.checked - locatorProblems.length}/${locators.checked} locators found, ${numberProblems.length} summary figures off${locators.missingFiles.length ? ' (some sources not checked: archive missing)' : ''}`,
);
process.exit(ok ? 0 : 1);
