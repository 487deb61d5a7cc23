// 繁體 for search: the set of characters only traditional Chinese uses (so the page knows when to load the
// converter) and the tw→cn converter itself, both from OpenCC's tables. The page imports the converter lazily.
import { ConverterFactory } from 'opencc-js/core';
import fromTw from 'opencc-js/from/tw';
import toCn from 'opencc-js/to/cn';
import tsCharacters from 'opencc-js/dict/TSCharacters';
import twVariantsRev from 'opencc-js/dict/TWVariantsRev';

let chars: string | undefined;

/**
 * Every single character OpenCC's tw→cn tables change (about 3,200). Build time only: the page embeds it as a
 * string (≈10 KB) and loads the converter (≈50 KB gzipped) only when a query contains one of them.
 */
export function traditionalCharacters(): string {
  if (chars) return chars;
  const candidates = new Set<string>();
  for (const table of [tsCharacters, twVariantsRev]) {
    for (const entry of table.split('|')) {
      const from = entry.split(' ')[0];
      if (from && [...from].length === 1) candidates.add(from);
    }
  }
  // Keep only characters the whole tw→cn chain changes: 裡 (→裏→里) is traditional, 吃 (→喫→吃) is not.
  return (chars = [...candidates].filter((ch) => toSimplified(ch) !== ch).join(''));
}

let converter: ((text: string) => string) | undefined;

/** 繁體 (Taiwan standard, incl. variants such as 裡/着) → 简体, phrase-aware. */
export function toSimplified(text: string): string {
  converter ??= ConverterFactory(fromTw, toCn);
  return converter(text);
}
