// The generated field reference: docs/fields.md must be current, complete, and cover every schema field.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { fieldReference, fieldRows, renderFieldsMarkdown } from '../../src/lib/content/field-reference.ts';
import { importColumns } from '../../src/lib/content/import-columns.ts';

describe('docs/fields.md', () => {
  it('is up to date with the schemas (run `npm run docs:fields` after changing a schema)', () => {
    const committed = readFileSync(resolve('docs/fields.md'), 'utf8');
    const fresh = renderFieldsMarkdown();
    // A readable failure: the first line that differs.
    const a = committed.split('\n');
    const b = fresh.split('\n');
    const at = b.findIndex((line, i) => line !== a[i]);
    expect(
      at === -1 && a.length === b.length
        ? 'current'
        : `stale from line ${at + 1}: run \`npm run docs:fields\`\n  file:  ${a[at] ?? '(end)'}\n  fresh: ${b[at] ?? '(end)'}`,
    ).toBe('current');
  });

  it('lists every collection and gives every field a description', () => {
    const reference = fieldReference();
    expect(reference.map((c) => c.name)).toEqual(['centers', 'regions', 'sources', 'exhibits']);
    const undescribed = reference.flatMap((c) =>
      c.fields.filter((f) => !f.description).map((f) => `${c.name}: ${f.path}`),
    );
    expect(undescribed).toEqual([]);
    const centers = reference.find((c) => c.name === 'centers')!.fields;
    expect(centers.find((f) => f.path === 'services[].audience')).toMatchObject({
      presence: 'required',
      type: 'list of choices',
    });
    expect(centers.find((f) => f.path === 'services[].schedule')).toMatchObject({
      presence: 'default `unknown`',
      type: '`unknown` or mapping',
    });
    expect(centers.find((f) => f.path === 'lastChecked')).toMatchObject({ type: 'date', allowed: '`YYYY-MM-DD`' });
  });

  it('documents every spreadsheet column', () => {
    const md = renderFieldsMarkdown();
    for (const column of importColumns) expect(md).toContain(`| \`${column.zh}(${column.key})\` | \`${column.field}\``);
  });
});

describe('fieldRows', () => {
  it('walks nested mappings and lists, with presence, allowed values and descriptions', () => {
    const schema = z.strictObject({
      id: z.string().min(1).describe('The id.'),
      tags: z
        .array(z.enum(['a', 'b']))
        .default([])
        .describe('Tags.'),
      items: z
        .array(z.strictObject({ n: z.number().int().min(1).max(5).describe('A count.') }))
        .optional()
        .describe('Items.'),
    });
    expect(fieldRows(schema)).toEqual([
      { path: 'id', depth: 0, type: 'text', presence: 'required', allowed: 'not empty', description: 'The id.' },
      {
        path: 'tags',
        depth: 0,
        type: 'list of choices',
        presence: 'default empty list',
        allowed: '`a`, `b`',
        description: 'Tags.',
      },
      { path: 'items', depth: 0, type: 'list of mappings', presence: 'optional', allowed: '', description: 'Items.' },
      {
        path: 'items[].n',
        depth: 1,
        type: 'whole number',
        presence: 'required',
        allowed: '1–5',
        description: 'A count.',
      },
    ]);
  });
});
