// The field reference for editors, generated from the schemas' .describe() texts: one model, rendered as Markdown and HTML.
import type { z } from 'astro/zod';
import { adminCode, dateOrUnknown, fullDate, partialDate, slug } from '../../schemas/common.ts';
import { collections, type CollectionName } from '../../schemas/index.ts';
import { headerLabel, importColumns } from './import-columns.ts';
import { defOf, type ZodDef as Def } from '../../schemas/zod-def.ts';

export interface FieldRow {
  /** Dotted path; `[]` marks each item of a list, e.g. services[].audience. */
  path: string;
  depth: number;
  type: string;
  presence: string;
  allowed: string;
  description: string;
}

export interface CollectionReference {
  name: CollectionName;
  folder: string;
  ext: string;
  description: string;
  fields: FieldRow[];
}


/** Shared field types, recognised by identity (`.describe()` clones a schema but keeps its definition). */
const named = new Map<Def, { type: string; allowed: string }>([
  [defOf(slug), { type: 'slug', allowed: 'lowercase pinyin, digits, hyphens' }],
  [defOf(fullDate), { type: 'date', allowed: '`YYYY-MM-DD`' }],
  [defOf(partialDate), { type: 'date', allowed: '`YYYY-MM-DD`, `YYYY-MM` or `YYYY`' }],
  [defOf(dateOrUnknown), { type: 'date or `unknown`', allowed: '`YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `unknown`' }],
  [defOf(adminCode), { type: 'admin code', allowed: '12 digits, quoted in YAML: `"350582104001"`' }],
]);

const code = (value: unknown) => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;

/** Peels optional/default wrappers, noting presence and the first description met on the way in. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; presence: string; description?: string } {
  let node = schema;
  let presence = 'required';
  let description = schema.description;
  for (;;) {
    const def = defOf(node);
    if (def.type === 'optional') presence = presence === 'required' ? 'optional' : presence;
    else if (def.type === 'default' || def.type === 'prefault') {
      const value = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
      presence = `default ${Array.isArray(value) && value.length === 0 ? 'empty list' : code(value)}`;
    } else if (def.type !== 'nullable' && def.type !== 'readonly') return { inner: node, presence, ...(description ? { description } : {}) };
    node = def.innerType!;
    description ??= node.description;
  }
}

function describeType(schema: z.ZodType): { type: string; allowed: string } {
  const def = defOf(schema);
  const known = named.get(def);
  if (known) return known;
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  switch (def.type) {
    case 'string': {
      const pattern = checks.find((c) => c.format === 'regex')?.pattern;
      const url = (def as { format?: string }).format === 'url' || checks.some((c) => c.format === 'url');
      const min = checks.find((c) => c.check === 'min_length')?.minimum;
      if (url) return { type: 'URL', allowed: '' };
      if (pattern) return { type: 'text', allowed: pattern.source === '^([01]\\d|2[0-3]):[0-5]\\d$' ? '24-hour time `HH:MM`' : `matches \`${pattern.source}\`` };
      return { type: 'text', allowed: min ? 'not empty' : '' };
    }
    case 'number': {
      const int = checks.some((c) => c.format === 'safeint' || c.format === 'int32');
      const min = checks.find((c) => c.check === 'greater_than')?.minimum ?? (checks.find((c) => c.check === 'greater_than') as { value?: number } | undefined)?.value;
      const max = checks.find((c) => c.check === 'less_than')?.maximum ?? (checks.find((c) => c.check === 'less_than') as { value?: number } | undefined)?.value;
      return { type: int ? 'whole number' : 'number', allowed: min !== undefined && max !== undefined ? `${min}–${max}` : '' };
    }
    case 'enum':
      return { type: 'choice', allowed: Object.values(def.entries ?? {}).map(code).join(', ') };
    case 'literal':
      return { type: 'fixed value', allowed: (def.values ?? []).map(code).join(', ') };
    case 'array': {
      const element = describeType(unwrap(def.element!).inner);
      const min = checks.find((c) => c.check === 'min_length')?.minimum;
      return { type: `list of ${element.type === 'mapping' ? 'mappings' : element.type === 'choice' ? 'choices' : element.type}`, allowed: [element.allowed, min ? `at least ${min}` : ''].filter(Boolean).join('; ') };
    }
    case 'object':
      return { type: 'mapping', allowed: '' };
    case 'union': {
      const parts = (def.options ?? []).map((o) => describeType(unwrap(o).inner));
      return { type: parts.map((p) => (p.type === 'fixed value' ? p.allowed : p.type)).join(' or '), allowed: parts.filter((p) => p.type !== 'fixed value').map((p) => p.allowed).filter(Boolean).join('; ') };
    }
    case 'pipe':
      return describeType(def.out!);
    default:
      return { type: def.type, allowed: '' };
  }
}

/** Every field path of a schema, parents before children, with type, presence, allowed values and description. */
export function fieldRows(schema: z.ZodType, prefix = '', depth = 0): FieldRow[] {
  const { inner } = unwrap(schema);
  const def = defOf(inner);
  const rows: FieldRow[] = [];
  const shapeOf = (node: z.ZodType): Record<string, z.ZodType> | undefined => {
    const d = defOf(unwrap(node).inner);
    if (d.type === 'object') return d.shape;
    if (d.type === 'array') return shapeOf(d.element!);
    if (d.type === 'union') for (const o of d.options ?? []) if (shapeOf(o)) return shapeOf(o);
    return undefined;
  };
  const shape = def.type === 'object' ? def.shape : shapeOf(inner);
  for (const [key, field] of Object.entries(shape ?? {})) {
    const { inner: fieldInner, presence, description } = unwrap(field);
    const fieldDef = defOf(fieldInner);
    const elementDescription = fieldDef.type === 'array' ? unwrap(fieldDef.element!).inner.description : undefined;
    const { type, allowed } = describeType(fieldInner);
    const isList = fieldDef.type === 'array';
    const path = `${prefix}${key}`;
    rows.push({ path, depth, type, presence, allowed, description: description ?? fieldInner.description ?? elementDescription ?? '' });
    if (shapeOf(fieldInner)) rows.push(...fieldRows(fieldInner, `${path}${isList ? '[]' : ''}.`, depth + 1));
  }
  return rows;
}

export function fieldReference(): CollectionReference[] {
  return (Object.keys(collections) as CollectionName[]).map((name) => {
    const { schema, dir, ext } = collections[name];
    return { name, folder: dir, ext, description: schema.description ?? '', fields: fieldRows(schema) };
  });
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** docs/fields.md: written by `npm run docs:fields`; a unit test fails when it is stale. */
export function renderFieldsMarkdown(reference = fieldReference()): string {
  const out = [
    '# Content fields',
    '',
    '<!-- Generated by `npm run docs:fields` from the .describe() texts in src/schemas/. Do not edit by hand: change the schema and regenerate. -->',
    '',
    'Every content file is checked against these fields by `npm run validate` (and by every build). The same text is on the site at `/fields/`.',
    'A field marked *required* must be present; *optional* may be left out; *default* is what an omitted field means.',
    'Paths use `.` for a field inside a mapping and `[]` for each item of a list: `services[].audience` is the audience of each service.',
    '',
    ...reference.map((c) => `- [${c.name}](#${c.name}) — \`${c.folder}/<slug>${c.ext}\``),
    '- [Spreadsheet columns](#spreadsheet-columns) — `npm run import`',
    '',
  ];
  for (const c of reference) {
    out.push(`## ${c.name}`, '', `${c.description} One file per entry: \`${c.folder}/<slug>${c.ext}\`${c.ext === '.mdx' ? ' (fields in the YAML front matter between the `---` lines)' : ''}.`, '');
    out.push('| Field | Type | Presence | Allowed values | Description |', '|---|---|---|---|---|');
    for (const f of c.fields) out.push(`| \`${f.path}\` | ${cell(f.type)} | ${cell(f.presence)} | ${cell(f.allowed)} | ${cell(f.description)} |`);
    out.push('');
  }
  out.push(...spreadsheetMarkdown());
  return `${out.join('\n').trimEnd()}\n`;
}

/** The clerks' guide to the import spreadsheet: same text in docs/fields.md and on /fields/. */
export const spreadsheetGuide = [
  '从 templates/centers-template.csv 开始：用 Excel 或 WPS 打开，删掉示例行，每项服务填一行。',
  '同一个中心有几项服务就填几行，每行都填"编号"；中心自己的各列（全称、简介等）只需在第一行填写，后面的行可以留空，也可以重复，但不能写得不一样。',
  '"来源编号"和"出处"每一行都要填：写明这一行内容出自哪份资料、在资料的哪一句。报道没写的内容就空着，网页会显示"未公布"，不要猜。',
  '区划代码、电话这两列请先设成"文本"格式，否则 Excel 会把代码变成 3.50582E+11、把电话开头的 0 去掉。',
  '保存时选"另存为 → CSV UTF-8（逗号分隔）"。普通的"CSV（逗号分隔）"会存成 GBK 编码，导入工具会拒收并提示。',
  '先运行 npm run import -- 文件.csv 检查（只显示会改什么，不写文件）；出错时会列出每个出错的行号、列名和修改提示，一次列全。没有问题后加 --write 写入。',
  '表格里没有的列不会改动原文件里的内容；手工改过的中心文件不会被覆盖，除非加 --force。',
];

function spreadsheetMarkdown(): string[] {
  return [
    '## Spreadsheet columns',
    '',
    '`npm run import -- FILE.csv` reads a spreadsheet of centers, one row per service (template: `templates/centers-template.csv`). The header row may use the Chinese name, the key, or both as in the template, e.g. `编号(slug)`. Errors name the row number as the spreadsheet shows it (the header is row 1) and the column.',
    '',
    '### 给乡镇（街道）工作人员的填表说明',
    '',
    ...spreadsheetGuide.map((line, i) => `${i + 1}. ${line}`),
    '',
    '| Column | Fills | Must the sheet have it? | 怎么填 |',
    '|---|---|---|---|',
    ...importColumns.map((c) => `| \`${headerLabel(c)}\` | \`${c.field}\` | ${c.required ? 'yes' : 'no'} | ${cell(c.help)} |`),
    '',
  ];
}
