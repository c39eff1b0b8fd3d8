// CLI: the table of output formats of `mentor validate`.

import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';
import type { ReportFormatter } from './types.js';

export const FORMATTERS: Readonly<Record<string, ReportFormatter>> = {
  text: formatText,
  json: formatJson,
  github: formatGithub,
  junit: formatJunit,
  sarif: formatSarif,
};
