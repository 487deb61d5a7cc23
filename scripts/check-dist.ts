// CLI: checks a built site (default dist/) and prints one line per problem and a summary; exit 1 on any.
import { resolve } from 'node:path';
import { checkDist } from './lib/check-dist.ts';
import { folderArg } from './lib/cli-args.ts';

const usage =
  'usage: npm run check:dist [-- DIST]\n\n  DIST  the built site (default: $OUT_DIR or dist/); built from the content in $CONTENT_ROOT or the current folder';
const dist = folderArg({ name: 'check:dist', usage }, process.env.OUT_DIR ?? 'dist');
const { problems, summary } = await checkDist(dist, resolve(process.env.CONTENT_ROOT ?? '.'));
for (const p of problems) console.error(`${p.page}: ${p.message}`);
if (problems.length) {
  console.error(`check-dist: ${problems.length} problem${problems.length > 1 ? 's' : ''} — ${summary}`);
  process.exit(1);
}
console.log(`check-dist: OK — ${summary}`);
