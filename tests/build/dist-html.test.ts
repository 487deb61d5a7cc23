// The dist checks catch what they promise: every rule in html-checks.ts fails on a page made to break it,
// and the check-dist pipeline (which `npm run build` runs on the real site) reports them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPageBasics } from '../../scripts/lib/html-checks.ts';
import { checkDist } from '../../scripts/lib/check-dist.ts';

const csp = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='">`;
const page = (head: string, body: string, lang = 'zh-Hans') =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>安平社区</title>${head}</head><body><main>${body}</main></body></html>`;
const good = page(
  `<meta name="description" content="安平社区邻里中心">${csp}`,
  '<h1>安平社区</h1><img src="/a.png" alt="安平社区外景">',
);

describe('checkPageBasics', () => {
  it('passes a complete page', () => {
    expect(checkPageBasics(good, '/ok/')).toEqual([]);
  });
  it.each([
    ['a missing lang', good.replace(' lang="zh-Hans"', ''), /html lang/],
    ['a bad lang', good.replace('lang="zh-Hans"', 'lang="Chinese simplified"'), /not a language tag/],
    ['a missing title', good.replace('<title>安平社区</title>', ''), /<title>/],
    ['an empty title', good.replace('<title>安平社区</title>', '<title> </title>'), /<title>/],
    ['a missing description', good.replace(/<meta name="description"[^>]*>/, ''), /meta name="description"/],
    ['an empty description', good.replace('content="安平社区邻里中心"', 'content=""'), /empty meta description/],
    ['no h1', good.replace(/<h1>.*<\/h1>/, ''), /0 <h1>/],
    ['two h1', good.replace('</main>', '<h1>又一个</h1></main>'), /2 <h1>/],
    ['an img without alt', good.replace(' alt="安平社区外景"', ''), /without alt.*\/a\.png/],
    ['no CSP', good.replace(csp, ''), /Content-Security-Policy/],
    ['inline scripts allowed', good.replace("'wasm-unsafe-eval'", "'unsafe-inline'"), /'unsafe-inline'/],
  ])('reports %s', (_, html, message) => {
    const problems = checkPageBasics(html, '/bad/');
    expect(problems.map((p) => p.message).join('\n')).toMatch(message);
    expect(problems.every((p) => p.page === '/bad/')).toBe(true);
  });
  it('accepts alt="" (decorative) and ignores <img> inside scripts', () => {
    const html = good
      .replace('alt="安平社区外景"', 'alt=""')
      .replace('</main>', '<script>const t = "<img src=x>";</script></main>');
    expect(checkPageBasics(html, '/ok/')).toEqual([]);
  });
});

describe('check-dist runs the HTML checks and html-validate', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'dist-html-'));
    mkdirSync(join(root, 'dist', 'bad'), { recursive: true });
    writeFileSync(join(root, 'dist', 'index.html'), good);
    writeFileSync(join(root, 'dist', 'a.png'), '');
    // Invalid HTML html-validate must catch: a duplicate id and a <div> inside a <p>.
    writeFileSync(
      join(root, 'dist', 'bad', 'index.html'),
      good.replace('<h1>安平社区</h1>', '<h1 id="x">安平社区</h1><p id="x"><div>块</div></p>'),
    );
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reports invalid HTML on the page it is on, with the rule id', async () => {
    const { problems, summary } = await checkDist(join(root, 'dist'), root);
    const messages = problems.map((p) => `${p.page} ${p.message}`);
    expect(messages.some((m) => m.startsWith('/bad/ html-validate no-dup-id'))).toBe(true);
    expect(
      messages.some(
        (m) => m.startsWith('/bad/ html-validate') && /<div>|element-permitted-content|close-order/.test(m),
      ),
    ).toBe(true);
    expect(messages.filter((m) => m.startsWith('/ '))).toEqual([]);
    expect(summary).toMatch(/html-validated/);
  });
});
