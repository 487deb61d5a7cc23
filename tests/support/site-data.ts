// Site data for tests, from content trees on disk: read the way the validator reads them and turned into a SiteData
// by the same siteDataFrom() the pages use, so tests need no stand-in for astro:content.
import { resolve } from 'node:path';
import { loadContentTree, siteDataFromTree } from '../../src/lib/content/tree.node.ts';
import type { SiteData } from '../../src/lib/content/queries.ts';

/** The repository root, which holds the real content/. */
export const repoRoot = resolve(import.meta.dirname, '../..');

/**
 * A fresh SiteData of the trees rooted at `roots` (default: the real content), merged into one site. Each call
 * reads the files again, so a test may change its copy without touching another test's.
 */
export function siteDataOf(...roots: string[]): SiteData {
  const trees = (roots.length ? roots : [repoRoot]).map((root) => ({ root, tree: loadContentTree(root) }));
  for (const { root, tree } of trees)
    if (tree.problems.length)
      throw new Error(`${root}: ${tree.problems.length} content problems, first: ${JSON.stringify(tree.problems[0])}`);
  return siteDataFromTree({ entries: trees.flatMap(({ tree }) => tree.entries) });
}
