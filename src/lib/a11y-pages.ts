// Groups a built site's URLs into page types by URL shape, so quality gates sample every type, even ones added later.

/** Path prefixes that are translations of the site: /en/centers/x/ is its own type, not "/en/*". */
export const localePrefixes = ['en', 'zh-hant'] as const;

/**
 * The type of a page, from its URL: the first segment (after a locale prefix) names the section, every
 * deeper segment is a slug. '/' → '/', '/centers/' → '/centers/', '/centers/anping/' → '/centers/*\/',
 * '/en/exhibits/x/' → '/en/exhibits/*\/', '/404.html' → '/404.html'.
 */
export function pageType(url: string): string {
  const path = url.split(/[?#]/)[0]!;
  const trailing = path.endsWith('/');
  const segments = path.split('/').filter(Boolean);
  const prefix =
    segments.length && (localePrefixes as readonly string[]).includes(segments[0]!.toLowerCase())
      ? [segments.shift()!]
      : [];
  const [section, ...rest] = segments;
  const parts = [...prefix, ...(section ? [section, ...rest.map(() => '*')] : [])];
  if (!parts.length) return '/';
  return `/${parts.join('/')}${trailing ? '/' : ''}`;
}

export interface BuiltPage {
  url: string;
  /** Size of the HTML file: the sample takes the biggest page of a type, the one with the most on it. */
  bytes: number;
}

/**
 * One page per type (or `perType`: the biggest, then the smallest, then the next biggest …), in a stable order.
 * Biggest first because it carries the most components; smallest second because it shows the empty states.
 */
export function samplePages(pages: readonly BuiltPage[], perType = 1): { type: string; url: string }[] {
  const groups = new Map<string, BuiltPage[]>();
  for (const page of pages) groups.set(pageType(page.url), [...(groups.get(pageType(page.url)) ?? []), page]);
  const out: { type: string; url: string }[] = [];
  for (const [type, members] of [...groups.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const bySize = [...members].sort((a, b) => b.bytes - a.bytes || a.url.localeCompare(b.url));
    const picked: BuiltPage[] = [];
    while (picked.length < Math.min(perType, bySize.length)) {
      picked.push(picked.length % 2 === 0 ? bySize.shift()! : bySize.pop()!);
    }
    out.push(...picked.map((p) => ({ type, url: p.url })));
  }
  return out;
}
