// /centers/<slug>/cite.bib, cite.ris and cite.json: the page's citation as a file for reference managers.
import { citeFileRoute } from '../../../lib/page-routes.ts';

const route = citeFileRoute('centers');
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
