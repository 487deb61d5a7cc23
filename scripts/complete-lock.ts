// CLI: records other platforms' optional packages in package-lock.json so `npm ci` accepts it (run after npm install).
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { missingOptional, platformOf, type Lockfile } from './lib/lockfile.ts';

const file = 'package-lock.json';
const lock = JSON.parse(readFileSync(file, 'utf8')) as Lockfile;
const missing = missingOptional(lock);
const unknown: string[] = [];
for (const { path, name, spec } of missing) {
  const platform = platformOf(name);
  if (!platform) {
    unknown.push(`${name}@${spec}`);
    continue;
  }
  // os/cpu make npm ci skip the package on other machines; no integrity, as it is never downloaded here.
  lock.packages[path] = { version: spec.replace(/^[\^~=]/, ''), optional: true, ...platform };
  console.log(
    `complete-lock: recorded ${path}@${spec} (${[platform.os, platform.cpu, platform.libc].flat().filter(Boolean).join(' ')})`,
  );
}
if (unknown.length) {
  console.error(
    `complete-lock: cannot tell the platform of ${unknown.join(', ')}: run npm install again or record it by hand`,
  );
  process.exit(1);
}
const sorted = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(`${file}.tmp`, `${JSON.stringify({ ...lock, packages: sorted }, null, 2)}\n`);
renameSync(`${file}.tmp`, file);
console.log(`complete-lock: ${missing.length} optional platform package${missing.length === 1 ? '' : 's'} recorded`);
