// CLI: how a path is shown — relative to the current folder when inside it, else absolute.

import { relative, sep } from 'node:path';

export function displayPath(cwd: string, path: string): string {
  const shown = relative(cwd, path);
  if (shown === '') return '.';
  return shown.startsWith('..') ? path : shown.split(sep).join('/');
}
