// CLI: creates a valid center file from flags, or asks for each field when run in a terminal (not with --no-input).
import { resolve } from 'node:path';
import { runNewCenter } from './lib/new-center.ts';

const result = await runNewCenter(process.argv.slice(2), {
  root: resolve(process.env.CONTENT_ROOT ?? '.'),
  today: new Date().toISOString().slice(0, 10),
  ...(process.stdin.isTTY ? { prompt: { input: process.stdin, output: process.stdout } } : {}),
});
(result.exitCode ? console.error : console.log)(result.report);
process.exit(result.exitCode);
