// Checks over a built site: internal links and anchors resolve, and every content entry has its page.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface DistProblem {
  page: string;
  message: string;
}

export const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (name === 'pagefind') return [];
    return statSync(full).isDirectory() ? htmlFiles(full) : name.endsWith('.html') ? [full] : [];
  });

/** The URL path a built file is served at: dist/centers/x/index.html → /centers/x/. */
export const urlOf = (dist: string, file: string) =>
  `/${relative(dist, file).split('\\').join('/')}`.replace(/index\.html$/, '');

/** Which file serves a URL path, or undefined. */
export function fileFor(dist: string, path: string): string | undefined {
  const clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!);
  const candidates = clean.endsWith('/')
    ? [join(dist, clean, 'index.html')]
    : [join(dist, clean), join(dist, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

const attrPattern = /\s(?:href|src)="([^"]*)"/g;
const idPattern = /\sid="([^"]+)"/g;

/** Every internal href/src in every page points at a file that exists, and every #anchor at an id on that page. */
export function checkLinks(dist: string): { problems: DistProblem[]; pages: number; links: number } {
  const files = htmlFiles(dist);
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set([...readFileSync(file, 'utf8').matchAll(idPattern)].map((m) => m[1]!));
      ids.set(file, set);
    }
    return set;
  };
  // Most links repeat (navigation, breadcrumbs, region lists): resolve each path once, not once per link — at
  // 20,000 pages the existsSync/statSync calls were 40% of the check.
  const resolved = new Map<string, string | undefined>();
  const resolve = (path: string) =>
    resolved.has(path) ? resolved.get(path) : resolved.set(path, fileFor(dist, path)).get(path);
  const problems: DistProblem[] = [];
  let links = 0;
  for (const file of files) {
    const page = urlOf(dist, file);
    const html = readFileSync(file, 'utf8').replace(/<script[\s\S]*?<\/script>/g, '');
    for (const match of html.matchAll(attrPattern)) {
      const raw = match[1]!.replace(/&amp;/g, '&');
      if (/^(?:[a-z]+:|\/\/)/i.test(raw) || raw === '') continue;
      links++;
      const [pathPart, anchor] = raw.split('#');
      const target = pathPart ? resolve(new URL(pathPart, `http://x${page}`).pathname) : file;
      if (!target) {
        problems.push({ page, message: `links to ${raw}, which does not exist` });
        continue;
      }
      if (anchor && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(anchor)))
        problems.push({
          page,
          message: `links to #${anchor} on ${urlOf(dist, target)}, but there is no element with that id`,
        });
    }
  }
  return { problems, pages: files.length, links };
}

/** Every expected URL (e.g. /centers/<slug>/ for each center) was built. */
export function checkPagesExist(dist: string, urls: string[]): DistProblem[] {
  return urls.filter((url) => !fileFor(dist, url)).map((url) => ({ page: url, message: 'was not built' }));
}
