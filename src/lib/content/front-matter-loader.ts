// Wraps Astro's glob() loader so .mdx files are read for their front matter only, never compiled as MDX modules.
import type { ContentEntryType } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';

/**
 * Every page here uses entry data and none renders an MDX body (exhibits keep all text in front matter; centers
 * have none). Yet the MDX entry type makes Astro compile and bundle each .mdx file as a module so that `render()`
 * could be called: at 10,000 centers that bundling was the largest single step of `astro build` and ~1.7 GB of
 * its peak memory. Handing glob() an .mdx entry type without the render hooks keeps its reading, ids, digests,
 * caching and dev-server file watching exactly as they are. To render MDX bodies one day, drop this wrapper.
 *
 * `entryTypes` is what Astro passes its own glob() loader; it is not in the public LoaderContext type, so when a
 * future Astro stops passing it, the wrapper steps aside and the build is merely slower, not wrong.
 */
export function frontMatterOnly(inner: Loader): Loader {
  return {
    ...inner,
    load: (context: LoaderContext) => {
      const types = (context as LoaderContext & { entryTypes?: Map<string, ContentEntryType> }).entryTypes;
      const mdx = types?.get('.mdx');
      if (!types || !mdx) return inner.load(context);
      const dataOnly: ContentEntryType = { extensions: mdx.extensions, getEntryInfo: mdx.getEntryInfo.bind(mdx) };
      return inner.load({ ...context, entryTypes: new Map(types).set('.mdx', dataOnly) } as LoaderContext);
    },
  };
}
