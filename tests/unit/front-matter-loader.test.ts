// frontMatterOnly hands glob() an .mdx entry type without render hooks, and leaves everything else as it was.
import { describe, expect, it } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
import { frontMatterOnly } from '../../src/lib/content/front-matter-loader.ts';

const recorder = () => {
  const seen: LoaderContext[] = [];
  const inner: Loader = { name: 'inner', load: async (context) => void seen.push(context) };
  return { inner, seen };
};

describe('frontMatterOnly', () => {
  const mdx = {
    extensions: ['.mdx'],
    getEntryInfo: () => ({ data: { slug: 'x' }, body: '', slug: 'x', rawData: '' }),
    contentModuleTypes: 'declare module …',
    handlePropagation: true,
  };
  const yaml = { extensions: ['.yaml'], getEntryInfo: () => ({ data: {}, body: '', slug: '', rawData: '' }) };

  it('strips the MDX render hooks but keeps getEntryInfo and every other entry type', async () => {
    const { inner, seen } = recorder();
    const entryTypes = new Map<string, unknown>([
      ['.mdx', mdx],
      ['.yaml', yaml],
    ]);
    await frontMatterOnly(inner).load({ collection: 'centers', entryTypes } as unknown as LoaderContext);
    const passed = (seen[0] as unknown as { entryTypes: Map<string, Record<string, unknown>> }).entryTypes;
    expect(Object.keys(passed.get('.mdx')!).sort()).toEqual(['extensions', 'getEntryInfo']);
    expect((passed.get('.mdx')!.getEntryInfo as () => { data: unknown })().data).toEqual({ slug: 'x' });
    expect(passed.get('.yaml')).toBe(yaml);
    expect(entryTypes.get('.mdx')).toBe(mdx); // Astro's own map is not modified
    expect(seen[0]!.collection).toBe('centers');
  });

  it('steps aside when Astro passes no entry types', async () => {
    const { inner, seen } = recorder();
    const context = { collection: 'regions' } as unknown as LoaderContext;
    await frontMatterOnly(inner).load(context);
    expect(seen[0]).toBe(context);
    expect(frontMatterOnly(inner).name).toBe('inner');
  });
});
