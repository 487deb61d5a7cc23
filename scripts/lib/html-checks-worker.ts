// Worker thread for html-checks.ts: checks its share of a built site's pages and posts the problems back.
import { parentPort, workerData } from 'node:worker_threads';
import { checkFiles } from './html-checks.ts';

const { dist, files, full } = workerData as { dist: string; files: string[]; full?: string[] };
parentPort!.postMessage(await checkFiles(dist, files, full && new Set(full)));
