// The spreadsheet importer on a temp copy of a small fixture tree: bad rows, dry run, --write, --force, hand edits, interrupted writes.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContentTree } from '../../src/lib/content/tree.node.ts';
import { planImport, runImport } from '../../scripts/lib/import-centers.ts';
import { provenance, realFs, type WriteFs } from '../../scripts/lib/import-write.ts';
import type { Center } from '../../src/schemas/center.ts';

const fixture = resolve('tests/fixtures/import');
let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'import-test-'));
  cpSync(join(fixture, 'content'), join(root, 'content'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const header =
  'slug,name,shortName,region,summary,lastChecked,source,locator,service_name,service_category,service_audience';
const goodCsv = [
  header,
  'dongcun,东村邻里中心,东村,dongcun,东村的邻里中心（测试）。,2026/11/20,ceshi-baodao,长者食堂,长者食堂,长者食堂与助餐,老年人',
  'dongcun,,,,,,ceshi-baodao,卫生室,卫生室,clinic,everyone',
  'nancun,南村邻里中心,南村,350000100202,南村的邻里中心（测试）。,2026-11-20,ceshi-baodao,图书室,图书室,library,所有居民、儿童',
].join('\r\n');

const csv = (name: string, text: string | Uint8Array) => {
  writeFileSync(join(root, name), text);
  return name;
};
const run = (args: string[], fs?: WriteFs) => runImport(args, { cwd: root }, fs);
const centerFile = (slug: string) => join(root, 'content/centers', `${slug}.mdx`);
const snapshot = () =>
  Object.fromEntries(
    readdirSync(join(root, 'content/centers')).map((f) => [f, readFileSync(join(root, 'content/centers', f), 'utf8')]),
  );

describe('bad rows', () => {
  it('reports every bad row at once with its spreadsheet row number, column and a hint, and writes nothing', () => {
    const file = csv(
      'bad.csv',
      [
        'slug,name,shortName,region,summary,lastChecked,lat,lng,precision,location_source,source,locator,service_name,service_category,service_audience',
        'dongcun,东村邻里中心,东村,dongcun,东村的邻里中心。,2026/11/20,,,,,ceshi-baodao,长者食堂,长者食堂,restaurant,老年人',
        'dongcun,,,,,,,,,,no-such-source,卫生室,卫生室,clinic,everyone',
        'nancun,南村邻里中心,南村,beicun,南村的邻里中心。,2026-13-01,,,,,ceshi-baodao,图书室,图书室,library,',
        ',,,,,,,,,,,,,,',
        ',孤儿行,,,,,,,,,,,,,',
        'dongcun,东村中心,,,,,,,,,ceshi-baodao,活动室,活动室,elderly-activity,老年人',
        'beicun,北村邻里中心,北村,ceshi-zhen,北村。,2026-11-20,24.7x,118.5,point,,ceshi-baodao,x,,,',
      ].join('\n'),
    );
    const before = snapshot();
    const result = run([file, '--write']);
    expect(result.exitCode).toBe(1);
    const plan = planImport({ root, csvName: 'bad.csv', bytes: readFileSync(join(root, file)) });
    expect(plan.problems.map((p) => [p.file, p.field, p.message])).toEqual([
      [
        'bad.csv row 2',
        'service_category',
        "must be one of canteen, day-care, elderly-activity, childcare, youth, clinic, legal, mediation, government, culture, library, sport, employment, workers, volunteer, property, history, party, other — got 'restaurant'",
      ],
      ['bad.csv row 3', 'source', "refers to source 'no-such-source', which does not exist"],
      ['bad.csv row 4', 'service_audience', 'is required (array)'],
      ['bad.csv row 4', 'lastChecked', "must be a real date written as YYYY-MM-DD — got '2026-13-01'"],
      ['bad.csv row 4', 'region', "refers to region 'beicun', which does not exist"],
      ['bad.csv row 6', 'slug', 'is empty'],
      ['bad.csv row 7', 'name', "says '东村中心' but row 2 says '东村邻里中心' for the same center 'dongcun'"],
      ['bad.csv row 8', 'lat', "must be a number of decimal degrees — got '24.7x'"],
      ['bad.csv row 8', 'location_source', 'is required (string)'],
    ]);
    // Every problem carries a hint; a few exact ones:
    expect(plan.problems.every((p) => p.hint && p.hint.length > 5)).toBe(true);
    expect(plan.problems[1]!.hint).toBe('use the slug of a file in content/sources/');
    expect(plan.problems[4]!.hint).toBe("use the slug of a file in content/regions/ — did you mean 'xicun'?");
    expect(plan.problems[6]!.hint).toBe(
      "a center's own columns must be the same on all its rows, or left blank after its first row",
    );
    expect(plan.problems[0]!.hint).toContain('长者食堂与助餐');
    // The printed report names row, column and hint the way formatProblem does, and ends with the count.
    expect(result.report).toContain('bad.csv row 2: `service_category` must be one of canteen');
    expect(result.report).toContain('\n    hint: 从下列类别中选一个');
    expect(result.report).toContain('import: 9 problems in 6 rows of bad.csv — nothing was written.');
    expect(snapshot()).toEqual(before);
  });

  it('names the header cell for an unknown or missing column', () => {
    const result = run([
      csv('cols.csv', 'slug,名字,region,summary,lastChecked,source,locator\nx,y,dongcun,s,2026-11-20,ceshi-baodao,loc'),
    ]);
    expect(result.exitCode).toBe(1);
    expect(result.report).toContain('cols.csv row 1: `名字` is not a column the importer knows');
    expect(result.report).toContain('cols.csv row 1: `中心全称(name)` is missing: the sheet has no such column');
    expect(result.report).toContain('cols.csv row 1: `简称(shortName)` is missing');
  });

  it('refuses a GBK file (Excel\'s plain CSV) with "save as CSV UTF-8" instead of importing mojibake', () => {
    // "编号,名称" in GBK: not valid UTF-8.
    const gbk = Uint8Array.from([0xb1, 0xe0, 0xba, 0xc5, 0x2c, 0xc3, 0xfb, 0xb3, 0xc6, 0x0d, 0x0a]);
    const result = run([csv('gbk.csv', gbk)]);
    expect(result.exitCode).toBe(1);
    expect(result.report).toContain(
      'gbk.csv: is not UTF-8: it looks like GBK/GB18030, which Excel\'s plain "CSV (逗号分隔)" writes on Chinese Windows',
    );
    expect(result.report).toContain('CSV UTF-8 (逗号分隔)(*.csv)');
  });

  it('spots a 12-digit code that Excel turned into a number', () => {
    const result = run([
      csv(
        'sci.csv',
        `${header},adminCode\ndongcun,东村邻里中心,东村,dongcun,s,2026-11-20,ceshi-baodao,loc,,,,3.50000E+11`,
      ),
    ]);
    expect(result.report).toContain(
      "sci.csv row 2: `adminCode` is '3.50000E+11': Excel turned the 12-digit code into a number",
    );
    expect(result.report).toContain("hint: set the column's format to 文本 (Text)");
  });

  it('reports an unclosed quote with its row', () => {
    const result = run([csv('quote.csv', `${header}\ndongcun,"东村邻里中心,东村`)]);
    expect(result.report).toContain('quote.csv row 2: has a quote (") that is never closed');
  });
});

describe('the command line', () => {
  it('names an unknown option or a missing file, with the usage, and exits 2', () => {
    const unknown = run([csv('good.csv', goodCsv), '--wirte']);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.report).toContain('import: unknown option --wirte');
    expect(unknown.report).toContain('usage: npm run import -- FILE.csv [--write] [--force] [--root DIR]');
    expect(run(['--write']).report).toContain('import: which CSV file? Give its path');
    expect(run(['a.csv', 'b.csv']).exitCode).toBe(2);
    expect(run(['good.csv', '--root']).report).toContain('import: --root needs a value');
  });

  it('reads the content from --root DIR', () => {
    const result = runImport([join(root, csv('good.csv', goodCsv)), '--root', root], { cwd: tmpdir() });
    expect(result.exitCode).toBe(0);
    expect(result.report).toContain('  new        content/centers/nancun.mdx  (rows 4)');
    expect(run(['no.csv']).report).toBe('import: no.csv does not exist');
  });
});

describe('dry run and --write', () => {
  it('shows new files by default and writes nothing', () => {
    const before = snapshot();
    const result = run([csv('good.csv', goodCsv)]);
    expect(result.exitCode).toBe(0);
    expect(result.report).toContain('import: good.csv: 3 rows, 2 centers');
    expect(result.report).toContain('  new        content/centers/dongcun.mdx  (rows 2, 3)');
    expect(result.report).toContain('  new        content/centers/nancun.mdx  (rows 4)');
    expect(result.report).toContain('import: dry run — nothing was written. Run again with --write to write 2 files.');
    expect(snapshot()).toEqual(before);
  });

  it('--write writes valid files with BOM and Chinese labels handled, then a rerun is unchanged', () => {
    const result = run([csv('good.csv', `\uFEFF${goodCsv}`), '--write']);
    expect(result.exitCode).toBe(0);
    expect(result.written.map((p) => p.split('/').pop())).toEqual(['dongcun.mdx', 'nancun.mdx']);
    const tree = loadContentTree(root);
    expect(tree.problems).toEqual([]);
    const dongcun = tree.entries.find((e) => e.id === 'dongcun')!.data as unknown as Center;
    expect(dongcun.lastChecked).toBe('2026-11-20');
    expect(dongcun.services.map((s) => [s.name, s.category, s.audience])).toEqual([
      ['长者食堂', 'canteen', ['elderly']],
      ['卫生室', 'clinic', ['everyone']],
    ]);
    // No point given: shown at its region's point, with that point's precision and note.
    expect(dongcun.location).toEqual({
      lat: 24.7,
      lng: 118.5,
      crs: 'WGS-84',
      precision: 'town',
      source: 'fixture',
      note: '坐标为测试镇的位置。',
    });
    const nancun = tree.entries.find((e) => e.id === 'nancun')!.data as unknown as Center;
    expect(nancun.region).toBe('xicun'); // given as the admin code 350000100202
    expect(provenance(readFileSync(centerFile('dongcun'), 'utf8'))).toBe('imported');

    const again = run(['good.csv', '--write']);
    expect(again.report).toContain('  unchanged  content/centers/dongcun.mdx');
    expect(again.written).toEqual([]);
  });

  it('shows a line diff for a changed imported file and replaces it on --write', () => {
    run([csv('good.csv', goodCsv), '--write']);
    const changed = goodCsv.replace('卫生室,卫生室,clinic', '卫生室,卫生服务站,clinic');
    const dry = run([csv('good2.csv', changed)]);
    expect(dry.report).toContain('  changed    content/centers/dongcun.mdx  (rows 2, 3)');
    expect(dry.report).toContain('      -   - name: 卫生室');
    expect(dry.report).toContain('      +   - name: 卫生服务站');
    expect(readFileSync(centerFile('dongcun'), 'utf8')).toContain('name: 卫生室');
    const written = run(['good2.csv', '--write']);
    expect(written.exitCode).toBe(0);
    expect(readFileSync(centerFile('dongcun'), 'utf8')).toContain('name: 卫生服务站');
  });
});

describe('hand-edited files and --force', () => {
  const xicunCsv = `${header}\nxicun,西村邻里中心,西村,xicun,西村的邻里中心（导入）。,2026-11-21,ceshi-baodao,图书室,图书室,library,所有居民`;

  it('never replaces a file written by hand without --force, and writes nothing else either', () => {
    const before = snapshot();
    const result = run([csv('mixed.csv', `${xicunCsv}\n${goodCsv.split('\r\n').slice(1).join('\n')}`), '--write']);
    expect(result.exitCode).toBe(1);
    expect(result.report).toContain('  PROTECTED  content/centers/xicun.mdx  (rows 2) — written by hand');
    expect(result.report).toContain('import: nothing was written.');
    expect(snapshot()).toEqual(before);
  });

  it('protects an imported file that a person edited afterwards', () => {
    run([csv('good.csv', goodCsv), '--write']);
    const edited = readFileSync(centerFile('dongcun'), 'utf8').replace(
      '东村的邻里中心（测试）。',
      '东村的邻里中心，编辑补充了一句。',
    );
    writeFileSync(centerFile('dongcun'), edited);
    expect(provenance(edited)).toBe('edited');
    const changed = goodCsv.replace('卫生室,卫生室,clinic', '卫生室,卫生服务站,clinic');
    const result = run([csv('good2.csv', changed), '--write']);
    expect(result.exitCode).toBe(1);
    expect(result.report).toContain('  PROTECTED  content/centers/dongcun.mdx  (rows 2, 3) — edited since import');
    expect(readFileSync(centerFile('dongcun'), 'utf8')).toBe(edited);
  });

  it('--force replaces it, keeping fields the sheet has no column for (facts)', () => {
    const result = run([csv('x.csv', xicunCsv), '--write', '--force']);
    expect(result.exitCode).toBe(0);
    expect(result.report).toContain(
      '  FORCED     content/centers/xicun.mdx  (rows 2) — written by hand, --force replaces it',
    );
    const text = readFileSync(centerFile('xicun'), 'utf8');
    expect(text).toContain('summary: 西村的邻里中心（导入）。');
    expect(text).toContain('locator: 志愿者30余名'); // the hand-written fact survives
    expect(loadContentTree(root).problems).toEqual([]);
  });
});

describe('interrupted write', () => {
  /** A file system whose nth writeFileSync throws after writing half of its text, like a full disk. */
  const failingFs = (n: number): WriteFs => {
    let calls = 0;
    return {
      ...realFs,
      writeFileSync: (path, data) => {
        if (++calls === n) {
          realFs.writeFileSync(path, data.slice(0, Math.floor(data.length / 2)));
          throw new Error('ENOSPC: no space left on device');
        }
        realFs.writeFileSync(path, data);
      },
    };
  };

  it('leaves no target half-written and no temp file behind when the 2nd write fails', () => {
    run([csv('good.csv', goodCsv), '--write']);
    const before = snapshot();
    const changed = goodCsv
      .replace('卫生室,卫生室,clinic', '卫生室,卫生服务站,clinic')
      .replace('图书室,图书室', '图书室,农家书屋');
    const result = run([csv('good2.csv', changed), '--write'], failingFs(2));
    expect(result.exitCode).toBe(1);
    expect(result.report).toContain('ENOSPC: no space left on device); nothing was changed');
    expect(result.written).toEqual([]);
    expect(snapshot()).toEqual(before); // both targets exactly as before, and no temp files listed
    expect(readdirSync(join(root, 'content/centers')).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('a failure on the very first write of a fresh import creates no file at all', () => {
    const result = run([csv('good.csv', goodCsv), '--write'], failingFs(1));
    expect(result.exitCode).toBe(1);
    expect(existsSync(centerFile('dongcun'))).toBe(false);
    expect(existsSync(centerFile('nancun'))).toBe(false);
    expect(readdirSync(join(root, 'content/centers'))).toEqual(['xicun.mdx']);
  });

  it('a rename that fails midway leaves each file wholly old or wholly new, and says which', () => {
    let renames = 0;
    const fs: WriteFs = {
      ...realFs,
      renameSync: (a, b) =>
        ++renames === 2
          ? (() => {
              throw new Error('EIO');
            })()
          : realFs.renameSync(a, b),
    };
    const result = run([csv('good.csv', goodCsv), '--write'], fs);
    expect(result.exitCode).toBe(1);
    expect(result.report).toContain('1 of 2 files were replaced whole, the rest are unchanged');
    expect(loadContentTree(root).problems).toEqual([]);
    expect(readdirSync(join(root, 'content/centers')).sort()).toEqual(['dongcun.mdx', 'xicun.mdx']);
  });

  it('removes temp files a killed import left behind before writing', () => {
    writeFileSync(join(root, 'content/centers/.dongcun.mdx.999.import-tmp'), '---\nslug: dong');
    expect(loadContentTree(root).problems).toEqual([]); // never read as content meanwhile
    run([csv('good.csv', goodCsv), '--write']);
    expect(readdirSync(join(root, 'content/centers')).filter((f) => f.startsWith('.'))).toEqual([]);
  });
});

describe('the shipped template', () => {
  it('reads cleanly against the real content: its example row is a real center, so it is protected, not imported', () => {
    const plan = planImport({
      root: resolve('.'),
      csvName: 'centers-template.csv',
      bytes: readFileSync(resolve('templates/centers-template.csv')),
    });
    expect(plan.problems).toEqual([]);
    expect(plan.files.map((f) => [f.file, f.status])).toEqual([['content/centers/anhai-xian.mdx', 'edited']]);
  });
});
