// Creates one valid center file from flags or prompts: checked with the same schema and references as the build.
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { ParseArgsOptionsConfig } from 'node:util';
import type { z } from 'astro/zod';
import { centerSchema } from '../../src/schemas/center.ts';
import { slugPattern } from '../../src/schemas/common.ts';
import { describeAt, formatProblem, problemsFromZod, type ContentProblem } from '../../src/schemas/errors.ts';
import { collections } from '../../src/schemas/index.ts';
import { centerPath } from '../../src/lib/paths.ts';
import { labelToId } from '../../src/lib/content/import-columns.ts';
import { checkReferences, loadContentTree, type ContentEntry } from '../../src/lib/content/tree.node.ts';
import { readArgs, usageExitCode } from './cli-args.ts';
import { normaliseDate, toYaml } from './import-centers.ts';

interface Option {
  flag: string;
  field: string;
  required: boolean;
  /** Chinese prompt shown in interactive mode. */
  ask: string;
}

export const newCenterOptions: readonly Option[] = [
  { flag: 'slug', field: 'slug', required: true, ask: '编号（拼音，小写加连字符，如 anhai-anping）' },
  { flag: 'name', field: 'name', required: true, ask: '中心全称（如 安平社区"党建+"邻里中心）' },
  { flag: 'short-name', field: 'shortName', required: true, ask: '简称（通常是村或社区名）' },
  { flag: 'region', field: 'region', required: true, ask: '所在村（社区）的编号或 12 位区划代码' },
  { flag: 'summary', field: 'summary', required: true, ask: '简介：用自己的话写两三句' },
  { flag: 'kind', field: 'kind', required: false, ask: '类型（如 农村型，可空）' },
  { flag: 'admin-code', field: 'adminCode', required: false, ask: '12 位区划代码（可空）' },
  { flag: 'lat', field: 'location.lat', required: false, ask: '纬度 WGS-84（空 = 用所在村社区的坐标）' },
  { flag: 'lng', field: 'location.lng', required: false, ask: '经度 WGS-84' },
  { flag: 'precision', field: 'location.precision', required: false, ask: '坐标精度（point/village/town/county…）' },
  { flag: 'location-source', field: 'location.source', required: false, ask: '坐标来源' },
  { flag: 'last-checked', field: 'lastChecked', required: false, ask: '核对日期（默认今天）' },
];

export const newCenterUsage = `usage: npm run new:center -- --slug SLUG --name NAME --short-name SHORT --region REGION --summary TEXT [options]

  Creates content/centers/SLUG.mdx, checked against the schema and the content tree; never overwrites a file.
  Run it in a terminal without flags to be asked for each field instead.
${newCenterOptions.map((o) => `  --${o.flag.padEnd(16)}${o.required ? 'required  ' : 'optional  '}${describeAt(centerSchema, o.field.split('.')) ?? ''}`).join('\n')}
  --root DIR          the folder that holds content/ (default: $CONTENT_ROOT or the current folder)
  --no-input          never ask, even in a terminal: a missing field is an error`;

export interface NewCenterIo {
  /** The folder that holds content/; a --root flag is resolved against it. */
  root: string;
  today: string;
  /** Given when stdin is a terminal: missing fields are asked for instead of being an error (unless --no-input). */
  prompt?: { input: Readable; output: Writable };
}

export interface NewCenterResult {
  exitCode: number;
  report: string;
  path?: string;
}

type Values = Map<string, string>;

/** `--flag value` and `--flag=value` (`--shortName` is read as `--short-name`); a flag given twice is an error. */
function parseFlags(argv: string[]): { values: Values; root?: string; noInput: boolean } | { error: string } {
  const kebab = argv.map((a) =>
    a.replace(/^--([^=]+)/, (_, name: string) => `--${name.replace(/[A-Z]/g, (ch) => `-${ch.toLowerCase()}`)}`),
  );
  const options: ParseArgsOptionsConfig = { root: { type: 'string' }, 'no-input': { type: 'boolean' } };
  for (const o of newCenterOptions) options[o.flag] = { type: 'string' };
  const args = readArgs(kebab, { name: 'new:center', usage: newCenterUsage, options, once: true });
  if ('error' in args) return args;
  const { root, 'no-input': noInput, ...fields } = args.values as Record<string, string | boolean | undefined>;
  const values: Values = new Map(Object.entries(fields).map(([flag, value]) => [flag, String(value).trim()]));
  return { values, ...(typeof root === 'string' ? { root: root.trim() } : {}), noInput: noInput === true };
}

/** Reads answers line by line; an async iterator buffers lines typed (or piped) ahead of the question. */
function prompter(input: Readable, output: Writable) {
  const rl = createInterface({ input, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  return {
    ask: async (question: string) => {
      output.write(`${question}: `);
      const next = await lines.next();
      return next.done ? undefined : String(next.value).trim();
    },
    close: () => rl.close(),
  };
}

/** The content tree a new center is checked against, and the lookups the questions and the file need. */
function contentContext(contentRoot: string) {
  const tree = loadContentTree(contentRoot);
  const regions = tree.entries.filter((e) => e.collection === 'regions');
  const regionBySlug = new Map(regions.map((e) => [String(e.data.slug), e]));
  const regionByCode = new Map(regions.filter((e) => e.data.adminCode).map((e) => [String(e.data.adminCode), e]));
  const centerFile = (slug: string) => join(contentRoot, collections.centers.dir, `${slug}${collections.centers.ext}`);
  const resolveRegion = (text: string) =>
    /^\d{12}$/.test(text) ? String(regionByCode.get(text)?.data.slug ?? text) : text;

  /** Quick per-answer checks in interactive mode, so a typo is caught at once rather than at the end. */
  const checkAnswer = (flag: string, value: string): string | undefined => {
    if (flag === 'slug') {
      if (!slugPattern.test(value)) return '编号只能用小写拼音字母、数字和连字符，如 anhai-anping';
      if (existsSync(centerFile(value)))
        return `${relative(contentRoot, centerFile(value))} 已经存在：换一个编号，或直接编辑那个文件`;
    }
    if (flag === 'region' && !regionBySlug.has(resolveRegion(value)))
      return `content/regions/ 里没有 '${value}'：先建地区（npm run import-geo -- --write），或检查拼写`;
    return undefined;
  };
  return { contentRoot, tree, regionBySlug, centerFile, resolveRegion, checkAnswer };
}
type ContentContext = ReturnType<typeof contentContext>;

/** Asks for every field not given as a flag, again until the answer passes `checkAnswer`; fills `values`. */
async function askForMissing(
  values: Values,
  { input, output }: NonNullable<NewCenterIo['prompt']>,
  { checkAnswer }: ContentContext,
) {
  const { ask, close } = prompter(input, output);
  try {
    output.write('新建邻里中心 — 带 * 的必须填写；直接回车跳过可选项。\n');
    for (const option of newCenterOptions) {
      if (values.has(option.flag)) continue;
      for (;;) {
        const answer = await ask(`${option.required ? '* ' : '  '}${option.ask}`);
        if (answer === undefined) return; // Input ended: whatever is still missing is reported by the caller.
        if (answer === '' && !option.required) break;
        const problem = answer === '' ? '这一项必须填写。' : checkAnswer(option.flag, answer);
        if (!problem) {
          values.set(option.flag, answer);
          break;
        }
        output.write(`  ${problem}\n`);
      }
    }
  } finally {
    close();
  }
}

const missingReport = (missing: Option[]) =>
  `new:center: missing required ${missing.length > 1 ? 'options' : 'option'} ${missing.map((o) => `--${o.flag}`).join(', ')}\n${missing.map((o) => `  --${o.flag}: ${describeAt(centerSchema, o.field.split('.')) ?? ''}`).join('\n')}\n  (run it in a terminal without flags to be asked for each field)`;

/** The center's front matter from the answers, in schema order; without a point of its own, at its region's. */
function centerFrom(
  values: Values,
  { regionBySlug, resolveRegion }: ContentContext,
  today: string,
): Record<string, unknown> {
  const v = (flag: string) => values.get(flag) || undefined;
  const region = resolveRegion(v('region')!);
  const number = (text: string | undefined) =>
    text === undefined ? undefined : /^[-+]?\d+(?:\.\d+)?$/.test(text) ? Number(text) : text;
  const pointGiven = ['lat', 'lng', 'precision', 'location-source'].some((f) => v(f));
  // Without a point of its own, the center is shown at its region's point, with that point's precision and note.
  const location = pointGiven
    ? {
        lat: number(v('lat')),
        lng: number(v('lng')),
        crs: 'WGS-84',
        precision: v('precision') ? (labelToId.precision.get(v('precision')!) ?? v('precision')) : undefined,
        source: v('location-source'),
      }
    : ((regionBySlug.get(region)?.data.location as Record<string, unknown> | undefined) ?? {
        crs: 'WGS-84',
        precision: 'unknown',
        source: 'unknown',
      });
  return Object.fromEntries(
    Object.entries({
      slug: v('slug'),
      name: v('name'),
      shortName: v('short-name'),
      region,
      adminCode: v('admin-code'),
      location: Object.fromEntries(Object.entries(location).filter(([, x]) => x !== undefined)),
      kind: v('kind'),
      summary: v('summary'),
      contacts: 'unknown',
      lastChecked: normaliseDate(v('last-checked') ?? today),
    }).filter(([, x]) => x !== undefined),
  );
}

/** Schema and reference problems of the new file, each naming the flag its value came from. */
function problemsOf(center: Record<string, unknown>, file: string, { tree }: ContentContext): ContentProblem[] {
  const flagOf = (field: string) =>
    newCenterOptions.find((o) => o.field === field || field.startsWith(`${o.field}.`))?.flag;
  const asFlags = (ps: ContentProblem[]) =>
    ps.map((p) => ({ ...p, file: `${file} (from ${flagOf(p.field) ? `--${flagOf(p.field)}` : 'defaults'})` }));
  const parsed = (centerSchema as z.ZodType).safeParse(center);
  const problems = parsed.success ? [] : asFlags(problemsFromZod(file, centerSchema, center, parsed.error));
  // References are checked even when a field failed, so every problem is reported in one go.
  const entry: ContentEntry = {
    collection: 'centers',
    file,
    id: String(center.slug),
    data: parsed.success ? (parsed.data as Record<string, unknown>) : center,
    body: '',
  };
  const seen = new Set(problems.map((p) => p.field));
  problems.push(
    ...asFlags(checkReferences([...tree.entries, entry]).filter((p) => p.file === file && !seen.has(p.field))),
  );
  return problems;
}

export async function runNewCenter(argv: string[], io: NewCenterIo): Promise<NewCenterResult> {
  if (argv.includes('--help')) return { exitCode: 0, report: newCenterUsage };
  const flags = parseFlags(argv);
  if ('error' in flags) return { exitCode: usageExitCode, report: flags.error };
  const { values } = flags;
  const content = contentContext(flags.root ? resolve(io.root, flags.root) : io.root);
  if (io.prompt && !flags.noInput) await askForMissing(values, io.prompt, content);

  const missing = newCenterOptions.filter((o) => o.required && !values.get(o.flag));
  if (missing.length) return { exitCode: 1, report: missingReport(missing) };

  const slug = values.get('slug')!;
  const path = content.centerFile(slug);
  const file = relative(content.contentRoot, path).split('\\').join('/');
  if (existsSync(path))
    return {
      exitCode: 1,
      report: `new:center: ${file} already exists — nothing was written.\n  Edit that file, or choose another --slug.`,
    };

  const center = centerFrom(values, content, io.today);
  const problems = problemsOf(center, file, content);
  if (problems.length)
    return {
      exitCode: 1,
      report: `${problems.map(formatProblem).join('\n')}\n\nnew:center: ${problems.length} problem${problems.length > 1 ? 's' : ''} — nothing was written.`,
    };

  const text = `---\n${toYaml(center)}${nextStepsComment}---\n`;
  try {
    // 'wx' fails if the file appeared meanwhile: never overwrite, even in a race with another editor.
    writeFileSync(path, text, { flag: 'wx' });
  } catch (error) {
    return {
      exitCode: 1,
      report: `new:center: could not create ${file}: ${(error as Error).message} — nothing was written.`,
    };
  }
  return { exitCode: 0, path, report: nextSteps(file, slug) };
}

const nextSteps = (file: string, slug: string) =>
  [
    `new:center: created ${file}`,
    '',
    'Next steps:',
    `  1. Open ${file} and add what the sources say: services, functions, facts, ratings, contacts —`,
    '     every one with `source` (a file in content/sources/) and `locator` (a phrase to find it there).',
    '     The fields are explained in docs/fields.md and on the site at /fields/.',
    '  2. npm run validate            checks every field and reference',
    `  3. npm run dev                 then open http://localhost:4321${centerPath(slug)}`,
  ].join('\n');

/** Left in the new file as YAML comments: the shape of the fields an editor adds next. */
const nextStepsComment = `# Add what the sources say, each with source + locator (see docs/fields.md):
# services:
#   - { name: 长者食堂, category: canteen, audience: [elderly], source: SOURCE-SLUG, locator: 一句能在来源里搜到的话 }
# functions:
#   - { id: food, source: SOURCE-SLUG, locator: … }
# facts:
#   - { what: 服务老人, value: 120, unit: 人, precision: more-than, source: SOURCE-SLUG, locator: … }
`;
