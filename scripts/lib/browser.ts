// Launches the Chromium that @sparticuz/chromium ships (no download step), headless, for tests and screenshots.
import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const dropped = new Set(['--single-process', '--disable-web-security', '--allow-running-insecure-content']);

const cjkFontDir = resolve('node_modules/@embedpdf/fonts-sc/fonts');

/**
 * A fontconfig file that adds one Simplified Chinese system font (Noto Sans Hans Regular, OFL, from an npm package)
 * to the machine's own fonts. Fresh machines here have no CJK font at all, and then Chromium searches every font
 * for every Chinese character it lays out: at 4x CPU throttling that made the /map/ page's layouts take seconds,
 * a cost no reader's phone (all of which have CJK fonts) pays. The benchmarks time pages with this font.
 */
function cjkFontConfig(): string {
  const font = join(cjkFontDir, 'NotoSansHans-Regular.otf');
  if (!existsSync(font)) throw new Error(`${font} is missing: run \`npm install\` (devDependency @embedpdf/fonts-sc)`);
  const dir = join(tmpdir(), 'neighborhood-fontconfig');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${cjkFontDir}</dir>
  <cachedir>${join(dir, 'cache')}</cachedir>
  <selectfont>
    <acceptfont><glob>${font}</glob></acceptfont>
    <rejectfont><glob>${cjkFontDir}/*</glob></rejectfont>
  </selectfont>
</fontconfig>
`,
  );
  return file;
}

/**
 * Headless Chromium; `cjkFont` gives it a Chinese system font (see cjkFontConfig), as the benchmarks use. Tests
 * leave it to the environment: CJK_FONT=1 runs a suite the way readers' devices lay text out (`npm run test:e2e:cjk`).
 */
export async function launchBrowser({ cjkFont = process.env.CJK_FONT === '1' } = {}): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? (await chromium.executablePath());
  return playwright.launch({
    executablePath,
    headless: true,
    // The package's defaults are for serverless: one process (a closed context kills the browser) and web
    // security off (CSP and CORS would go untested). Drop those and keep the rest.
    args: [
      ...chromium.args.filter((a) => !dropped.has(a.split('=')[0]!)),
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-quic',
    ],
    ...(cjkFont ? { env: { ...process.env, FONTCONFIG_FILE: cjkFontConfig() } } : {}),
  });
}

/** Hosts a page may contact while testing: loopback only. Anything else is recorded as a leak. */
export function trackForeignRequests(page: Page, allowedOrigin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith(allowedOrigin)) return;
    foreign.push(url);
  });
  return foreign;
}

/** Console errors and uncaught exceptions, so a test can assert there are none. */
export function trackConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  return errors;
}

const fontPackage = resolve('node_modules/@fontsource/noto-sans-sc');

/**
 * A CJK font for screenshots: fresh machines have none, and Chinese would render as boxes.
 * The page gets Noto Sans SC (from an npm package) as a web font, served by request routing,
 * so no system install and no outside request is needed.
 */
export async function useCjkFont(page: Page): Promise<void> {
  if (!existsSync(fontPackage)) return;
  await page.route('**/__test-font/**', async (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^.*__test-font\//, '');
    const file = resolve(fontPackage, path);
    if (!file.startsWith(fontPackage) || !existsSync(file)) return route.fulfill({ status: 404 });
    await route.fulfill({ body: readFileSync(file), contentType: file.endsWith('.css') ? 'text/css' : 'font/woff2' });
  });
  await page.addInitScript(() => {
    const add = () => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = '/__test-font/400.css';
      document.head.append(link);
      const style = document.createElement('style');
      style.textContent = 'html,body,body *{font-family:"Noto Sans SC",sans-serif!important}';
      document.head.append(style);
    };
    if (document.head) add();
    else document.addEventListener('DOMContentLoaded', add);
  });
}

export const contexts: Record<string, BrowserContextOptions> = {
  phone: {
    viewport: { width: 360, height: 780 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  },
  desktop: { viewport: { width: 1280, height: 900 }, locale: 'zh-CN' },
};
