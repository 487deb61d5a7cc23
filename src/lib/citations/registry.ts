// Hands each rendered page's citation to the post-build step that writes cite.bib/.ris/.json, without re-reading content.
import type { CitablePage } from './citation.ts';

/**
 * Astro renders pages and runs integration hooks in one Node process, but from two module graphs (the page bundle
 * and the config), so a module-level variable would not be shared: a registered global symbol is.
 */
const key = Symbol.for('linli-ditu.citable-pages');
type Registry = Map<string, { path: string; page: CitablePage }>;
const registry = (): Registry => ((globalThis as Record<symbol, unknown>)[key] ??= new Map()) as Registry;

/** Called by CiteBox while a page renders: the files next to `path` must hold this citation. */
export function registerCitation(path: string, page: CitablePage): void {
  registry().set(path, { path, page });
}

/** Every registered citation, emptying the registry (a dev server or a second build starts clean). */
export function takeRegisteredCitations(): { path: string; page: CitablePage }[] {
  const list = [...registry().values()];
  registry().clear();
  return list;
}
