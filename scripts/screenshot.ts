// CLI: screenshots of built pages at phone and desktop widths, for a person to look at (npm run screenshots).
import { mkdirSync } from 'node:fs';
import { contexts, launchBrowser, useCjkFont } from './lib/browser.ts';
import { cliArgs } from './lib/cli-args.ts';
import { serveStatic } from './lib/static-server.ts';

const {
  positionals: paths,
  values: { elder = false, full = false },
} = cliArgs({
  name: 'screenshots',
  usage: `usage: npm run screenshots [-- /path/ …] [--full] [--elder]

  Screenshots of built pages (default: / and /centers/anping/) at phone and desktop width into screenshots/.
  --full   the whole page, not only the first screen
  --elder  with 长辈模式 on`,
  options: { full: { type: 'boolean' }, elder: { type: 'boolean' } },
  positionals: Infinity,
});
const outDir = 'screenshots';
mkdirSync(outDir, { recursive: true });
const server = await serveStatic();
const browser = await launchBrowser();
let count = 0;
for (const path of paths.length ? paths : ['/', '/centers/anping/']) {
  for (const [name, options] of Object.entries(contexts)) {
    // The CSP would block the injected test font; screenshots are for looking, not for testing the CSP.
    const context = await browser.newContext({ ...options, bypassCSP: true });
    const page = await context.newPage();
    await useCjkFont(page);
    if (elder) await page.addInitScript(() => localStorage.setItem('elder-mode', 'on'));
    await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    const file = `${outDir}/${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${name}${elder ? '-elder' : ''}.png`;
    await page.screenshot({ path: file, fullPage: full });
    console.log(`screenshot: ${file}`);
    await context.close();
    count++;
  }
}
await browser.close();
await server.close();
console.log(`screenshots: ${count} written to ${outDir}/`);
