// All checks on a built site, in one place, so the build, tests and people get the same answer.
import { loadContentTree } from './content-files.ts';
import { checkLinks, checkPagesExist, type DistProblem } from './dist-checks.ts';
import { checkHtml } from './html-checks.ts';

export async function checkDist(dist: string, contentRoot: string): Promise<{ problems: DistProblem[]; summary: string }> {
  const tree = loadContentTree(contentRoot);
  const expected = tree.entries.map((e) => `/${e.collection}/${e.id}/`);
  const links = checkLinks(dist);
  const missing = checkPagesExist(dist, expected);
  const html = await checkHtml(dist);
  const problems = [...missing, ...links.problems, ...html.problems];
  return { problems, summary: `${links.pages} pages, ${links.links} internal links, ${expected.length} content pages expected, ${html.pages} pages checked for lang, title, description, h1, alt, ${html.validated === html.pages ? 'all' : `${html.validated} (every template)`} html-validated` };
}
