// Builds a throwaway content tree: the valid base fixture with one case's files laid over it.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const fixtures = resolve(import.meta.dirname, '../fixtures');

/** Copies tests/fixtures/base and overlays tests/fixtures/malformed/<name>/ onto its content/ folder. */
export function treeWith(name?: string): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'linli-fixture-'));
  cpSync(join(fixtures, 'base'), root, { recursive: true });
  if (name) cpSync(join(fixtures, 'malformed', name), join(root, 'content'), { recursive: true });
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
