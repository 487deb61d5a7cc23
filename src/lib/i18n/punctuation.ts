// Punctuation that differs between the Chinese pages and the English ones.
import type { Lang } from './langs.ts';

/** The colon after a label: full-width in Chinese, ": " in English. */
export const colon = (lang: Lang) => (lang === 'en' ? ': ' : '：');
