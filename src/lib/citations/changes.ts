// The site-wide change list: commits that touched content, each with the pages it changed (titles and links).
import type { SiteData } from '../content/queries.ts';
import type { Commit, ContentHistory } from './history.node.ts';

export interface ChangedPage {
  key: string;
  title: string;
  /** Site path, or undefined when the entry no longer exists (deleted or renamed). */
  path?: string | undefined;
  kindLabel: string;
}

export interface Change {
  commit: Commit;
  pages: ChangedPage[];
}

const kindLabels: Record<string, string> = {
  centers: '邻里中心',
  regions: '地区',
  exhibits: '村史与展馆',
  sources: '资料来源',
};

/** Titles and paths of the entries a commit touched; deleted entries keep their key and get no link. */
export function changedPages(data: SiteData, commit: Commit): ChangedPage[] {
  const exhibits = new Map(data.exhibits.map((e) => [e.slug, e]));
  return commit.entries.map((key) => {
    const [kind, slug] = key.split('/') as [string, string];
    const title =
      kind === 'centers'
        ? data.centerBySlug.get(slug)?.name
        : kind === 'regions'
          ? data.regionBySlug.get(slug)?.name
          : kind === 'exhibits'
            ? exhibits.get(slug)?.title
            : data.sourceBySlug.get(slug)?.title;
    return {
      key,
      title: title ?? `${slug}（已删除或改名）`,
      path: title ? `/${kind}/${slug}/` : undefined,
      kindLabel: kindLabels[kind] ?? kind,
    };
  });
}

export const siteChanges = (data: SiteData, history: ContentHistory): Change[] =>
  history.commits.map((commit) => ({ commit, pages: changedPages(data, commit) }));

const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Atom 1.0 (RFC 4287) feed of the newest changes. Entry ids are tag URIs (RFC 4151) on the commit hash. */
export function atomFeed(
  changes: Change[],
  opts: { site: URL | string; title: string; author: string; limit?: number; now?: Date },
): string {
  const site = new URL('/', opts.site);
  const self = new URL('/changes.xml', site).href;
  const list = changes.slice(0, opts.limit ?? 50);
  const updated = list[0]?.commit.date ?? (opts.now ?? new Date()).toISOString();
  const year = (list.at(-1)?.commit.date ?? updated).slice(0, 4);
  const entries = list.map(({ commit, pages }) => {
    const link = new URL(`/changes/#c-${commit.hash.slice(0, 12)}`, site).href;
    const items = pages
      .map(
        (p) =>
          `<li>${p.path ? `<a href="${xml(new URL(p.path, site).href)}">${xml(p.title)}</a>` : xml(p.title)}（${xml(p.kindLabel)}）</li>`,
      )
      .join('');
    return [
      '  <entry>',
      `    <id>tag:${site.host},${year}:commit/${commit.hash}</id>`,
      `    <title>${xml(commit.subject)}</title>`,
      `    <updated>${commit.date}</updated>`,
      `    <link rel="alternate" type="text/html" href="${xml(link)}"/>`,
      `    <content type="html">${xml(`<p>修改了 ${pages.length} 个页面：</p><ul>${items}</ul>`)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-Hans">',
    `  <id>${xml(self)}</id>`,
    `  <title>${xml(opts.title)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(new URL('/changes/', site).href)}"/>`,
    `  <author><name>${xml(opts.author)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
