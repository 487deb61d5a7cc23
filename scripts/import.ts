// CLI: imports a spreadsheet (CSV UTF-8) of centers and services into content/ — dry run unless --write.
import { runImport } from './lib/import-centers.ts';

const result = runImport(process.argv.slice(2), {
  cwd: process.cwd(),
  ...(process.env.CONTENT_ROOT ? { CONTENT_ROOT: process.env.CONTENT_ROOT } : {}),
});
(result.exitCode ? console.error : console.log)(result.report);
process.exit(result.exitCode);
