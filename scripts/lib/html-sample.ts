// Picks which built pages get the slow full HTML validation on a large site: every template, a few pages of each.
import { relative, sep } from 'node:path';

/** Up to this many pages, every page is validated in full (the real site today has a few hundred). */
export const fullValidationLimit = 3000;
/** Pages validated per template on a larger site. */
export const perTemplate = 40;
/**
 * On a large site, pages above this size are left out of the sample. Lists that grow with the site (every
 * service for everyone, every fact citing one source) reach several MB at 10,000 centers, and html-validate
 * takes about 5 s per MB: a handful of them cost more than the rest of the checks. Their templates are the same
 * at any size and are validated in full on every site up to `fullValidationLimit` pages (the real site, in
 * every `npm test`), and the basic checks still run on them.
 */
export const largePageBytes = 1024 * 1024;
/** A folder with more sub-folders than this holds one page per entry (centers, regions …), not named pages. */
const entryFolderMin = 20;

/**
 * Pages made from the same template share their markup, so html-validate on a spread of each template's pages
 * finds what it would find on all of them, at a fraction of the cost: at 10,000 centers the site has ~70,000
 * pages and full validation (tens of ms each) would take longer than the whole build may.
 * A template is the page's path with entry folders folded: /centers/x/print/ → /centers/*\/print/.
 * Returns undefined (validate everything) for sites up to `fullValidationLimit` pages.
 */
export function templateSample(
  dist: string,
  files: readonly string[],
  limit = fullValidationLimit,
  each = perTemplate,
): Set<string> | undefined {
  if (files.length <= limit) return undefined;
  const parts = files.map((f) => relative(dist, f).split(sep));
  // How many different sub-folders each folder has: many means its children are entries, one per slug.
  const children = new Map<string, Set<string>>();
  for (const p of parts)
    for (let i = 0; i < p.length - 1; i++) {
      const parent = p.slice(0, i).join('/');
      (children.get(parent) ?? children.set(parent, new Set()).get(parent)!).add(p[i]!);
    }
  const groups = new Map<string, string[]>();
  files.forEach((file, k) => {
    const p = parts[k]!;
    const key = p
      .map((segment, i) =>
        i < p.length - 1 && (children.get(p.slice(0, i).join('/'))?.size ?? 0) > entryFolderMin ? '*' : segment,
      )
      .join('/');
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(file);
  });
  const chosen = new Set<string>();
  for (const group of groups.values()) {
    if (group.length <= each) {
      for (const f of group) chosen.add(f);
      continue;
    }
    // An even spread, first and last included, so one odd entry at either end is not always missed.
    for (let i = 0; i < each; i++) chosen.add(group[Math.round((i * (group.length - 1)) / (each - 1))]!);
  }
  return chosen;
}

/** Splits a sample into the pages to validate and those over `maxBytes` (named in the build's summary). */
export function withoutLargePages(
  sample: ReadonlySet<string>,
  sizeOf: (file: string) => number,
  maxBytes = largePageBytes,
): { keep: Set<string>; large: string[] } {
  const keep = new Set<string>();
  const large: string[] = [];
  for (const file of sample) {
    if (sizeOf(file) > maxBytes) large.push(file);
    else keep.add(file);
  }
  return { keep, large };
}
