// npm ci refuses a lock that names optional platform packages without recording them: keep the lock complete.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { missingOptional, type Lockfile } from '../../scripts/lib/lockfile.ts';

describe('package-lock.json', () => {
  it('records every optional platform package it names, so `npm ci` works on a fresh machine', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lockfile;
    const missing = missingOptional(lock).map((m) => m.path);
    expect(missing, 'run `npm run lock:complete` after changing dependencies').toEqual([]);
  });

  it('finds a missing platform package and accepts one recorded at an ancestor', () => {
    const lock: Lockfile = {
      packages: {
        '': {},
        'node_modules/pagefind': {
          optionalDependencies: { '@pagefind/linux-x64': '1.6.0', '@pagefind/darwin-arm64': '1.6.0' },
        },
        'node_modules/@pagefind/linux-x64': { version: '1.6.0' },
      },
    };
    expect(missingOptional(lock)).toEqual([
      { path: 'node_modules/@pagefind/darwin-arm64', name: '@pagefind/darwin-arm64', spec: '1.6.0' },
    ]);
  });
});
