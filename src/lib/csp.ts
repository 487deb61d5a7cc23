// The Content-Security-Policy: one list used by astro.config.mjs (meta tag), public/_headers and the tests.

import { basemap } from '../config/map.ts';
import type { ResolvedBasemap } from './map/codec.ts';
import { resolveBasemap } from './map/tiles.ts';

/** The origins a basemap's tile URLs point at, one per {s} subdomain: 'https://t{s}.x.cn/…' with '01' → two origins. */
export function tileOriginsOf(resolved: ResolvedBasemap): string[] {
  if (resolved.kind !== 'tiles') return [];
  const origins = resolved.layers.flatMap((layer) => {
    const subs = layer.url.includes('{s}') ? [...(layer.subdomains || '')] : [''];
    return subs.map((s) => new URL(layer.url.replace('{s}', s).replace(/\{[a-z]+\}/g, '0')).origin);
  });
  return [...new Set(origins)].sort();
}

/**
 * Map tile hosts the browser may load images from (img-src), from the basemap chosen in src/config/map.ts
 * (none by default: then no outside host at all). The tests let no other outside host through.
 */
export const tileOrigins: readonly string[] = tileOriginsOf(resolveBasemap(basemap, process.env));

/**
 * Directives for the <meta http-equiv="content-security-policy"> that Astro writes into every page.
 * Astro adds script-src and style-src itself, with a hash for every script and style it emits.
 * - connect-src 'self': Pagefind fetches its index and wasm; the map fetches its GeoJSON.
 * - worker-src 'self': Pagefind 1.4+ runs search in /pagefind/pagefind-worker.js (same origin, no blob: needed).
 * - img-src data:: Leaflet and Pagefind use small data: URI icons.
 */
export function cspDirectives(tiles: readonly string[] = tileOrigins): string[] {
  return [
    "default-src 'self'",
    `img-src 'self' data: ${tiles.join(' ')}`.trim(),
    "connect-src 'self'",
    "font-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
}

/** script-src sources besides Astro's hashes: Pagefind compiles WebAssembly, which needs 'wasm-unsafe-eval'. */
export const scriptResources = ["'self'", "'wasm-unsafe-eval'"];

/**
 * Directives a <meta> CSP cannot carry (frame-ancestors) or that must hold even before the meta is parsed.
 * They go into public/_headers for Netlify / Cloudflare Pages; they never allow more than the meta does,
 * because a browser enforces both policies.
 */
export const headerOnlyDirectives = [
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** One block of a Netlify / Cloudflare Pages `_headers` file: a path pattern and the headers it sets. */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

/** Parses `_headers`: a pattern line at column 0, then indented `Name: value` lines; # starts a comment. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const match = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!match || !rule)
      throw new Error(`_headers line ${i + 1}: expected "  Name: value" under a path, got "${line}"`);
    rule.headers[match[1]!] = match[2]!.trim();
  }
  return rules;
}

/** The headers a host would send for a path: every matching rule, later ones overriding ('*' matches anything). */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    const pattern = new RegExp(`^${rule.pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    if (pattern.test(path)) Object.assign(out, rule.headers);
  }
  return out;
}
