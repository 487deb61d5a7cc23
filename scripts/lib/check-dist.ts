// All checks on a built site, in one place, so the build, tests and people get the same answer.
import { loadContentTree, type ContentTree } from '../../src/lib/content/tree.node.ts';
import { checkLinks, checkPagesExist, type DistProblem } from './dist-checks.ts';
import { checkHtml } from './html-checks.ts';
import { largePageBytes } from './html-sample.ts';

/**
 * `tree` is the content the site was built from; the build passes the one it has just validated (reading 20,000
 * files again costs 10–20 s at 10,000 centers), a standalone check loads it from `contentRoot`.
 */
export async function checkDist(
  dist: string,
  contentRoot: string,
  tree: Pick<ContentTree, 'entries'> = loadContentTree(contentRoot),
): Promise<{ problems: DistProblem[]; summary: string }> {
  const expected = tree.entries.map((e) => `/${e.collection}/${e.id}/`);
  // The HTML checks run in worker threads: start them first, then check links on this thread meanwhile.
  const htmlRun = checkHtml(dist);
  const links = checkLinks(dist);
  const missing = checkPagesExist(dist, expected);
  const html = await htmlRun;
  const problems = [...missing, ...links.problems, ...html.problems];
  const validated = html.validated === html.pages ? 'all' : `${html.validated} (every template)`;
  const large = html.largeSkipped.length
    ? `; ${html.largeSkipped.length} list page${html.largeSkipped.length > 1 ? 's' : ''} over ${largePageBytes / 2 ** 20} MB not html-validated (${html.largeSkipped.slice(0, 3).join(', ')}${html.largeSkipped.length > 3 ? ', …' : ''})`
    : '';
  return {
    problems,
    summary: `${links.pages} pages, ${links.links} internal links, ${expected.length} content pages expected, ${html.pages} pages checked for lang, title, description, h1, alt, ${validated} html-validated${large}`,
  };
}
