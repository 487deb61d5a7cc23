// What the journalist components (dates, cite box, JSON-LD, history, printed QR code) are told about the page they
// sit on, and the one lookup they share: the site data and that page's record.
import { siteData } from '../content/collections.ts';
import type { SiteData } from '../content/queries.ts';
import type { Lang } from '../i18n/langs.ts';
import { pageRecord, type PageKind, type PageRecord } from './citable.ts';
import { qrSvg } from './qr.ts';

export interface PageProps {
  kind: PageKind;
  slug: string;
  /** Language of the surrounding page; labels follow it, citations and dates are those of the 简体 page. */
  lang?: Lang;
}

/** The site data and the record of the page `kind`/`slug`; `site` is Astro.site. */
export async function pageContext(
  { kind, slug }: PageProps,
  site: URL | undefined,
): Promise<{ data: SiteData; record: PageRecord }> {
  if (!site) throw new Error('page-props: astro.config has no `site`, so pages have no permanent URL');
  const data = await siteData();
  return { data, record: pageRecord(data, kind, slug, site) };
}

/** A QR code of the page's permanent URL, labelled for screen readers, for printed pages. */
export const pageQr = (record: PageRecord) => qrSvg(record.url, `二维码：${record.title}的网页 ${record.url}`);
