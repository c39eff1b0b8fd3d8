// Validate stage: the worker thread that checks its share of the files (see check-files.ts).

import { parentPort, workerData } from 'node:worker_threads';
import type { RecordFile } from '../load/list-records.js';
import { checkShare } from './check-files.js';

void checkShare(workerData as RecordFile[]).then((results) => parentPort?.postMessage(results));
