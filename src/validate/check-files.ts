// Validate stage: check many files, spread over worker threads when there are enough to pay off.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RecordFile } from '../load/list-records.js';
import { checkFile, type FileResult } from './check-file.js';

/** Below this many files a worker's start-up (~30 ms) costs more than it saves. */
export const MIN_FILES_PER_WORKER = 1500;

export interface CheckFilesOptions {
  /** The bundled worker script; without it every file is checked on this thread. */
  workerUrl?: URL;
  /** Upper bound on threads, this one included. */
  threads?: number;
}

/** Results in the order of `files`. */
export async function checkFiles(files: readonly RecordFile[], options: CheckFilesOptions = {}): Promise<FileResult[]> {
  const threads = Math.min(options.threads ?? availableParallelism(), Math.floor(files.length / MIN_FILES_PER_WORKER));
  if (options.workerUrl === undefined || threads < 2) return files.map(checkFile);
  const size = Math.ceil(files.length / threads);
  const chunks: RecordFile[][] = [];
  for (let i = 0; i < files.length; i += size) chunks.push(files.slice(i, i + size));
  const [own, ...others] = chunks;
  const workerUrl = options.workerUrl;
  const pending = others.map((chunk) => runWorker(workerUrl, chunk));
  const mine = (own ?? []).map(checkFile);
  return mine.concat(...(await Promise.all(pending)));
}

function runWorker(url: URL, files: RecordFile[]): Promise<FileResult[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(url, { workerData: files });
    worker.once('message', (results: FileResult[]) => {
      resolve(results);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}
