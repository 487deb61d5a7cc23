// Browser-side accessibility checks shared by the e2e tests and `npm run audit`: axe-core, 长辈模式, 360 px layout, leaks.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { ELDER_CLASS, ELDER_KEY } from '../../src/lib/a11y-elder.ts';
import type { BuiltPage } from '../../src/lib/a11y-pages.ts';
import { htmlFiles, urlOf } from './dist-checks.ts';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Every HTML page of a built site, with its size (the sampler picks the biggest of each type). */
export const builtPages = (dist: string): BuiltPage[] =>
  htmlFiles(dist)
    .map((file) => ({ url: urlOf(dist, file), bytes: statSync(file).size }))
    .sort((a, b) => a.url.localeCompare(b.url));

/** WCAG 2.0–2.2 A and AA, plus axe's best practices (landmarks, heading order, one h1). */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export type Mode = 'normal' | 'elder';

export interface Violation {
  page: string;
  mode: Mode;
  viewport: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

export const formatViolation = (v: Violation) =>
  `${v.page} [${v.viewport}, ${v.mode}] ${v.rule} (${v.impact}): ${v.help} — ${v.targets.slice(0, 5).join(' | ')}${v.targets.length > 5 ? ` … +${v.targets.length - 5}` : ''}`;

/**
 * A context in one mode; 长辈模式 is chosen the way a resident would leave it: 'on' in localStorage.
 * With `axe`, axe-core is preloaded into every page as an init script: injected by DevTools, outside the page's
 * Content-Security-Policy (so the real policy stays on), and compiled once per renderer rather than per page.
 */
export async function modeContext(
  browser: Browser,
  options: BrowserContextOptions,
  mode: Mode,
  axe = false,
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  if (axe) await context.addInitScript(axeSource);
  if (mode === 'elder') {
    await context.addInitScript(`try { localStorage.setItem(${JSON.stringify(ELDER_KEY)}, 'on') } catch {}`);
  }
  return context;
}

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
  passes: { id: string }[];
  incomplete: { id: string }[];
}

/**
 * axe-core on the loaded page (preloaded by modeContext, or injected here with evaluate, which like the init
 * script bypasses the page's CSP where a <script> tag would be blocked). In 长辈模式 the AAA contrast rule
 * (7:1 for body text, 4.5:1 for large text) runs too.
 */
export async function runAxe(
  page: Page,
  mode: Mode,
  viewport: string,
  path: string,
): Promise<{ violations: Violation[]; ran: string[] }> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const result = (await page.evaluate(
    ([tags, enhanced]) =>
      // @ts-expect-error axe is the global the injected script defines
      window.axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        rules: enhanced ? { 'color-contrast-enhanced': { enabled: true } } : {},
        resultTypes: ['violations'],
      }),
    [axeTags, mode === 'elder'] as const,
  )) as AxeResult;
  const violations = result.violations.map((v) => ({
    page: path,
    mode,
    viewport,
    rule: v.id,
    impact: v.impact ?? 'unknown',
    help: v.help,
    targets: v.nodes.map((n) => n.target.map(String).join(' ')),
  }));
  return { violations, ran: [...result.passes, ...result.incomplete, ...result.violations].map((r) => r.id) };
}

export interface LayoutReport {
  scrollWidth: number;
  viewportWidth: number;
  elder: boolean;
  lang: string;
  baseFontPx: number;
  bodyFontPx: number;
  toggle: { found: boolean; visible: boolean; pressed: string | null; name: string };
  /** Where a sideways scroll comes from (empty when nothing overflows). */
  overflowing: string[];
  /** Standalone targets (not links inside a sentence) smaller than `minTarget` px either way. */
  smallTargets: string[];
}

/**
 * Layout facts the axe rules do not cover: horizontal overflow, the base font size, the toggle's state,
 * and target sizes (WCAG 2.5.8 exempts links inside running text, so those are skipped).
 */
export async function layoutReport(page: Page, minTarget: number): Promise<LayoutReport> {
  return page.evaluate(
    ([min, elderClass]) => {
      const describe = (el: Element) => {
        const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30);
        return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('href') ? `[href="${el.getAttribute('href')}"]` : ''} "${text}"`;
      };
      const visible = (el: Element) => {
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return (
          style.visibility !== 'hidden' &&
          style.display !== 'none' &&
          box.width > 0 &&
          box.height > 0 &&
          box.bottom > 0 &&
          box.right > 0
        );
      };
      // An inline link with other words in the same block is part of a sentence (WCAG 2.5.8's inline exception).
      const inSentence = (el: Element) => {
        if (getComputedStyle(el).display !== 'inline') return false;
        let block = el.parentElement;
        while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
        return !!block && (block.textContent ?? '').trim().length > (el.textContent ?? '').trim().length;
      };
      const small: string[] = [];
      const targets = document.querySelectorAll(
        'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])',
      );
      for (const el of targets) {
        if (!visible(el) || inSentence(el) || el.closest('[aria-hidden="true"], [inert]')) continue;
        if (el.matches('.skip-link') && document.activeElement !== el) continue;
        const box = el.getBoundingClientRect();
        if (box.width < min - 0.5 || box.height < min - 0.5)
          small.push(`${describe(el)} ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
      // The same small link repeated 40 times is one finding with a count.
      const counted = new Map<string, number>();
      for (const s of small) counted.set(s, (counted.get(s) ?? 0) + 1);
      // Where a sideways scroll starts: an element sticking out past a parent that fits, or the innermost
      // element whose own text (a long word, a URL, a nowrap cell) runs past its box.
      // clientWidth, not innerWidth: a mobile browser widens its layout viewport to fit content that overflows.
      const width = document.documentElement.clientWidth;
      const overflowing: string[] = [];
      if (document.documentElement.scrollWidth > width) {
        const label = (el: Element) =>
          `${describe(el)}${typeof el.className === 'string' && el.className ? ` .${el.className.split(' ').slice(0, 4).join('.')}` : ''}`;
        const clipped = (el: Element) => {
          for (let a = el.parentElement; a; a = a.parentElement)
            if (getComputedStyle(a).overflowX !== 'visible') return true;
          return false;
        };
        for (const el of document.body.querySelectorAll('*')) {
          if (overflowing.length >= 5 || el.closest('.sr-only') || clipped(el)) continue;
          const right = el.getBoundingClientRect().right;
          const parent = el.parentElement;
          if (right > width + 1 && parent && parent.getBoundingClientRect().right <= width + 1)
            overflowing.push(`${label(el)} sticks out to ${Math.round(right)} px`);
          else if (
            el.scrollWidth > el.clientWidth + 1 &&
            el.clientWidth > 0 &&
            getComputedStyle(el).overflowX === 'visible' &&
            ![...el.children].some((c) => c.clientWidth > 0 && c.scrollWidth > c.clientWidth + 1)
          )
            overflowing.push(`${label(el)} content is ${el.scrollWidth} px wide in a ${el.clientWidth} px box`);
        }
      }
      const toggle = document.querySelector('button[aria-pressed][data-elder-toggle]');
      return {
        scrollWidth: document.documentElement.scrollWidth,
        viewportWidth: width,
        elder: document.documentElement.classList.contains(elderClass),
        lang: document.documentElement.lang,
        baseFontPx: parseFloat(getComputedStyle(document.documentElement).fontSize),
        bodyFontPx: parseFloat(
          getComputedStyle(document.querySelector('main p, main li, main') ?? document.body).fontSize,
        ),
        toggle: {
          found: !!toggle,
          visible: !!toggle && visible(toggle),
          pressed: toggle?.getAttribute('aria-pressed') ?? null,
          name: (toggle?.textContent ?? '').trim(),
        },
        overflowing,
        smallTargets: [...counted].map(([s, n]) => (n > 1 ? `${s} (×${n})` : s)),
      };
    },
    [minTarget, ELDER_CLASS] as const,
  );
}

export interface PageWatch {
  consoleErrors: string[];
  foreignRequests: string[];
  cspViolations: () => Promise<string[]>;
}

/**
 * Records what must not happen while a page loads: console errors, requests to hosts other than the site and
 * the allowed tile hosts (tiles are answered locally with an empty image: the outside is unreachable here),
 * and Content-Security-Policy violations (collected in the page by an init script).
 */
export async function watchPage(page: Page, siteOrigin: string, tileOrigins: readonly string[]): Promise<PageWatch> {
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(String(err)));
  page.on('request', (req) => {
    const url = req.url();
    if (/^(data|blob|about):/.test(url) || url.startsWith(siteOrigin) || tileOrigins.some((o) => url.startsWith(o)))
      return;
    foreignRequests.push(url);
  });
  for (const origin of tileOrigins) {
    await page.route(`${origin}/**`, (route) =>
      route.fulfill({ status: 200, contentType: 'image/png', body: emptyPng }),
    );
  }
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  return {
    consoleErrors,
    foreignRequests,
    cspViolations: () => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []),
  };
}

/** A 1×1 transparent PNG, the stand-in for map tiles. */
export const emptyPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

/** A center page read with JavaScript off: its heading, body text and cite box are all in the HTML. */
export async function readableWithoutJs(
  browser: Browser,
  origin: string,
  path: string,
): Promise<{ ok: boolean; detail: string }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${origin}${path}`);
  const facts = await page.evaluate(() => ({
    h1: document.querySelector('h1')?.textContent?.trim() ?? '',
    text: document.querySelector('main')?.innerText.length ?? 0,
    cite: !!document.querySelector('#cite'),
  }));
  await context.close();
  const ok = facts.h1.length > 0 && facts.text > 300 && facts.cite;
  return {
    ok,
    detail: `h1 "${facts.h1.slice(0, 20)}", ${facts.text} characters of text, cite box ${facts.cite ? 'present' : 'missing'}`,
  };
}
