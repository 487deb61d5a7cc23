// Checks on every built page's HTML: lang, title, description, one h1, alt on every image, a strict CSP, html-validate.
//
// html-validate runs with .htmlvalidate.json: its recommended and full-document presets, with these changes:
// - no-redundant-role off: FactList gives <table>/<tr>/<td> explicit roles on purpose, because its rows turn
//   into blocks on phones and some screen readers (Safari) drop table semantics when display changes.
// - long-title off: 70 characters is a search-snippet length, not validity or accessibility; a source page's
//   title is the article's full headline, which journalists cite and we must not shorten.
// - prefer-native-element allows role="region": the documented pattern for a labelled, focusable scroll box
//   around a wide table, and the map container; a named <section> would mean the same.
// - form-dup-name allows repeated checkbox names: a filter group (name="function" ×N) is meant to submit a list.
// - require-sri only for cross-origin resources: everything we load is our own, hashed by the CSP.
import { readFileSync, statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { htmlFiles, urlOf, type DistProblem } from './dist-checks.ts';
import { templateSample, withoutLargePages } from './html-sample.ts';
import { pagefindGlob, pagefindReads } from './pagefind-glob.ts';

const config = JSON.parse(readFileSync(new URL('../../.htmlvalidate.json', import.meta.url), 'utf8')) as ConfigData;

const attr = (tag: string, name: string): string | undefined => {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[2] ?? match[3] ?? match[4] ?? '') : undefined;
};
const hasAttr = (tag: string, name: string) => new RegExp(`\\s${name}(\\s|=|/?>)`, 'i').test(tag);

/**
 * The basics every page needs, from its HTML text: <html lang>, a non-empty <title> and meta description,
 * exactly one <h1>, an alt attribute on every <img> (alt="" is right for a decorative image), and a CSP <meta>
 * whose script-src allows no inline or eval'd code (hashes only).
 */
export function checkPageBasics(html: string, page: string): DistProblem[] {
  const problems: DistProblem[] = [];
  const add = (message: string) => problems.push({ page, message });
  const body = html.replace(/<script[\s\S]*?<\/script>/gi, '').replace(/<!--[\s\S]*?-->/g, '');
  const htmlTag = /<html\b[^>]*>/i.exec(body)?.[0];
  const lang = htmlTag ? attr(htmlTag, 'lang') : undefined;
  if (!lang?.trim()) add('has no <html lang="…">: screen readers would read it in the wrong language');
  else if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang))
    add(`has <html lang="${lang}">, which is not a language tag (e.g. zh-Hans, zh-Hant, en)`);
  const title = /<title>([\s\S]*?)<\/title>/i.exec(body)?.[1]?.trim();
  if (!title) add('has no <title> (or an empty one)');
  const description = [...body.matchAll(/<meta\b[^>]*>/gi)]
    .map((m) => m[0])
    .find((tag) => attr(tag, 'name')?.toLowerCase() === 'description');
  if (!description) add('has no <meta name="description">');
  else if (!attr(description, 'content')?.trim()) add('has an empty meta description');
  const h1s = body.match(/<h1\b/gi)?.length ?? 0;
  if (h1s !== 1) add(`has ${h1s} <h1> elements; a page needs exactly one, naming what it is about`);
  const csp = [...body.matchAll(/<meta\b[^>]*>/gi)]
    .map((m) => m[0])
    .find((tag) => attr(tag, 'http-equiv')?.toLowerCase() === 'content-security-policy');
  const scriptSrc = csp ? /script-src([^;]*)/.exec(attr(csp, 'content') ?? '')?.[1] : undefined;
  if (!csp) add('has no Content-Security-Policy <meta> (astro.config.mjs security.csp)');
  else if (!scriptSrc) add('has a Content-Security-Policy without script-src');
  else if (/'unsafe-inline'|'unsafe-eval'/.test(scriptSrc))
    add(
      `allows ${/'unsafe-inline'/.test(scriptSrc) ? "'unsafe-inline'" : "'unsafe-eval'"} scripts in its Content-Security-Policy`,
    );
  for (const img of body.matchAll(/<img\b[^>]*>/gi)) {
    if (!hasAttr(img[0], 'alt'))
      add(`has an <img> without alt (src="${attr(img[0], 'src') ?? '?'}"): describe it, or alt="" if it is decoration`);
  }
  return problems;
}

/** html-validate's findings for one page, one problem per message, with rule id and where. */
export async function validateHtml(validator: HtmlValidate, html: string, page: string): Promise<DistProblem[]> {
  const report = await validator.validateString(html, page);
  return report.results.flatMap((r) =>
    r.messages.map((m) => ({
      page,
      message: `html-validate ${m.ruleId}: ${m.message} (at ${m.selector ?? `line ${m.line}`})`,
    })),
  );
}

/** Both checks on a list of files (one worker's share, or all of them for a small site); html-validate only on `full` when given. */
export async function checkFiles(
  dist: string,
  files: readonly string[],
  full?: ReadonlySet<string>,
): Promise<DistProblem[]> {
  const validator = new HtmlValidate(config);
  const problems: DistProblem[] = [];
  for (const file of files) {
    const page = urlOf(dist, file);
    const html = readFileSync(file, 'utf8');
    problems.push(
      ...checkPageBasics(html, page),
      ...(!full || full.has(file) ? await validateHtml(validator, html, page) : []),
    );
    if (html.includes('data-pagefind-body') && !pagefindReads(relative(dist, file).split(sep).join('/')))
      problems.push({
        page,
        message: `is marked data-pagefind-body but Pagefind does not read it (glob ${pagefindGlob}): add its path to scripts/lib/pagefind-glob.ts, or it cannot be found by search`,
      });
  }
  return problems;
}

/**
 * Every page of a built site through both checks. html-validate takes tens of milliseconds a page, so a big
 * site is split over worker threads (one per core, at most four) to keep `npm run build` quick.
 */
export async function checkHtml(
  dist: string,
): Promise<{ problems: DistProblem[]; pages: number; validated: number; largeSkipped: string[] }> {
  const files = htmlFiles(dist);
  // Basics on every page; html-validate on every page too, except on very large sites: a spread of each template,
  // without the multi-megabyte list pages.
  const sample = templateSample(dist, files);
  const { keep: full, large } = sample
    ? withoutLargePages(sample, (f) => statSync(f).size)
    : { keep: undefined, large: [] };
  const largeSkipped = large.map((f) => urlOf(dist, f));
  const validated = full?.size ?? files.length;
  const workers = Math.min(availableParallelism(), 4, Math.ceil(files.length / 50));
  if (workers <= 1)
    return { problems: await checkFiles(dist, files, full), pages: files.length, validated, largeSkipped };
  const shares = Array.from({ length: workers }, (_, i) => files.filter((_, j) => j % workers === i));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<DistProblem[]>((resolveShare, reject) => {
          const worker = new Worker(new URL('./html-checks-worker.ts', import.meta.url), {
            workerData: { dist, files: share, full: full && share.filter((f) => full.has(f)) },
          });
          worker.once('message', resolveShare);
          worker.once('error', reject);
          worker.once('exit', (code) => code !== 0 && reject(new Error(`html-checks worker exited with ${code}`)));
        }),
    ),
  );
  const order = new Map(files.map((f, i) => [urlOf(dist, f), i]));
  return {
    problems: results.flat().sort((a, b) => (order.get(a.page) ?? 0) - (order.get(b.page) ?? 0)),
    pages: files.length,
    validated,
    largeSkipped,
  };
}
