// CLI: the options every command takes (before or after its name), as main() parses them.

import type { Lang } from '../messages/catalogue.js';

export interface GlobalOptions {
  workspace?: string;
  lang: Lang;
  color: boolean;
}
