// Load stage: parse the YAML text of one record — the fast reader first, `yaml` for the rest.

import type { Problem } from '../validate/problem.js';
import { BAIL, fastParseYaml } from './fast-yaml.js';

export type Parsed = { value: Record<string, unknown> } | { problems: Problem[] };

export type YamlParse = (text: string, rel: string) => Parsed;

/**
 * Parses a record. Without `withYaml`, returns undefined for a text the fast reader leaves to
 * `yaml`, so that the caller can load `yaml` once (see loadYamlParse) and come back.
 */
export function parseRecord(text: string, rel: string, withYaml?: YamlParse): Parsed | undefined {
  const fast = fastParseYaml(text);
  if (fast !== BAIL) return { value: fast };
  return withYaml?.(text, rel);
}

export async function loadYamlParse(): Promise<YamlParse> {
  return (await import('./parse-record-yaml.js')).parseWithYaml;
}
