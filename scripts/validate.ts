// CLI: validates every content file and reference, prints every problem at once, exits 1 if any.
import { formatProblem } from '../src/schemas/errors.ts';
import { loadContentTree } from '../src/lib/content/tree.node.ts';
import { contentRootUsage, folderArg } from './lib/cli-args.ts';

const root = folderArg({ name: 'validate', usage: contentRootUsage('validate') }, process.env.CONTENT_ROOT ?? '.');
const tree = loadContentTree(root);
for (const problem of tree.problems) console.error(formatProblem(problem));
const counts = tree.entries.reduce<Record<string, number>>(
  (acc, e) => ({ ...acc, [e.collection]: (acc[e.collection] ?? 0) + 1 }),
  {},
);
const summary =
  Object.entries(counts)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ') || 'no entries';
if (tree.problems.length) {
  console.error(
    `\nvalidate: ${tree.problems.length} problem${tree.problems.length > 1 ? 's' : ''} in ${tree.fileCount} files — fix them and run \`npm run validate\` again`,
  );
  process.exit(1);
}
console.log(`validate: ${tree.fileCount} files OK (${summary})`);
