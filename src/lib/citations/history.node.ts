// Change history of the content files, read with ONE `git log` for the whole content/ tree and parsed once per build.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { collections, type CollectionName } from '../../schemas/index.ts';
import { groupBy } from '../content/queries.ts';
import { chinaDay } from './citation.ts';

/** Where each collection's files live (from the collections table), as git log names them: folder with its slash. */
export const historyCollections = Object.fromEntries(
  Object.entries(collections).map(([name, { dir, ext }]) => [name, { dir: `${dir}/`, ext }]),
) as Record<CollectionName, { dir: string; ext: string }>;
export type HistoryCollection = CollectionName;

export interface Commit {
  hash: string;
  /** Committer date, ISO 8601 with offset, as git prints it. */
  date: string;
  /** The committer date's calendar day in China, YYYY-MM-DD. */
  day: string;
  author: string;
  subject: string;
  /** Content entries the commit touched, as `collection/slug` keys. */
  entries: string[];
  /** A shallow clone's boundary commit: git lists the whole tree as "added" there, so it says nothing about when files changed. */
  boundary: boolean;
}

export interface ContentHistory {
  /** `ok`: full history; `shallow`: history cut off by a shallow clone; `unavailable`: no git or no repository. */
  status: 'ok' | 'shallow' | 'unavailable';
  /** Why history is partial or missing, for the pages to say so. */
  reason?: string;
  /** Newest first, boundary commits excluded. */
  commits: Commit[];
  byEntry: Map<string, Commit[]>;
}

export interface EntryHistory {
  /** The newest commit that touched the file, or undefined when unknown (no git, uncommitted, or cut off). */
  lastChanged?: Commit | undefined;
  commits: Commit[];
  /** True when older changes may be missing (shallow clone). */
  truncated: boolean;
  status: ContentHistory['status'];
  reason?: string | undefined;
}

const RECORD = '\x1e';
const FIELD = '\x1f';
/** One record per commit: hash, parents, committer date, author, subject; then the touched paths. */
export const gitLogFormat = `${RECORD}%H${FIELD}%P${FIELD}%cI${FIELD}%an${FIELD}%s`;

/** `content/centers/anping.mdx` → `centers/anping`; undefined for files that are not content entries. */
export function entryKeyOf(path: string): string | undefined {
  for (const [collection, { dir, ext }] of Object.entries(historyCollections)) {
    if (!path.startsWith(dir) || !path.endsWith(ext)) continue;
    const name = path.slice(path.lastIndexOf('/') + 1, -ext.length);
    if (name.startsWith('_') || name.startsWith('.')) return undefined;
    return `${collection}/${name}`;
  }
  return undefined;
}

/** Parses `git log --format=<gitLogFormat> --name-only` output. `boundaries` are a shallow clone's cut-off commits. */
export function parseGitLog(text: string, boundaries: ReadonlySet<string> = new Set()): Commit[] {
  const commits: Commit[] = [];
  for (const record of text.split(RECORD)) {
    if (!record.trim()) continue;
    const newline = record.indexOf('\n');
    const header = newline < 0 ? record : record.slice(0, newline);
    const [hash, , date, author, ...subject] = header.split(FIELD);
    if (!hash || !date) continue;
    const entries = new Set<string>();
    for (const line of newline < 0 ? [] : record.slice(newline + 1).split('\n')) {
      const key = line.trim() && entryKeyOf(line.trim());
      if (key) entries.add(key);
    }
    commits.push({
      hash,
      date,
      day: chinaDay(new Date(date)),
      author: author ?? '',
      subject: subject.join(FIELD),
      entries: [...entries],
      boundary: boundaries.has(hash),
    });
  }
  return commits;
}

/** Groups commits by entry, newest first, leaving out boundary commits. */
export function indexHistory(commits: Commit[], status: ContentHistory['status'], reason?: string): ContentHistory {
  const kept = commits.filter((c) => !c.boundary);
  const commitsWithContent = kept.filter((c) => c.entries.length > 0);
  return {
    status,
    ...(reason ? { reason } : {}),
    commits: commitsWithContent,
    byEntry: groupBy(kept, (c) => c.entries),
  };
}

/** The .git directory above `root` (a worktree's `.git` file points at it), or undefined. */
function gitDirOf(root: string): string | undefined {
  for (let dir = resolve(root); ; dir = dirname(dir)) {
    const dotGit = join(dir, '.git');
    if (existsSync(dotGit)) {
      if (statSync(dotGit).isDirectory()) return dotGit;
      const pointer = /^gitdir:\s*(.+)$/m.exec(readFileSync(dotGit, 'utf8'));
      return pointer ? resolve(dir, pointer[1]!.trim()) : undefined;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** Hashes where a shallow clone was cut off (git keeps them in `.git/shallow`). */
function shallowBoundaries(root: string): Set<string> {
  const gitDir = gitDirOf(root);
  const file = gitDir && [join(gitDir, 'shallow'), join(gitDir, '..', '..', 'shallow')].find((f) => existsSync(f));
  return new Set(file ? readFileSync(file, 'utf8').split(/\s+/).filter(Boolean) : []);
}

/**
 * Reads the history of `<root>/content/` with one `git log`. Never throws: without git, outside a repository or on
 * any git error it returns status `unavailable` and every page says "unknown".
 */
export function readContentHistory(root: string): ContentHistory {
  const result = spawnSync(
    'git',
    [
      '-c',
      'core.quotePath=false',
      '-C',
      root,
      'log',
      '--no-color',
      '--relative',
      `--format=${gitLogFormat}`,
      '--name-only',
      '--',
      'content',
    ],
    { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } },
  );
  if (result.error)
    return indexHistory(
      [],
      'unavailable',
      `git could not run (${(result.error as NodeJS.ErrnoException).code ?? result.error.message})`,
    );
  if (result.status !== 0) {
    const why = result.stderr.split('\n').find((l) => l.trim()) ?? `git exited with ${result.status}`;
    return indexHistory([], 'unavailable', why.replace(/^fatal:\s*/, ''));
  }
  const boundaries = shallowBoundaries(root);
  const commits = parseGitLog(result.stdout, boundaries);
  const shallow = commits.some((c) => c.boundary);
  return indexHistory(
    commits,
    shallow ? 'shallow' : 'ok',
    shallow ? 'shallow clone: changes before the cut-off are not in this copy of the repository' : undefined,
  );
}

const cache = new Map<string, ContentHistory>();

/** The content history for this build (CONTENT_ROOT or the working directory), read once per process. */
export function contentHistory(root: string = process.env.CONTENT_ROOT ?? '.'): ContentHistory {
  const key = resolve(root);
  let history = cache.get(key);
  if (!history) {
    history = readContentHistory(key);
    cache.set(key, history);
  }
  return history;
}

/** History of one entry, e.g. entryHistory(h, 'centers', 'anping'). */
export function entryHistory(history: ContentHistory, collection: HistoryCollection, slug: string): EntryHistory {
  const commits = history.byEntry.get(`${collection}/${slug}`) ?? [];
  return {
    lastChanged: commits[0],
    commits,
    truncated: history.status === 'shallow',
    status: history.status,
    reason: history.reason,
  };
}
