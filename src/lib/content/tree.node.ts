// Reads a content tree the way Astro will, validates every file with the shared schemas and checks references.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { collections, type CollectionName } from '../../schemas/index.ts';
import { closest, formatPath, problemsFromZod, type ContentProblem } from '../../schemas/errors.ts';
import type { Center } from '../../schemas/center.ts';
import type { Exhibit } from '../../schemas/exhibit.ts';
import type { Region } from '../../schemas/region.ts';
import type { Source } from '../../schemas/source.ts';
import { siteDataFrom, type SiteData } from './queries.ts';

export interface ContentEntry {
  collection: CollectionName;
  file: string;
  id: string;
  data: Record<string, unknown>;
  body: string;
}

export interface ContentTree {
  entries: ContentEntry[];
  problems: ContentProblem[];
  fileCount: number;
}

const listFiles = (dir: string): string[] => {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.sort().flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
};

/** Splits an MDX file into YAML front matter and body; returns a problem instead when it has none. */
export function splitFrontMatter(text: string): { yaml: string; body: string; offset: number } | { error: string; hint: string } {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  if (!normalised.startsWith('---\n')) return { error: 'has no YAML front matter', hint: 'start the file with a line `---`, the fields, and another `---` line; see content/centers/_template.mdx.example' };
  const end = normalised.indexOf('\n---', 4);
  if (end < 0) return { error: 'front matter is not closed', hint: 'add a line `---` after the last field' };
  return { yaml: normalised.slice(4, end + 1), body: normalised.slice(end + 4).replace(/^\n/, ''), offset: 1 };
}

/** Parses YAML text, reporting syntax errors with line and column. */
export function parseYaml(file: string, text: string, lineOffset = 0): { data: unknown } | { problem: ContentProblem } {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const line = (first.linePos?.[0]?.line ?? 1) + lineOffset;
    const col = first.linePos?.[0]?.col ?? 1;
    const reason = first.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '');
    return {
      problem: {
        file: `${file}:${line}:${col}`,
        field: '',
        message: `is not valid YAML: ${reason}`,
        hint: 'check indentation (spaces, not tabs), a missing colon after a key, or quote a value that contains ": " or starts with a special character',
      },
    };
  }
  return { data: doc.toJS() };
}

/** Loads one file of a collection: read, split, parse YAML, validate against the schema. */
export function loadFile(root: string, collection: CollectionName, full: string): { entry?: ContentEntry; problems: ContentProblem[] } {
  const { schema, ext } = collections[collection];
  const file = relative(root, full).split('\\').join('/');
  const id = full.split(/[\\/]/).pop()!.slice(0, -ext.length);
  const text = readFileSync(full, 'utf8');
  if (text.trim() === '' || text.replace(/^---\s*---\s*$/m, '').trim() === '')
    return { problems: [{ file, field: '', message: 'is empty', hint: `fill in the fields of a ${collection.replace(/s$/, '')}, or delete the file; run \`npm run new:center\` for a template` }] };
  let yamlText = text;
  let body = '';
  let lineOffset = 0;
  if (ext === '.mdx') {
    const split = splitFrontMatter(text);
    if ('error' in split) return { problems: [{ file, field: '', message: split.error, hint: split.hint }] };
    yamlText = split.yaml;
    body = split.body;
    lineOffset = split.offset;
  }
  const parsed = parseYaml(file, yamlText, lineOffset);
  if ('problem' in parsed) return { problems: [parsed.problem] };
  if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data))
    return { problems: [{ file, field: '', message: parsed.data == null ? 'is empty' : 'must be a mapping of fields (key: value)', hint: 'see docs/fields.md for the fields' }] };
  const result = (schema as z.ZodType).safeParse(parsed.data);
  if (!result.success) return { problems: problemsFromZod(file, schema, parsed.data, result.error) };
  return { entry: { collection, file, id, data: result.data as Record<string, unknown>, body }, problems: [] };
}

/** Every (path, source) pair in a parsed entry: any object with a `locator` cites the `source` beside it. */
export function citationsIn(value: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; source: unknown }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => citationsIn(item, [...path, i]));
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own = 'locator' in record ? [{ path: [...path, 'source'], source: record.source }] : [];
  return [...own, ...Object.entries(record).flatMap(([k, v]) => (typeof v === 'object' ? citationsIn(v, [...path, k]) : []))];
}

const unknownRef = (file: string, path: PropertyKey[], collection: string, value: unknown, known: Set<string>): ContentProblem => {
  const guess = typeof value === 'string' ? closest(value, known) : undefined;
  return {
    file,
    field: formatPath(path),
    message: `refers to ${collection.replace(/s$/, '')} '${String(value)}', which does not exist`,
    hint: `use the slug of a file in content/${collection}/${guess ? ` — did you mean '${guess}'?` : ''}`,
  };
};

/** Cross-file checks: slugs match file names and are unique; regions, centers and sources resolve; no parent cycles. */
export function checkReferences(entries: ContentEntry[], unreadable: { collection: CollectionName; id: string }[] = []): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids: Record<CollectionName, Set<string>> = { centers: new Set(), regions: new Set(), sources: new Set(), exhibits: new Set() };
  const firstFile = new Map<string, string>();
  for (const e of entries) {
    const slug = String(e.data.slug);
    if (slug !== e.id)
      problems.push({ file: e.file, field: 'slug', message: `is '${slug}' but the file is named '${e.id}'`, hint: `rename the file to ${slug}${collections[e.collection].ext} or set slug: ${e.id}` });
    const key = `${e.collection}/${slug}`;
    const earlier = firstFile.get(key);
    if (earlier) problems.push({ file: e.file, field: 'slug', message: `'${slug}' is already used by ${earlier}`, hint: 'every slug in a collection must be unique: pick another pinyin slug' });
    else firstFile.set(key, e.file);
    ids[e.collection].add(slug);
  }
  // A file that failed to parse is already reported; references to it are not reported again.
  for (const u of unreadable) ids[u.collection].add(u.id);
  const regions = new Map(entries.filter((e) => e.collection === 'regions').map((e) => [String(e.data.slug), e]));
  for (const e of entries) {
    const d = e.data;
    for (const c of citationsIn(d)) if (!ids.sources.has(String(c.source))) problems.push(unknownRef(e.file, c.path, 'sources', c.source, ids.sources));
    if (e.collection === 'centers' || e.collection === 'exhibits') {
      if (!ids.regions.has(String(d.region))) problems.push(unknownRef(e.file, ['region'], 'regions', d.region, ids.regions));
    }
    if (e.collection === 'exhibits' && d.center !== undefined && !ids.centers.has(String(d.center)))
      problems.push(unknownRef(e.file, ['center'], 'centers', d.center, ids.centers));
    if (e.collection === 'regions') {
      if (d.parent === undefined && d.level !== 'province')
        problems.push({ file: e.file, field: 'parent', message: `is required for a ${String(d.level)}`, hint: 'set the slug of the enclosing region; only provinces have no parent' });
      if (d.parent !== undefined && !ids.regions.has(String(d.parent))) problems.push(unknownRef(e.file, ['parent'], 'regions', d.parent, ids.regions));
      const seen = new Set<string>([String(d.slug)]);
      let cursor = regions.get(String(d.parent));
      while (cursor) {
        const s = String(cursor.data.slug);
        if (seen.has(s)) {
          problems.push({ file: e.file, field: 'parent', message: `forms a cycle through '${s}'`, hint: 'each region\'s parent must be a larger unit' });
          break;
        }
        seen.add(s);
        cursor = regions.get(String(cursor.data.parent));
      }
    }
  }
  return problems;
}

/** Loads and checks a whole content tree rooted at `root` (the folder that holds content/). */
export function loadContentTree(root: string): ContentTree {
  const entries: ContentEntry[] = [];
  const problems: ContentProblem[] = [];
  const unreadable: { collection: CollectionName; id: string }[] = [];
  let fileCount = 0;
  for (const collection of Object.keys(collections) as CollectionName[]) {
    const { dir, ext } = collections[collection];
    for (const full of listFiles(join(root, dir))) {
      const name = full.split(/[\\/]/).pop()!;
      if (name.startsWith('_') || name.startsWith('.')) continue;
      if (!name.endsWith(ext)) {
        problems.push({ file: relative(root, full), field: '', message: `is not a ${ext} file`, hint: `content/${collection}/ holds only ${ext} files; rename it or move it out` });
        continue;
      }
      fileCount++;
      const loaded = loadFile(root, collection, full);
      problems.push(...loaded.problems);
      if (loaded.entry) entries.push(loaded.entry);
      else unreadable.push({ collection, id: name.slice(0, -ext.length) });
    }
  }
  problems.push(...checkReferences(entries, unreadable));
  return { entries, problems, fileCount };
}

/** The SiteData of a tree read from disk, so scripts, tests and integrations run the same queries as the pages. */
export function siteDataFromTree(tree: Pick<ContentTree, 'entries'>): SiteData {
  const of = <T>(collection: CollectionName) =>
    tree.entries.filter((e) => e.collection === collection).map((e) => e.data as unknown as T);
  return siteDataFrom({
    centers: of<Center>('centers'),
    regions: of<Region>('regions'),
    sources: of<Source>('sources'),
    exhibits: of<Exhibit>('exhibits'),
  });
}
