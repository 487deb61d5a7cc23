// Route helpers shared by the per-page files of centers, regions and exhibits: citation downloads and history pages.
import type { APIRoute } from 'astro';
import { siteData, type SiteData } from './content.ts';
import { citationFiles, type CitationFormat } from './citation.ts';
import { citableOf, pageRecord, type PageKind } from './citable.ts';

export const slugsOf = (data: SiteData, kind: PageKind): string[] =>
  kind === 'centers' ? data.centers.map((c) => c.slug) : kind === 'regions' ? data.regions.map((r) => r.slug) : data.exhibits.map((e) => e.slug);

/** getStaticPaths + GET for /<kind>/<slug>/cite.<bib|ris|json>. */
export function citeFileRoute(kind: PageKind) {
  const getStaticPaths = async () => {
    const data = await siteData();
    const formats = Object.keys(citationFiles) as CitationFormat[];
    return slugsOf(data, kind).flatMap((slug) => formats.map((format) => ({ params: { slug, format } })));
  };
  const GET: APIRoute = async ({ params, site }) => {
    const data = await siteData();
    const format = params.format as CitationFormat;
    const file = citationFiles[format];
    const page = citableOf(pageRecord(data, kind, String(params.slug), site!));
    return new Response(file.body(page), { headers: { 'Content-Type': file.type } });
  };
  return { getStaticPaths, GET };
}

/** getStaticPaths for /<kind>/<slug>/history/. */
export const historyPaths = (kind: PageKind) => async () => {
  const data = await siteData();
  return slugsOf(data, kind).map((slug) => ({ params: { slug } }));
};
