// CLI: the language of a run. `settings.lang` of mentor.yaml decides; where the workspace is
// silent (or there is none), --lang; without it the locale (LC_ALL, then LC_MESSAGES, then LANG):
// English when it names English, Russian otherwise — also when it names no language at all
// (unset, C, POSIX, C.UTF-8: CI runners, Windows), since the tool is for Russian kindergartens.

import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { RECORD_SCHEMA } from '../load/core-schema.js';
import { CONFIG_FILE, findWorkspace } from '../load/find-workspace.js';
import type { Lang } from '../messages/catalogue.js';
import type { Workspace } from '../model/workspace.js';
import type { GlobalOptions } from './global-options.js';
import type { Io } from './io.js';

/** The language of the locale: the first of LC_ALL, LC_MESSAGES, LANG that is set decides. */
export function langFromLocale(env: NodeJS.ProcessEnv): Lang {
  const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  return /^en([_.@-]|$)/i.test(locale) ? 'en' : 'ru';
}

/** The value of an option in the raw arguments (`--lang en`, `--lang=en`, `-w dir`), if given. */
function optionValue(argv: readonly string[], long: string, short?: string): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === long || arg === short) value = argv[i + 1];
    else if (arg.startsWith(`${long}=`)) value = arg.slice(long.length + 1);
  }
  return value;
}

/** `--lang` of the command line, when it names a language. */
export function langFromArgv(argv: readonly string[]): Lang | undefined {
  const value = optionValue(argv, '--lang');
  return value === 'ru' || value === 'en' ? value : undefined;
}

/** Larger than any real mentor.yaml; a bigger one is not read just to choose a language. */
const MAX_CONFIG_BYTES = 1 << 20;

/**
 * `settings.lang` of the workspace the command line points at (--workspace, else the nearest
 * mentor.yaml upward), read before anything else so that help and usage errors speak it too.
 * Nothing when there is no workspace or its mentor.yaml cannot say: the checks report that later.
 */
export function langFromConfig(argv: readonly string[], io: Pick<Io, 'cwd'>): Lang | undefined {
  try {
    const found = findWorkspace(io.cwd, optionValue(argv, '--workspace', '-w'));
    if (!('root' in found)) return undefined;
    const file = join(found.root, CONFIG_FILE);
    // Not a FIFO or a device, which could block the read or never end.
    const stat = statSync(file);
    if (!stat.isFile() || stat.size > MAX_CONFIG_BYTES) return undefined;
    // js-yaml, which every run loads anyway: `yaml` would add its start-up to every command.
    const config: unknown = load(readFileSync(file, 'utf8'), { schema: RECORD_SCHEMA });
    const settings: unknown = config !== null && typeof config === 'object' ? (config as Record<string, unknown>)['settings'] : undefined;
    const lang: unknown = settings !== null && typeof settings === 'object' ? (settings as Record<string, unknown>)['lang'] : undefined;
    return lang === 'ru' || lang === 'en' ? lang : undefined;
  } catch {
    return undefined;
  }
}

/** The language of a run before its options are parsed: settings.lang, --lang, the locale. */
export function langOfRun(argv: readonly string[], io: Pick<Io, 'cwd' | 'env'>): Lang {
  return langFromConfig(argv, io) ?? langFromArgv(argv) ?? langFromLocale(io.env);
}

/**
 * Sets `globals.lang` from the workspace's `settings.lang` when it has one (record format 1.1),
 * as the workspace was read (at --rev, the revision's): --lang and the locale decide only where
 * the workspace is silent.
 */
export function applyWorkspaceLang(globals: GlobalOptions, ws: Workspace): void {
  const lang = ws.config?.value.settings?.lang;
  if (lang === 'ru' || lang === 'en') globals.lang = lang;
}
