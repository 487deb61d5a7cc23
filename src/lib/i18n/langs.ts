// The site's three reading languages, their URL prefixes and how pages in one link to the same page in another.
export const langs = ['zh-Hans', 'zh-Hant', 'en'] as const;
export type Lang = (typeof langs)[number];

/** 简体 is the source language and lives at the root; the others get a prefix. */
export const langPrefix: Record<Lang, string> = { 'zh-Hans': '', 'zh-Hant': '/zh-hant', en: '/en' };

/** Each language named in itself, as a reader looks for it in a switch. */
export const nativeName: Record<Lang, string> = { 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', en: 'English' };

/** The language a page path is in, from its prefix. */
export function langOfPath(path: string): Lang {
  if (path === '/zh-hant' || path.startsWith('/zh-hant/')) return 'zh-Hant';
  if (path === '/en' || path.startsWith('/en/')) return 'en';
  return 'zh-Hans';
}

/** The same page in another language: `/exhibits/x/` → `/en/exhibits/x/`. `path` is the 简体 path. */
export const localPath = (lang: Lang, path: string) => `${langPrefix[lang]}${path}`;

export interface Alternate {
  lang: Lang;
  href: string;
  /** The page's title in that language, shown in the switch so a reader recognises the page. */
  title?: string | undefined;
}

/** One alternate per language for a page that exists in all three, titled where titles are given. */
export const alternatesOf = (path: string, titles: Partial<Record<Lang, string>> = {}): Alternate[] =>
  langs.map((lang) => ({ lang, href: localPath(lang, path), title: titles[lang] }));
