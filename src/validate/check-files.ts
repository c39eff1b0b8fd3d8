// Validate stage: check many files, one after another on this thread.
//
// Worker threads were tried: at 10,000 teachers they saved nothing measurable on two shared cores
// (js-yaml made each file cheap), cost 50 MiB of memory and a second bundle, and a worker that
// died on a pathological file took the run with it.

import type { RecordFile } from '../load/list-records.js';
import { loadYamlParse } from '../load/parse-record.js';
import { checkFile, checkText, type FileResult, type NeedsYaml } from './check-file.js';

/** Results in the order of `files`; the full YAML reader is loaded only if some file needs it. */
export async function checkFiles(files: readonly RecordFile[]): Promise<FileResult[]> {
  const results = files.map((file) => checkFile(file));
  if (!results.some(needsYaml)) return results as FileResult[];
  const withYaml = await loadYamlParse();
  return results.map((result, i) => (needsYaml(result) ? (checkText(files[i]!, result.text, withYaml) as FileResult) : result));
}

function needsYaml(result: FileResult | NeedsYaml): result is NeedsYaml {
  return 'text' in result;
}
