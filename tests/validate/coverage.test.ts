// Every problem id the tool can print is proven by a test that triggers it and checks its place.

import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../src/messages/index.js';

/** Ids whose triggers cannot live in a git fixture; the CLI tests make them at run time. */
const MADE_AT_TEST_TIME = new Set(['file-not-utf8', 'file-too-large', 'file-unreadable']);

/**
 * The schema layer's fallback for keywords the schemas do not use today, and the YAML reader's
 * for its IMPOSSIBLE errors and failures while building the values (src/load/yaml-errors.ts).
 */
const FALLBACKS = new Set(['schema-invalid', 'yaml-syntax']);

describe('rule coverage', () => {
  const ids = Object.keys(CATALOGUES.en);

  it.each(ids.filter((id) => !MADE_AT_TEST_TIME.has(id) && !FALLBACKS.has(id)))('%s has a fixture workspace', (id) => {
    expect(existsSync(`tests/fixtures/rules/${id}/expected.json`) || existsSync(`tests/fixtures/files/${id}/expected.json`)).toBe(true);
  });

  it('both languages describe the same ids', () => {
    expect(Object.keys(CATALOGUES.ru).sort()).toEqual(ids.sort());
  });
});
