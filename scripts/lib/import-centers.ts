// Turns a spreadsheet of centers (one row per service) into center files: validate every row, plan, then write.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { Document, isPair, isScalar, isSeq, visit } from 'yaml';
import type { z } from 'astro/zod';
import { centerSchema } from '../../src/schemas/center.ts';
import { formatPath, formatProblem, problemsFromZod, type ContentProblem } from '../../src/schemas/errors.ts';
import { collections } from '../../src/schemas/index.ts';
import { columnForHeader, importColumns, labelToId, type ImportColumn } from '../../src/lib/content/import-columns.ts';
import {
  checkReferences,
  loadContentTree,
  parseYaml,
  splitFrontMatter,
  type ContentEntry,
  type ContentTree,
} from '../../src/lib/content/tree.node.ts';
import { readArgs, usageExitCode } from './cli-args.ts';
import { CsvError, decodeSpreadsheet, isBlankRecord, parseCsvRecords, type CsvRecord } from './csv.ts';
import { formatDiff } from './import-diff.ts';
import {
  provenance,
  removeStaleTemps,
  stampImport,
  unstamped,
  writeAtomically,
  realFs,
  type WriteFs,
} from './import-write.ts';

export type PlanStatus = 'new' | 'changed' | 'unchanged' | 'edited';

export interface FilePlan {
  slug: string;
  /** Absolute path of the center file. */
  path: string;
  /** Path relative to the content root, for messages. */
  file: string;
  status: PlanStatus;
  /** Why an `edited` file is protected: changed after an import, or never imported (written by hand). */
  editedReason?: 'edited since import' | 'written by hand';
  before?: string;
  text: string;
  rows: number[];
}

export interface ImportPlan {
  csvName: string;
  problems: ContentProblem[];
  files: FilePlan[];
  rowCount: number;
}

/** The order fields are written in, as the schema lists them. */
const fieldOrder = Object.keys((centerSchema as unknown as { shape: Record<string, unknown> }).shape);

const problem = (csvName: string, row: number, column: string, message: string, hint?: string): ContentProblem => ({
  file: `${csvName} row ${row}`,
  field: column,
  message,
  ...(hint ? { hint } : {}),
});

/** Excel writes dates in the locale's short form; accept 2026/11/23, 2026-1-5 and 2026年11月23日. */
export function normaliseDate(text: string): string {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : text;
}

const splitList = (text: string) =>
  text
    .split(/[、,，;；\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
const mapLabel = (map: Map<string, string>, value: string) => map.get(value) ?? value;
const asNumber = (text: string) => (/^[-+]?\d+(?:\.\d+)?$/.test(text) ? Number(text) : text);

interface Cell {
  value: string;
  row: number;
}

interface CenterRows {
  slug: string;
  rows: CsvRecord[];
  /** The first non-blank value of each center column and the row it came from. */
  center: Map<string, Cell>;
}

export interface PlanOptions {
  /** Folder that holds content/ (the site root, or CONTENT_ROOT). */
  root: string;
  csvName: string;
  bytes: Uint8Array;
}

/** A sheet whose header was read: its rows and how to find a column's cell in them. */
interface Sheet {
  csvName: string;
  /** The data rows, blank ones left out. */
  records: CsvRecord[];
  /** How many columns the header has. */
  width: number;
  /** The column's name as the sheet spells it (for messages), or its key when the sheet lacks it. */
  label: (key: string) => string;
  has: (key: string) => boolean;
  /** The trimmed cell of a column in a row ('' when the sheet lacks the column). */
  cellOf: (record: CsvRecord, key: string) => string;
}

/** A planned file with what its problems need: the data written, and the cell each field came from. */
type PlannedCenter = FilePlan & {
  data: Record<string, unknown>;
  fieldRows: (path: PropertyKey[]) => { row: number; column: string };
};

/** Reads, validates and plans an import; writes nothing. All problems are collected, never just the first. */
export function planImport({ root, csvName, bytes }: PlanOptions): ImportPlan {
  const problems: ContentProblem[] = [];
  const done = (files: FilePlan[] = [], rowCount = 0): ImportPlan => ({ csvName, problems, files, rowCount });
  const records = readRecords(csvName, bytes, problems);
  const sheet = records && readHeader(csvName, records, problems);
  if (!sheet || problems.length) return done();

  const groups = groupBySlug(sheet, problems);
  const tree = loadContentTree(root);
  const regions = tree.entries.filter((e) => e.collection === 'regions');
  const context: PlanContext = {
    root,
    problems,
    regionByCode: new Map(regions.filter((e) => e.data.adminCode).map((e) => [String(e.data.adminCode), e])),
    regionBySlug: new Map(regions.map((e) => [String(e.data.slug), e])),
  };
  const plans = [...groups.values()].map((group) => planCenter(group, sheet, context));
  checkPlannedReferences(plans, tree, csvName, problems);
  problems.sort((a, b) => rowOf(a) - rowOf(b));
  return done(
    plans.map(({ data: _d, fieldRows: _f, ...plan }) => plan),
    sheet.records.length,
  );
}

/** The sheet's records, header first; undefined (with the problem recorded) when it is not a CSV UTF-8 file or empty. */
function readRecords(csvName: string, bytes: Uint8Array, problems: ContentProblem[]): CsvRecord[] | undefined {
  const decoded = decodeSpreadsheet(bytes);
  if ('error' in decoded)
    return void problems.push({ file: csvName, field: '', message: decoded.error, hint: decoded.hint });
  let records: CsvRecord[];
  try {
    records = parseCsvRecords(decoded.text);
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return void problems.push(problem(csvName, error.row, '', error.message, error.hint));
  }
  if (!records[0] || isBlankRecord(records[0]))
    return void problems.push({
      file: csvName,
      field: '',
      message: 'is empty: the first row must hold the column names',
      hint: 'start from templates/centers-template.csv',
    });
  return records;
}

/** The header: every column known, none twice, the required ones present (each miss is a problem). */
function readHeader(csvName: string, [header, ...rest]: CsvRecord[], problems: ContentProblem[]): Sheet {
  const columnAt = new Map<number, ImportColumn>();
  const headerText = new Map<string, string>();
  header!.cells.forEach((cell, index) => {
    if (cell.trim() === '') return;
    const column = columnForHeader(cell);
    if (!column) {
      problems.push(
        problem(
          csvName,
          1,
          cell.trim(),
          'is not a column the importer knows',
          `use the column names of templates/centers-template.csv (see docs/fields.md#spreadsheet-columns); known columns: ${importColumns.map((c) => c.key).join(', ')}`,
        ),
      );
      return;
    }
    if (headerText.has(column.key)) {
      problems.push(
        problem(
          csvName,
          1,
          cell.trim(),
          `repeats the column ${headerText.get(column.key)}`,
          'keep one column of each name and delete the other',
        ),
      );
      return;
    }
    columnAt.set(index, column);
    headerText.set(column.key, cell.trim());
  });
  for (const column of importColumns)
    if (column.required && !headerText.has(column.key))
      problems.push(
        problem(
          csvName,
          1,
          `${column.zh}(${column.key})`,
          'is missing: the sheet has no such column',
          `add the column; ${column.help}`,
        ),
      );
  const indexOf = new Map([...columnAt].map(([index, column]) => [column.key, index]));
  return {
    csvName,
    records: rest.filter((r) => !isBlankRecord(r)),
    width: header!.cells.length,
    label: (key) => headerText.get(key) ?? key,
    has: (key) => headerText.has(key),
    cellOf: (record, key) => (indexOf.has(key) ? (record.cells[indexOf.get(key)!] ?? '').trim() : ''),
  };
}

/** Rows grouped by slug. Center columns may be blank after a center's first row but must not disagree. */
function groupBySlug(
  { csvName, records, width, label, has, cellOf }: Sheet,
  problems: ContentProblem[],
): Map<string, CenterRows> {
  const groups = new Map<string, CenterRows>();
  for (const record of records) {
    const extra = record.cells.slice(width).filter((c) => c.trim() !== '');
    if (extra.length)
      problems.push(
        problem(
          csvName,
          record.row,
          '',
          `has ${extra.length} more cell${extra.length > 1 ? 's' : ''} than the header has columns`,
          'a value is right of the last column: move it under a named column or delete it (a comma inside a cell needs the cell in quotes)',
        ),
      );
    const slug = cellOf(record, 'slug');
    if (!slug) {
      problems.push(
        problem(
          csvName,
          record.row,
          label('slug'),
          'is empty',
          'every row needs the slug of the center it belongs to, also the second and later rows of a center',
        ),
      );
      continue;
    }
    let group = groups.get(slug);
    if (!group) groups.set(slug, (group = { slug, rows: [], center: new Map() }));
    group.rows.push(record);
    for (const column of importColumns) {
      if (column.scope !== 'center' || !has(column.key)) continue;
      const value = cellOf(record, column.key);
      if (!value) continue;
      const earlier = group.center.get(column.key);
      if (!earlier) group.center.set(column.key, { value, row: record.row });
      else if (earlier.value !== value)
        problems.push(
          problem(
            csvName,
            record.row,
            label(column.key),
            `says '${value}' but row ${earlier.row} says '${earlier.value}' for the same center '${slug}'`,
            "a center's own columns must be the same on all its rows, or left blank after its first row",
          ),
        );
    }
  }
  return groups;
}

/** One center's rows of the sheet, with the lookups every step of its plan uses. */
interface CenterCells {
  group: CenterRows;
  sheet: Sheet;
  firstRow: number;
  /** The center column's value ('' when blank on every row). */
  c: (key: string) => string;
  /** The row a center column's value came from (the first row when blank). */
  rowOfCenter: (key: string) => number;
  /** The source and locator of the center's first row: functions and contacts cite it. */
  cite: { source: string | undefined; locator: string | undefined };
}

interface PlanContext {
  root: string;
  problems: ContentProblem[];
  regionByCode: Map<string, ContentEntry>;
  regionBySlug: Map<string, ContentEntry>;
}

const excelNumber = /^\d(?:\.\d+)?E\+\d+$/i;
const excelNumberHint = "set the column's format to 文本 (Text), type the code again, and save as CSV UTF-8";

/** Plans one center file: built from the sheet over the existing file, validated, compared with what is there. */
function planCenter(group: CenterRows, sheet: Sheet, context: PlanContext): PlannedCenter {
  const { root, problems, regionBySlug } = context;
  const firstRow = group.rows[0]!.row;
  const citeRow = group.rows[0]!;
  const cells: CenterCells = {
    group,
    sheet,
    firstRow,
    c: (key) => group.center.get(key)?.value ?? '',
    rowOfCenter: (key) => group.center.get(key)?.row ?? firstRow,
    cite: {
      source: sheet.cellOf(citeRow, 'source') || undefined,
      locator: sheet.cellOf(citeRow, 'locator') || undefined,
    },
  };
  const before = problems.length;
  const region = resolveRegionCell(cells, context);

  const { dir, ext } = collections.centers;
  const path = join(root, dir, `${group.slug}${ext}`);
  const file = relative(root, path).split('\\').join('/');
  const beforeText = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  const existing = beforeText === undefined ? undefined : readExisting(beforeText);
  const regionLocation = regionBySlug.get(region)?.data.location as Record<string, unknown> | undefined;
  const { data, serviceRows } = centerFromSheet(cells, region, existing?.data, regionLocation);
  const fieldRows = fieldRowsFor(cells, serviceRows);

  let text = `---\n${toYaml(data)}---\n${existing?.body ? `\n${existing.body.replace(/^\n+/, '')}` : ''}`;
  if (problems.length === before) problems.push(...schemaProblems(data, text, file, cells, fieldRows));
  text = stampImport(text, basename(sheet.csvName));
  const status: PlanStatus =
    beforeText === undefined
      ? 'new'
      : unstamped(beforeText) === unstamped(text)
        ? 'unchanged'
        : provenance(beforeText) === 'imported'
          ? 'changed'
          : 'edited';
  return {
    slug: group.slug,
    path,
    file,
    status,
    ...(status === 'edited'
      ? { editedReason: provenance(beforeText!) === 'edited' ? 'edited since import' : 'written by hand' }
      : {}),
    ...(beforeText !== undefined ? { before: beforeText } : {}),
    text,
    rows: group.rows.map((r) => r.row),
    data,
    fieldRows,
  };
}

/**
 * Cell-level checks the schema cannot phrase for a spreadsheet: a code Excel turned into a number, a region
 * given by its admin code. Returns the region's slug (or the cell as written).
 */
function resolveRegionCell({ sheet, c, rowOfCenter }: CenterCells, { regionByCode, problems }: PlanContext): string {
  const cellProblem = (key: string, message: string, hint: string) =>
    problems.push(problem(sheet.csvName, rowOfCenter(key), sheet.label(key), message, hint));
  const code = c('adminCode');
  if (excelNumber.test(code))
    cellProblem('adminCode', `is '${code}': Excel turned the 12-digit code into a number`, excelNumberHint);
  const region = c('region');
  if (/^\d{12}$/.test(region)) {
    const found = regionByCode.get(region);
    if (found) return String(found.data.slug);
    cellProblem(
      'region',
      `is the admin code ${region}, but no region in content/regions/ has it`,
      'add the region first (npm run import-geo -- --write, or a file in content/regions/), or write its slug here',
    );
  } else if (excelNumber.test(region))
    cellProblem('region', `is '${region}': Excel turned the 12-digit code into a number`, excelNumberHint);
  return region;
}

/**
 * The center in schema order from the sheet; columns missing from the sheet keep the file's values. Also the
 * sheet row of each service, for messages.
 */
function centerFromSheet(
  cells: CenterCells,
  region: string,
  existing: Record<string, unknown> | undefined,
  regionLocation: Record<string, unknown> | undefined,
) {
  const { group, sheet, c, cite } = cells;
  const { has } = sheet;
  const fromSheet: Record<string, unknown> = {};
  const set = (key: string, value: unknown) => {
    if (has(key)) fromSheet[key] = value;
  };
  for (const key of ['name', 'shortName', 'kind', 'summary', 'summaryEn']) set(key, c(key) || undefined);
  set('slug', group.slug);
  set('aliases', c('aliases') ? splitList(c('aliases')) : undefined);
  set('region', region || undefined);
  set('adminCode', c('adminCode') || undefined);
  set(
    'functions',
    c('functions')
      ? splitList(c('functions')).map((id) => ({ id: mapLabel(labelToId.function, id), ...cite }))
      : undefined,
  );
  set('lastChecked', c('lastChecked') ? normaliseDate(c('lastChecked')) : undefined);
  if (has('address') || has('phone')) {
    const contact = { address: c('address') || undefined, phone: c('phone') || undefined };
    fromSheet.contacts = contact.address || contact.phone ? { ...contact, ...cite } : 'unknown';
  }
  const locationKeys = ['lat', 'lng', 'precision', 'location_source', 'location_note'];
  if (locationKeys.some(has) || !existing?.location) {
    fromSheet.location = locationKeys.some((k) => c(k))
      ? {
          lat: c('lat') ? asNumber(c('lat')) : undefined,
          lng: c('lng') ? asNumber(c('lng')) : undefined,
          crs: 'WGS-84',
          precision: c('precision') ? mapLabel(labelToId.precision, c('precision')) : undefined,
          source: c('location_source') || undefined,
          note: c('location_note') || undefined,
        }
      : // Nothing given: the center is shown at its region's point, with that point's own precision and note.
        (regionLocation ?? { crs: 'WGS-84', precision: 'unknown', source: 'unknown' });
  }
  const services = servicesFromSheet(cells);
  if (services) fromSheet.services = services.services;
  const data: Record<string, unknown> = {};
  for (const field of fieldOrder) {
    const value = field in fromSheet ? fromSheet[field] : existing?.[field];
    if (value !== undefined) data[field] = value;
  }
  return { data: dropUndefined(data) as Record<string, unknown>, serviceRows: services?.rows ?? [] };
}

const serviceKeys = ['service_name', 'service_category', 'service_audience', 'service_description', 'service_schedule'];

/** One service per row that fills any service column, citing that row's source; undefined if the sheet has none of them. */
function servicesFromSheet({ group, sheet }: CenterCells) {
  if (!serviceKeys.some(sheet.has)) return undefined;
  const services: Record<string, unknown>[] = [];
  const rows: number[] = [];
  for (const record of group.rows) {
    const v = (key: string) => sheet.cellOf(record, key);
    if (!serviceKeys.some((k) => v(k))) continue;
    const source = v('source') || undefined;
    const locator = v('locator') || undefined;
    rows.push(record.row);
    services.push({
      name: v('service_name') || undefined,
      category: v('service_category') ? mapLabel(labelToId.category, v('service_category')) : undefined,
      audience: v('service_audience')
        ? splitList(v('service_audience')).map((a) => mapLabel(labelToId.audience, a))
        : undefined,
      description: v('service_description') || undefined,
      schedule: v('service_schedule') ? { text: v('service_schedule'), source, locator } : undefined,
      source,
      locator,
    });
  }
  return { services, rows };
}

/** Maps a field path of the center back to the cell it came from. */
function fieldRowsFor({ sheet, firstRow, rowOfCenter, group }: CenterCells, serviceRows: number[]) {
  const { label } = sheet;
  const columnFor = (field: string) => importColumns.find((col) => col.field === field);
  return (p: PropertyKey[]): { row: number; column: string } => {
    if (p[0] === 'services' && typeof p[1] === 'number') {
      const row = serviceRows[p[1]] ?? firstRow;
      const rest = p.slice(2).filter((k) => typeof k === 'string') as string[];
      const key =
        rest[0] === 'schedule'
          ? rest[1] === 'source' || rest[1] === 'locator'
            ? rest[1]
            : 'service_schedule'
          : rest[0] === 'source' || rest[0] === 'locator'
            ? rest[0]
            : `service_${rest[0] ?? 'name'}`;
      return { row, column: label(key) };
    }
    if ((p[0] === 'functions' || p[0] === 'contacts') && (p.at(-1) === 'source' || p.at(-1) === 'locator'))
      return { row: group.rows[0]!.row, column: label(String(p.at(-1))) };
    const dotted = p.filter((k) => typeof k === 'string').join('.');
    const col = columnFor(dotted) ?? columnFor(String(p[0]));
    if (!col) return { row: firstRow, column: formatPath(p) };
    return { row: col.scope === 'center' ? rowOfCenter(col.key) : firstRow, column: label(col.key) };
  };
}

/** The schema's problems with the center, each at its cell; or an importer bug if the written text reads back invalid. */
function schemaProblems(
  data: Record<string, unknown>,
  text: string,
  file: string,
  { sheet, firstRow }: CenterCells,
  fieldRows: PlannedCenter['fieldRows'],
): ContentProblem[] {
  const result = (centerSchema as z.ZodType).safeParse(data);
  if (!result.success)
    return problemsFromZod(file, centerSchema, data, result.error).map((p) => {
      const at = fieldRows(fieldPath(p.field));
      const col = importColumns.find((x) => sheet.label(x.key) === at.column);
      // The message is the schema's own; the hint says how to fill the cell, which is what a clerk needs.
      return problem(sheet.csvName, at.row, at.column, p.message, col ? col.help : p.hint);
    });
  // What is written must read back as valid exactly the way Astro and the validator read it.
  const roundTrip = readExisting(text);
  const again = roundTrip && (centerSchema as z.ZodType).safeParse(roundTrip.data);
  return again && again.success
    ? []
    : [
        problem(
          sheet.csvName,
          firstRow,
          '',
          'produced a file that does not read back as valid (an importer bug)',
          'please report it with the sheet',
        ),
      ];
}

/**
 * References (region, sources) against the tree as it would be after the import; a cell that already has
 * a problem is not reported twice.
 */
function checkPlannedReferences(
  plans: PlannedCenter[],
  tree: ContentTree,
  csvName: string,
  problems: ContentProblem[],
) {
  const seen = new Set(problems.map((p) => `${p.file}|${p.field}`));
  const replaced = new Set(plans.map((p) => p.slug));
  const entries: ContentEntry[] = [
    ...tree.entries.filter((e) => !(e.collection === 'centers' && replaced.has(e.id))),
    ...plans.map((p) => ({ collection: 'centers' as const, file: p.file, id: p.slug, data: p.data, body: '' })),
  ];
  const byFile = new Map(plans.map((p) => [p.file, p]));
  for (const p of checkReferences(entries)) {
    const plan = byFile.get(p.file);
    if (!plan) continue; // A problem elsewhere in the tree is for `npm run validate`, not this sheet.
    const at = plan.fieldRows(fieldPath(p.field));
    const found = problem(csvName, at.row, at.column, p.message, p.hint);
    if (!seen.has(`${found.file}|${found.field}`)) problems.push(found);
  }
}

const rowOf = (p: ContentProblem) => Number(/row (\d+)$/.exec(p.file)?.[1] ?? 0);

/** "services[2].source" → ['services', 2, 'source']. */
const fieldPath = (field: string): PropertyKey[] =>
  field
    .split(/\.|(?=\[)/)
    .filter(Boolean)
    .map((part) => (/^\[\d+\]$/.test(part) ? Number(part.slice(1, -1)) : part));

/**
 * YAML in the house style of hand-written files: lists of words and short records of plain values on one
 * line (`audience: [elderly]`, `- { id: food, source: …, locator: … }`), everything else in block style,
 * so a dry-run diff against a hand-written file shows real changes, not reformatting.
 */
export function toYaml(data: unknown): string {
  const doc = new Document(data);
  visit(doc, {
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item))) node.flow = true;
    },
    Map(_, node, path) {
      const inList = isSeq(path.at(-1));
      const plain = node.items.every(
        (pair) =>
          isPair(pair) && isScalar(pair.value) && !String((pair.value as { value: unknown }).value).includes('\n'),
      );
      const width = node.items.reduce(
        (w, pair) =>
          w +
          String((pair.key as { value: unknown }).value).length +
          String((pair.value as { value: unknown }).value).length +
          4,
        0,
      );
      if (inList && plain && width <= 160) node.flow = true;
    },
  });
  // Padding suits records (`{ id: food }`), hand-written lists of words have none (`[elderly, children]`).
  return doc
    .toString({ lineWidth: 0, flowCollectionPadding: true })
    .replace(/^(\s*(?:- )?[\w-]+: )\[ (.*) \]$/gm, '$1[$2]');
}

function dropUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropUndefined);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, dropUndefined(v)]),
  );
}

/** Front matter and body of an existing center file, read raw (no schema): the fields to keep come from here. */
function readExisting(text: string): { data: Record<string, unknown>; body: string } | undefined {
  const split = splitFrontMatter(text);
  if ('error' in split) return undefined;
  const parsed = parseYaml('', split.yaml);
  if ('problem' in parsed || !parsed.data || typeof parsed.data !== 'object') return undefined;
  return { data: parsed.data as Record<string, unknown>, body: split.body };
}

export interface ApplyOptions {
  write: boolean;
  force: boolean;
  fs?: WriteFs;
}

export interface ApplyResult {
  report: string;
  exitCode: number;
  written: string[];
}

/** Prints the plan as a dry-run diff, or writes it (all files or none) when asked and allowed. */
export function applyImport(plan: ImportPlan, { write, force, fs = realFs }: ApplyOptions): ApplyResult {
  const out: string[] = [];
  const rows = plan.rowCount;
  if (plan.problems.length) {
    const badRows = new Set(plan.problems.map(rowOf).filter((r) => r > 0));
    out.push(...plan.problems.map(formatProblem));
    out.push(
      '',
      `import: ${plan.problems.length} problem${plan.problems.length > 1 ? 's' : ''}${badRows.size ? ` in ${badRows.size} row${badRows.size > 1 ? 's' : ''}` : ''} of ${plan.csvName} — nothing was written. Fix the sheet, save it as CSV UTF-8 and run the import again.`,
    );
    return { report: out.join('\n'), exitCode: 1, written: [] };
  }
  const by = (s: PlanStatus) => plan.files.filter((f) => f.status === s);
  const [fresh, changed, unchanged, edited] = [by('new'), by('changed'), by('unchanged'), by('edited')];
  out.push(
    `import: ${plan.csvName}: ${rows} row${rows === 1 ? '' : 's'}, ${plan.files.length} center${plan.files.length === 1 ? '' : 's'}`,
  );
  for (const f of fresh) out.push(`  new        ${f.file}  (rows ${f.rows.join(', ')})`);
  for (const f of changed)
    out.push(
      `  changed    ${f.file}  (rows ${f.rows.join(', ')})`,
      formatDiff(unstamped(f.before!), unstamped(f.text)),
    );
  for (const f of edited)
    out.push(
      `  ${force ? 'FORCED    ' : 'PROTECTED '} ${f.file}  (rows ${f.rows.join(', ')}) — ${f.editedReason}${force ? ', --force replaces it' : ''}`,
      formatDiff(unstamped(f.before!), unstamped(f.text)),
    );
  for (const f of unchanged) out.push(`  unchanged  ${f.file}`);
  const toWrite = [...fresh, ...changed, ...(force ? edited : [])];
  if (edited.length && !force) {
    out.push(
      '',
      `import: ${edited.length} file${edited.length > 1 ? 's were' : ' was'} edited by hand (or never imported) and would be replaced: ${edited.map((f) => f.file).join(', ')}.`,
      '  The sheet does not hold everything a person may have added (facts, ratings, events and the page text are kept; other edits would be lost).',
      '  Check the diff above; then either remove those rows from the sheet, or run again with --force to replace them.',
    );
    if (write) return { report: [...out, 'import: nothing was written.'].join('\n'), exitCode: 1, written: [] };
  }
  if (!write) {
    out.push(
      '',
      `import: dry run — nothing was written. ${toWrite.length ? `Run again with --write to write ${toWrite.length} file${toWrite.length > 1 ? 's' : ''}.` : 'Nothing to write.'}`,
    );
    return { report: out.join('\n'), exitCode: 0, written: [] };
  }
  const dirs = [...new Set(plan.files.map((f) => f.path.slice(0, f.path.length - basename(f.path).length)))];
  removeStaleTemps(dirs, fs);
  try {
    const written = writeAtomically(
      toWrite.map((f) => ({ path: f.path, text: f.text })),
      fs,
    );
    out.push(
      '',
      `import: wrote ${written.length} file${written.length === 1 ? '' : 's'}. Next: npm run validate, then look at the pages with npm run dev.`,
    );
    return { report: out.join('\n'), exitCode: 0, written };
  } catch (error) {
    out.push('', `import: FAILED — ${(error as Error).message}`);
    return { report: out.join('\n'), exitCode: 1, written: (error as { written?: string[] }).written ?? [] };
  }
}

export const importUsage = `usage: npm run import -- FILE.csv [--write] [--force] [--root DIR]

  Imports centers and their services from a spreadsheet saved as CSV UTF-8 (one row per service;
  template: templates/centers-template.csv; columns: docs/fields.md#spreadsheet-columns).
  Without --write it only shows what would change (a dry run).
  --write   write the new and changed center files (all of them, or none if anything fails)
  --force   also replace files that were edited by hand since they were imported
  --root    the folder that holds content/ (default: $CONTENT_ROOT or the current folder)`;

/** The whole CLI as a function (arguments in, report and exit code out), so tests run it in-process. */
export function runImport(argv: string[], env: { CONTENT_ROOT?: string; cwd: string }, fs?: WriteFs): ApplyResult {
  if (argv.includes('--help')) return { report: importUsage, exitCode: 0, written: [] };
  const args = readArgs(argv, {
    name: 'import',
    usage: importUsage,
    options: { write: { type: 'boolean' }, force: { type: 'boolean' }, root: { type: 'string' } },
    positionals: 1,
  });
  if ('error' in args) return { report: args.error, exitCode: usageExitCode, written: [] };
  const [csvArg] = args.positionals;
  if (!csvArg)
    return { report: `import: which CSV file? Give its path\n\n${importUsage}`, exitCode: usageExitCode, written: [] };
  const { write = false, force = false, root = env.CONTENT_ROOT ?? '.' } = args.values;
  const csvPath = resolve(env.cwd, csvArg);
  if (!existsSync(csvPath)) return { report: `import: ${csvArg} does not exist`, exitCode: 1, written: [] };
  const plan = planImport({ root: resolve(env.cwd, root), csvName: basename(csvPath), bytes: readFileSync(csvPath) });
  return applyImport(plan, { write, force, ...(fs ? { fs } : {}) });
}
