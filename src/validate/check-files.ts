// Validate stage: check many files, spread over worker threads when there are enough to pay off.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RecordFile } from '../load/list-records.js';
import { loadYamlParse } from '../load/parse-record.js';
import { checkFile, checkText, type FileResult, type NeedsYaml } from './check-file.js';

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
  if (options.workerUrl === undefined || threads < 2) return checkShare(files);
  // Dealt round-robin: files of one kind sit together and differ in size (a route is ten times a
  // teacher), so contiguous halves would leave one thread waiting for the other.
  const shares: RecordFile[][] = Array.from({ length: threads }, () => []);
  files.forEach((file, i) => shares[i % threads]!.push(file));
  const [own, ...others] = shares;
  const workerUrl = options.workerUrl;
  const pending = others.map((share) => runWorker(workerUrl, share));
  const results = [await checkShare(own ?? []), ...(await Promise.all(pending))];
  return files.map((_, i) => results[i % threads]![Math.floor(i / threads)]!);
}

/** Checks files on this thread, loading the full YAML reader only if some file needs it. */
export async function checkShare(files: readonly RecordFile[]): Promise<FileResult[]> {
  const results = files.map((file) => checkFile(file));
  if (!results.some(needsYaml)) return results as FileResult[];
  const withYaml = await loadYamlParse();
  return results.map((result, i) => (needsYaml(result) ? (checkText(files[i]!, result.text, withYaml) as FileResult) : result));
}

function needsYaml(result: FileResult | NeedsYaml): result is NeedsYaml {
  return 'text' in result;
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
