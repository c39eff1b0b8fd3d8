// CLI: the language a workspace asks for — `settings.lang` of mentor.yaml wins over --lang and the locale.

import type { Workspace } from '../model/workspace.js';
import type { GlobalOptions } from './global-options.js';

/**
 * Sets `globals.lang` from the workspace's `settings.lang` when it has one (record format 1.1):
 * --lang and LANG/LC_* decide only where the workspace is silent. Messages before the workspace
 * is read (usage errors, a missing workspace) keep the language of the options.
 */
export function applyWorkspaceLang(globals: GlobalOptions, ws: Workspace): void {
  const lang = ws.config?.value.settings?.lang;
  if (lang === 'ru' || lang === 'en') globals.lang = lang;
}
