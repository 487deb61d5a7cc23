// /changes.xml: Atom feed of the newest content changes, for journalists and anyone following the data.
import type { APIRoute } from 'astro';
import { siteData } from '../lib/content/collections.ts';
import { atomFeed, siteChanges } from '../lib/citations/changes.ts';
import { contentHistory } from '../lib/citations/history.node.ts';
import { siteName } from '../lib/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = await siteData();
  const body = atomFeed(siteChanges(data, contentHistory()), {
    site: site!,
    title: `${siteName} · 修改记录`,
    author: siteName,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
