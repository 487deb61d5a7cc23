// Malformed content gets one clear message per problem, naming file, field, what was expected, what was found, a hint.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/schemas/errors.ts';
import { loadContentTree } from '../../src/lib/content/tree.node.ts';
import { fixtures, treeWith } from '../support/fixture-tree.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const messagesFor = (name?: string) => {
  const tree = treeWith(name);
  cleanups.push(tree.cleanup);
  return loadContentTree(tree.root).problems.map(formatProblem);
};

// Each case lays one broken file over the valid base tree in tests/fixtures/base.
const expected: Record<string, string[]> = {
  'missing-name': [
    'content/centers/anping.mdx: `name` is required (string)\n    hint: Full name as printed, e.g. 安平社区"党建+"邻里中心.',
  ],
  'lat-outside-china': [
    'content/centers/anping.mdx: `location.lat` must lie in China (18–54), got 84.7\n    hint: Latitude, WGS-84 decimal degrees (north positive). Omit only when precision is unknown.',
  ],
  'swapped-lat-lng': [
    'content/centers/anping.mdx: `location.lat` and lng look swapped (lat 118.471598, lng 24.719559): in China latitude is 18–54 and longitude 73–135\n    hint: Latitude, WGS-84 decimal degrees (north positive). Omit only when precision is unknown.',
  ],
  'bad-crs': [
    'content/centers/anping.mdx: `location.crs` must be WGS-84: content stores WGS-84 only; convert GCJ-02 (高德/腾讯) or BD-09 (百度) points before entering them\n    hint: Coordinate system. Always WGS-84 in content; maps convert for display.',
  ],
  'unknown-region': [
    "content/centers/anping.mdx: `region` refers to region 'anpin', which does not exist\n    hint: use the slug of a file in content/regions/ — did you mean 'anping'?",
  ],
  'unknown-source': [
    "content/centers/anping.mdx: `services[0].source` refers to source 'reprot', which does not exist\n    hint: use the slug of a file in content/sources/ — did you mean 'report'?",
  ],
  'bad-date': [
    "content/centers/anping.mdx: `lastChecked` must be a real date written as YYYY-MM-DD — got '2023-02-30'\n    hint: When an editor last checked this page against its sources, YYYY-MM-DD.",
  ],
  'duplicate-slug': [
    "content/centers/anping-copy.mdx: `slug` is 'anping' but the file is named 'anping-copy'\n    hint: rename the file to anping.mdx or set slug: anping-copy",
    "content/centers/anping.mdx: `slug` 'anping' is already used by content/centers/anping-copy.mdx\n    hint: every slug in a collection must be unique: pick another pinyin slug",
  ],
  'bad-admin-code': [
    "content/centers/anping.mdx: `adminCode` must be exactly 12 digits (统计用区划代码, 2023 edition) — got '35058210100'\n    hint: 12-digit 统计用区划代码 (NBS 2023). Quote it in YAML so leading zeros survive. Take it from shared/geo/places.csv; join on this code, never on the name.",
  ],
  'unknown-function': [
    "content/centers/anping.mdx: `functions[0].id` must be one of elderly-care, childcare, medical, food, leisure, affairs (老有所养, 幼有所育, 病有所医, 食有所安, 居有所乐, 事有所办); list other functions under extras — got 'pension'\n    hint: One of the six named functions of 1+6+X.",
  ],
  'unknown-key': [
    "content/centers/anping.mdx: has unknown key 'phone_number'\n    hint: allowed here: slug, name, shortName, aliases, region, adminCode, location, kind, summary, summaryEn, ratings, functions, extras, services, facts, events, contacts, lastChecked (see docs/fields.md)",
  ],
  'empty-file': [
    'content/centers/anping.mdx: is empty\n    hint: fill in the fields of a center, or delete the file; run `npm run new:center` for a template',
  ],
  'invalid-yaml': [
    'content/regions/anhai.yaml:6:1: is not valid YAML: Flow map in block collection must be sufficiently indented and end with a }\n    hint: check indentation (spaces, not tabs), a missing colon after a key, or quote a value that contains ": " or starts with a special character',
  ],
  'bad-audience': [
    "content/centers/anping.mdx: `services[2].audience[0]` must be one of elderly, children, youth, families, disabled, job-seekers, workers, veterans, everyone — got 'old people'\n    hint: Who it serves: elderly, children, youth, families, disabled, job-seekers, workers, veterans, everyone.",
  ],
  'no-front-matter': [
    'content/centers/anping.mdx: has no YAML front matter\n    hint: start the file with a line `---`, the fields, and another `---` line; see content/centers/_template.mdx.example',
  ],
  'missing-parent': [
    'content/regions/anhai.yaml: `parent` is required for a town\n    hint: set the slug of the enclosing region; only provinces have no parent',
  ],
};

describe('content validation messages', () => {
  it('accepts the valid base fixture', () => {
    expect(messagesFor()).toEqual([]);
  });

  it.each(Object.entries(expected))('%s: reports exactly the expected message', (name, messages) => {
    expect(messagesFor(name)).toEqual(messages);
  });

  it('reports every problem of every file in one run, not one at a time', () => {
    const tree = treeWith();
    cleanups.push(tree.cleanup);
    for (const name of ['unknown-key', 'invalid-yaml'])
      cpSync(join(fixtures, 'malformed', name), join(tree.root, 'content'), { recursive: true });
    cpSync(join(fixtures, 'malformed/bad-date/centers/anping.mdx'), join(tree.root, 'content/centers/second.mdx'));
    const messages = loadContentTree(tree.root).problems.map(formatProblem);
    expect(messages.map((m) => m.split(':')[0])).toEqual([
      'content/centers/anping.mdx',
      'content/centers/second.mdx',
      'content/regions/anhai.yaml',
    ]);
  });
});

describe('npm run validate', () => {
  const validate = (root: string) => spawnSync(process.execPath, ['scripts/validate.ts', root], { encoding: 'utf8' });

  it('exits 1 and prints every problem with a summary line', () => {
    const tree = treeWith('bad-audience');
    cleanups.push(tree.cleanup);
    const result = validate(tree.root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('`services[2].audience[0]` must be one of elderly');
    expect(result.stderr).toMatch(/validate: 1 problem in 5 files/);
  });

  it('exits 0 on valid content', () => {
    const result = validate(join(fixtures, 'base'));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('validate: 5 files OK');
  });
});
