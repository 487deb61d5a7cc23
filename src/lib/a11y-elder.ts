// 长辈模式 (elder mode) constants and the tiny <head> script that applies the saved choice before first paint.

/** localStorage key; scripts/screenshot.ts and the tests set it too. Values: 'on' | 'off'. */
export const ELDER_KEY = 'elder-mode';
/** Class on <html> that switches every 长辈模式 rule in src/styles/elder.css. */
export const ELDER_CLASS = 'elder';
/** Class on <html> once scripts run: the toggle is hidden without JavaScript, where it could not work. */
export const JS_CLASS = 'js';

/**
 * Runs synchronously in <head>, before the body is parsed, so an elder-mode reader never sees the small page
 * flash first. Kept to one statement; its SHA-256 goes into the page's CSP (see ElderHead.astro), so any change
 * here changes the hash automatically. try/catch: localStorage throws in some private modes.
 */
export const elderHeadScript =
  "(function(d){d.classList.add('js');try{if(localStorage.getItem('elder-mode')==='on')d.classList.add('elder')}catch(e){}})(document.documentElement)";
// A plain literal (not built from the constants above) so the client bundle doesn't carry it; a unit test
// checks that it uses ELDER_KEY, ELDER_CLASS and JS_CLASS.

/** The toggle's label in the page's language (its accessible name: it never changes, aria-pressed carries the state). */
export const elderLabel = { 'zh-Hans': '长辈模式', 'zh-Hant': '長輩模式', en: 'Elder mode' } as const;
export type ElderLang = keyof typeof elderLabel;

/** The stored choice as a boolean; anything but 'on' (missing, 'off', garbage) is normal mode. */
export const isElderValue = (stored: string | null | undefined): boolean => stored === 'on';
