// Safe writing for imports: an import-hash marker to spot hand edits, and all-or-nothing atomic file writes.
import { createHash } from 'node:crypto';
import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Every file the importer writes carries, as a YAML comment on the first line of its front matter, a hash of
 * the rest of the file. If the hash still matches, nobody has touched the file since the import and it may be
 * replaced; if it does not (or there is no marker — the file was written by hand), it was edited and the
 * importer refuses without --force. This works without git (new content is often uncommitted) and survives
 * copying the tree around; YAML ignores comments, so Astro and the validator never see it.
 */
const markerPattern = /^# imported by `npm run import` from (.+?) · import-hash: ([0-9a-f]{16})\. .*\n/m;

const hashOf = (text: string) =>
  createHash('sha256').update(text.replace(/\r\n/g, '\n'), 'utf8').digest('hex').slice(0, 16);

const withoutMarker = (text: string) => text.replace(markerPattern, '');

/** Adds the marker right after the opening `---` of a front-matter file. */
export function stampImport(text: string, from: string): string {
  if (!text.startsWith('---\n')) throw new Error('stampImport expects a file that starts with front matter');
  const marker = `# imported by \`npm run import\` from ${from.replace(/[\r\n·]/g, ' ')} · import-hash: ${hashOf(text)}. Edit freely: the next import will then ask for --force before replacing this file.\n`;
  return `---\n${marker}${text.slice(4)}`;
}

export type Provenance = 'imported' | 'edited' | 'hand-made';

/** Whether a file on disk is exactly as an import wrote it, was edited since, or never came from an import. */
export function provenance(text: string): Provenance {
  const m = markerPattern.exec(text.replace(/\r\n/g, '\n'));
  if (!m) return 'hand-made';
  return hashOf(withoutMarker(text.replace(/\r\n/g, '\n'))) === m[2] ? 'imported' : 'edited';
}

/** The file as it would be without the marker, to compare content regardless of which CSV stamped it. */
export const unstamped = (text: string) => withoutMarker(text.replace(/\r\n/g, '\n'));

/** The few fs calls a write needs, injectable so tests can make the Nth write fail. */
export interface WriteFs {
  writeFileSync: (path: string, data: string) => void;
  renameSync: (from: string, to: string) => void;
  rmSync: (path: string, options: { force: boolean }) => void;
  mkdirSync: (path: string, options: { recursive: boolean }) => unknown;
  readdirSync: (path: string) => string[];
}

export const realFs: WriteFs = {
  writeFileSync: (p, d) => nodeFs.writeFileSync(p, d, 'utf8'),
  renameSync: nodeFs.renameSync,
  rmSync: nodeFs.rmSync,
  mkdirSync: nodeFs.mkdirSync,
  readdirSync: (p) => nodeFs.readdirSync(p),
};

const tempSuffix = '.import-tmp';
/** Temp files start with a dot and do not end in .mdx/.yaml, so neither Astro nor the validator ever reads one. */
export const tempPathFor = (target: string) =>
  join(dirname(target), `.${basename(target)}.${process.pid}${tempSuffix}`);

/** Removes temp files a killed import may have left in these folders. */
export function removeStaleTemps(dirs: string[], fs: WriteFs = realFs): string[] {
  const removed: string[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names)
      if (name.startsWith('.') && name.endsWith(tempSuffix)) {
        fs.rmSync(join(dir, name), { force: true });
        removed.push(join(dir, name));
      }
  }
  return removed;
}

export class WriteError extends Error {
  readonly written: string[];
  constructor(message: string, written: string[]) {
    super(message);
    this.written = written;
  }
}

/**
 * Writes every file or none: first each text goes to a temp file in its target's folder (same file system,
 * so the rename is atomic); only when all temp files exist are they renamed over their targets. A failure
 * while writing temps removes them and leaves every target untouched. A failure during the renames (rare:
 * a rename within a folder does not run out of space) leaves each target either wholly old or wholly new,
 * names the ones already replaced, and removes the remaining temps.
 */
export function writeAtomically(files: { path: string; text: string }[], fs: WriteFs = realFs): string[] {
  const temps: { temp: string; target: string }[] = [];
  const cleanup = (from = 0) => {
    for (const t of temps.slice(from)) {
      try {
        fs.rmSync(t.temp, { force: true });
      } catch {
        // Best effort: a temp we cannot remove is still never read as content (see tempPathFor).
      }
    }
  };
  try {
    for (const file of files) {
      fs.mkdirSync(dirname(file.path), { recursive: true });
      const temp = tempPathFor(file.path);
      temps.push({ temp, target: file.path });
      fs.writeFileSync(temp, file.text);
    }
  } catch (error) {
    cleanup();
    throw new WriteError(
      `could not write ${temps.at(-1)?.target ?? 'a file'} (${(error as Error).message}); nothing was changed`,
      [],
    );
  }
  const written: string[] = [];
  for (let k = 0; k < temps.length; k++) {
    try {
      fs.renameSync(temps[k]!.temp, temps[k]!.target);
      written.push(temps[k]!.target);
    } catch (error) {
      cleanup(k);
      throw new WriteError(
        `could not replace ${temps[k]!.target} (${(error as Error).message}); ${written.length} of ${temps.length} files were replaced whole, the rest are unchanged`,
        written,
      );
    }
  }
  return written;
}
