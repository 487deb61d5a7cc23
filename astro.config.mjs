// Astro configuration: static output, MDX, Tailwind 4 through its Vite plugin, lossless HTML compression.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://linli-ditu.example.org',
  // OUT_DIR and CACHE_DIR let tests and benchmarks build other content roots side by side.
  outDir: process.env.OUT_DIR ?? 'dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Astro 7's default ('jsx') drops whitespace between inline elements, so Pagefind indexed glued words
  // like "长者食堂日间照料". `true` removes only whitespace that cannot change the rendered text.
  compressHTML: true,
  integrations: [mdx()],
  vite: { plugins: [tailwindcss()] },
});
