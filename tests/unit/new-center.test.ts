// `npm run new:center` on a temp copy of the import fixture: flags, prompts, missing fields, never overwriting.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContentTree, loadFile } from '../../src/lib/content/tree.node.ts';
import { runNewCenter } from '../../scripts/lib/new-center.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'new-center-test-'));
  cpSync(resolve('tests/fixtures/import/content'), join(root, 'content'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const io = () => ({ root, today: '2026-11-23' });
const flags = [
  '--slug',
  'dongcun',
  '--name',
  '东村邻里中心',
  '--short-name',
  '东村',
  '--region',
  'dongcun',
  '--summary',
  '东村的邻里中心（测试）。',
];

describe('new:center from flags', () => {
  it("creates a file that validates, placed at its region's point, and prints the path and next steps", async () => {
    const result = await runNewCenter(flags, io());
    expect(result.exitCode).toBe(0);
    expect(result.report).toContain('new:center: created content/centers/dongcun.mdx');
    expect(result.report).toContain('npm run validate');
    const loaded = loadFile(root, 'centers', join(root, 'content/centers/dongcun.mdx'));
    expect(loaded.problems).toEqual([]);
    expect(loaded.entry!.data).toMatchObject({
      slug: 'dongcun',
      region: 'dongcun',
      lastChecked: '2026-11-23',
      contacts: 'unknown',
      location: { precision: 'town', note: '坐标为测试镇的位置。' },
    });
    expect(loadContentTree(root).problems).toEqual([]);
  });

  it('accepts a region by admin code and its own point', async () => {
    const result = await runNewCenter(
      [
        ...flags.slice(0, 6),
        '--region',
        '350000100202',
        ...flags.slice(8),
        '--lat',
        '24.72',
        '--lng',
        '118.53',
        '--precision',
        'point',
        '--location-source',
        '镇政府提供',
      ],
      io(),
    );
    expect(result.exitCode).toBe(0);
    const data = loadFile(root, 'centers', join(root, 'content/centers/dongcun.mdx')).entry!.data;
    expect(data.region).toBe('xicun');
    expect(data.location).toEqual({ lat: 24.72, lng: 118.53, crs: 'WGS-84', precision: 'point', source: '镇政府提供' });
  });

  it('lists every missing required flag and exits 1 when not interactive', async () => {
    const result = await runNewCenter(['--slug', 'dongcun', '--region', 'dongcun'], io());
    expect(result.exitCode).toBe(1);
    expect(result.report.split('\n')[0]).toBe('new:center: missing required options --name, --short-name, --summary');
    expect(result.report).toContain('  --short-name: Short name for lists and markers');
    expect(existsSync(join(root, 'content/centers/dongcun.mdx'))).toBe(false);
  });

  it('never overwrites an existing center', async () => {
    const before = readFileSync(join(root, 'content/centers/xicun.mdx'), 'utf8');
    const result = await runNewCenter(['--slug', 'xicun', ...flags.slice(2)], io());
    expect(result.exitCode).toBe(1);
    expect(result.report).toContain('new:center: content/centers/xicun.mdx already exists — nothing was written.');
    expect(readFileSync(join(root, 'content/centers/xicun.mdx'), 'utf8')).toBe(before);
  });

  it('validates with the schema and references before writing, reporting all problems', async () => {
    const result = await runNewCenter(
      [
        '--slug',
        'Dong Cun',
        '--name',
        'x',
        '--short-name',
        'y',
        '--region',
        'beicun',
        '--summary',
        's',
        '--last-checked',
        '2026-02-30',
      ],
      io(),
    );
    expect(result.exitCode).toBe(1);
    expect(result.report).toContain(
      '(from --slug): `slug` must be lowercase pinyin words joined by hyphens, e.g. anhai-anping',
    );
    expect(result.report).toContain('(from --last-checked): `lastChecked` must be a real date written as YYYY-MM-DD');
    expect(result.report).toContain("(from --region): `region` refers to region 'beicun', which does not exist");
    expect(result.report).toContain('new:center: 3 problems — nothing was written.');
  });

  it('rejects unknown options and options given twice, with the usage', async () => {
    const result = await runNewCenter([...flags, '--colour', 'red'], io());
    expect(result.exitCode).toBe(2);
    expect(result.report).toContain('new:center: unknown option --colour');
    expect(result.report).toContain('usage: npm run new:center');
    const twice = await runNewCenter([...flags, '--shortName', '东'], io());
    expect(twice.exitCode).toBe(2);
    expect(twice.report).toContain('new:center: --short-name is given twice');
  });
});

describe('new:center with prompts', () => {
  it('asks for each missing field, re-asks after a bad answer, and writes a valid file', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let shown = '';
    output.on('data', (chunk) => (shown += String(chunk)));
    // slug: taken, then good; name; short name; region: unknown, then good; summary; then blank optional answers.
    input.end(
      [
        'xicun',
        'nancun',
        '南村邻里中心',
        '南村',
        'nowhere',
        'dongcun',
        '南村的邻里中心（测试）。',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
      ].join('\n'),
    );
    const result = await runNewCenter([], { ...io(), prompt: { input, output } });
    expect(result.exitCode).toBe(0);
    expect(shown).toContain('content/centers/xicun.mdx 已经存在');
    expect(shown).toContain("content/regions/ 里没有 'nowhere'");
    const loaded = loadFile(root, 'centers', join(root, 'content/centers/nancun.mdx'));
    expect(loaded.problems).toEqual([]);
    expect(loaded.entry!.data).toMatchObject({ name: '南村邻里中心', shortName: '南村', region: 'dongcun' });
  });

  it('reports what is still missing when the input ends early', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    input.end('beicun\n');
    const result = await runNewCenter([], { ...io(), prompt: { input, output } });
    expect(result.exitCode).toBe(1);
    expect(result.report.split('\n')[0]).toBe(
      'new:center: missing required options --name, --short-name, --region, --summary',
    );
  });

  it('asks nothing with --no-input', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let shown = '';
    output.on('data', (chunk) => (shown += String(chunk)));
    input.end('南村邻里中心\n');
    const result = await runNewCenter(['--slug', 'nancun', '--no-input'], { ...io(), prompt: { input, output } });
    expect(result.exitCode).toBe(1);
    expect(shown).toBe('');
    expect(result.report.split('\n')[0]).toBe(
      'new:center: missing required options --name, --short-name, --region, --summary',
    );
  });
});
