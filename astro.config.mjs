// Astro configuration: static output, MDX, Tailwind 4 through its Vite plugin, lossless HTML compression.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { cspDirectives, scriptResources } from './src/lib/csp.ts';
import sitemap from './src/integrations/sitemap.ts';
import citeFiles from './src/integrations/cite-files.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://linli-ditu.example.org',
  // OUT_DIR and CACHE_DIR let tests and benchmarks build other content roots side by side.
  outDir: process.env.OUT_DIR ?? 'dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Astro 7's default ('jsx') drops whitespace between inline elements, so Pagefind indexed glued words
  // like "长者食堂日间照料". `true` removes only whitespace that cannot change the rendered text.
  compressHTML: true,
  // Shiki colours code with inline style attributes, which the CSP blocks; the site has no code blocks to colour.
  markdown: { syntaxHighlight: false },
  // sitemap(): sitemap.xml from the pages actually built, lastmod from git; citeFiles(): each page's cite.bib/.ris/.json.
  integrations: [mdx(), sitemap(), citeFiles()],
  vite: { plugins: [tailwindcss()] },
  // CSP as a <meta> in every page, with hashes of the scripts and styles Astro emits (src/lib/csp.ts says why each source).
  security: { csp: { directives: [...cspDirectives()], scriptDirective: { resources: scriptResources } } },
});
