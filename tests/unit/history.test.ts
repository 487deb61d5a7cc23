// Reading content history from git: one log for the tree, per-entry dates, and graceful answers without full history.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  entryHistory,
  entryKeyOf,
  gitLogFormat,
  parseGitLog,
  readContentHistory,
} from '../../src/lib/citations/history.node.ts';
import { lastmodOf } from '../../src/integrations/sitemap.ts';

const work = mkdtempSync(join(tmpdir(), 'history-test-'));
const repo = join(work, 'repo');
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Commits with fixed dates so the expected days are known: UTC 20:00 on the 1st is the 2nd in China. */
const commit = (message: string, date: string) =>
  execFileSync('git', ['commit', '-q', '-m', message], {
    cwd: repo,
    env: {
      ...process.env,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
      GIT_AUTHOR_NAME: 'Editor',
      GIT_AUTHOR_EMAIL: 'e@example.invalid',
      GIT_COMMITTER_NAME: 'Editor',
      GIT_COMMITTER_EMAIL: 'e@example.invalid',
    },
  });
const write = (path: string, text: string) => {
  mkdirSync(join(repo, path, '..'), { recursive: true });
  writeFileSync(join(repo, path), text);
};

beforeAll(() => {
  mkdirSync(repo);
  git(repo, 'init', '-q', '-b', 'main');
  write('content/centers/anping.mdx', '---\nslug: anping\n---\n');
  write('content/regions/anhai.yaml', 'slug: anhai\n');
  write('README.md', 'not content\n');
  git(repo, 'add', '.');
  commit('First centers and regions', '2026-01-01T20:00:00+00:00');
  write('content/centers/anping.mdx', '---\nslug: anping\nname: x\n---\n');
  git(repo, 'add', '.');
  commit('安平社区：补充服务项目', '2026-03-05T02:00:00+00:00');
  write('README.md', 'still not content\n');
  git(repo, 'add', '.');
  commit('Docs only', '2026-04-01T02:00:00+00:00');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('entryKeyOf', () => {
  it('maps content files to collection/slug and ignores everything else', () => {
    expect(entryKeyOf('content/centers/anping.mdx')).toBe('centers/anping');
    expect(entryKeyOf('content/regions/fujian/anhai.yaml')).toBe('regions/anhai');
    expect(entryKeyOf('content/centers/_template.mdx')).toBeUndefined();
    expect(entryKeyOf('content/centers/anping.yaml')).toBeUndefined();
    expect(entryKeyOf('src/pages/index.astro')).toBeUndefined();
  });
});

describe('parseGitLog', () => {
  it('parses records, keeps subjects with odd characters and days in China time', () => {
    const text = `\x1eabc\x1fdef\x1f2026-01-01T20:00:00+00:00\x1fEditor\x1fFix: 50% of "x"\n\ncontent/centers/anping.mdx\nREADME.md\n`;
    const [c] = parseGitLog(text);
    expect(c).toMatchObject({
      hash: 'abc',
      day: '2026-01-02',
      subject: 'Fix: 50% of "x"',
      entries: ['centers/anping'],
      boundary: false,
    });
    expect(gitLogFormat).toContain('%H');
  });
});

describe('readContentHistory on a real repository', () => {
  it('gives each entry its commits, newest first, and skips commits that touched no content', () => {
    const history = readContentHistory(repo);
    expect(history.status).toBe('ok');
    expect(history.commits.map((c) => c.subject)).toEqual(['安平社区：补充服务项目', 'First centers and regions']);
    const anping = entryHistory(history, 'centers', 'anping');
    expect(anping.commits).toHaveLength(2);
    expect(anping.lastChanged?.day).toBe('2026-03-05');
    expect(anping.lastChanged?.subject).toBe('安平社区：补充服务项目');
    expect(entryHistory(history, 'regions', 'anhai').lastChanged?.day).toBe('2026-01-02');
    expect(entryHistory(history, 'centers', 'nowhere').lastChanged).toBeUndefined();
  });

  it('gives the sitemap the last change of a content page, and nothing for other pages', () => {
    const history = readContentHistory(repo);
    expect(lastmodOf(history, '/centers/anping/')).toBe('2026-03-05T02:00:00+00:00');
    expect(lastmodOf(history, '/regions/anhai/')).toBe('2026-01-01T20:00:00+00:00');
    expect(lastmodOf(history, '/centers/nowhere/')).toBeUndefined();
    expect(lastmodOf(history, '/centers/anping/print/')).toBeUndefined();
    expect(lastmodOf(history, '/search/')).toBeUndefined();
  });

  it("does not date files from a shallow clone's cut-off commit, and says the history is truncated", () => {
    const shallow = join(work, 'shallow');
    git(work, 'clone', '-q', '--depth', '1', `file://${repo}`, shallow);
    const history = readContentHistory(shallow);
    expect(history.status).toBe('shallow');
    // The only commit in the clone lists every file as added; that says nothing about when anping changed.
    const anping = entryHistory(history, 'centers', 'anping');
    expect(anping.lastChanged).toBeUndefined();
    expect(anping.truncated).toBe(true);
  });

  it('returns "unavailable" outside a repository, without throwing', () => {
    const plain = join(work, 'plain');
    mkdirSync(join(plain, 'content/centers'), { recursive: true });
    const history = readContentHistory(plain);
    expect(history.status).toBe('unavailable');
    expect(history.reason).toMatch(/not a git repository/i);
    expect(entryHistory(history, 'centers', 'anping').lastChanged).toBeUndefined();
  });

  it('returns "unavailable" when git itself cannot run', () => {
    const saved = process.env.PATH;
    process.env.PATH = join(work, 'no-bin-here');
    try {
      const history = readContentHistory(repo);
      expect(history.status).toBe('unavailable');
      expect(history.reason).toMatch(/ENOENT/);
    } finally {
      process.env.PATH = saved;
    }
  });
});
