// Unit tests of parseRecord: js-yaml first, the `yaml` reader only for what js-yaml might read differently.

import { describe, expect, it } from 'vitest';
import { loadYamlParse, parseRecord, type Parsed, type YamlParse } from '../../src/load/parse-record.js';
import { parseWithYaml } from '../../src/load/parse-record-yaml.js';

const PLAIN = 'teacher: ivanova-ma\nyear: 2025/2026\nassessments:\n  - kind: entry\n    date: 2025-09-12\n    scores: { family: 0.6 }\n';
const WITH_ANCHOR = 'start: &d 2025-09-01\nend: *d\n';

/** A stand-in for the yaml reader that records its calls. */
function recordingParse(result: Parsed): { parse: YamlParse; calls: [string, string][] } {
  const calls: [string, string][] = [];
  return { parse: (text, rel) => (calls.push([text, rel]), result), calls };
}

describe('parseRecord', () => {
  it('reads a plain record with js-yaml, without the yaml reader', () => {
    expect(parseRecord(PLAIN, 'x.yaml')).toEqual({
      value: {
        teacher: 'ivanova-ma',
        year: '2025/2026',
        assessments: [{ kind: 'entry', date: '2025-09-12', scores: { family: 0.6 } }],
      },
    });
  });

  it('does not call the yaml reader for a text js-yaml reads', () => {
    const { parse, calls } = recordingParse({ problems: [] });
    parseRecord(PLAIN, 'x.yaml', parse);
    expect(calls).toEqual([]);
  });

  it('returns undefined for a text js-yaml must leave, when no yaml reader is given', () => {
    expect(parseRecord(WITH_ANCHOR, 'x.yaml')).toBeUndefined();
  });

  it('hands a text js-yaml leaves to the yaml reader, with its file, and returns its answer', () => {
    const { parse, calls } = recordingParse({ value: { from: 'yaml' } });
    expect(parseRecord(WITH_ANCHOR, 'teachers/x.yaml', parse)).toEqual({ value: { from: 'yaml' } });
    expect(calls).toEqual([[WITH_ANCHOR, 'teachers/x.yaml']]);
  });

  it('reads a record with a few anchors through the yaml reader', () => {
    expect(parseRecord(WITH_ANCHOR, 'x.yaml', parseWithYaml)).toEqual({ value: { start: '2025-09-01', end: '2025-09-01' } });
  });

  it('leaves a duplicate key to the yaml reader, which reports it', () => {
    const parsed = parseRecord('id: a\nid: b\n', 'x.yaml', parseWithYaml);
    expect(parsed !== undefined && 'problems' in parsed && parsed.problems.map((p) => p.rule)).toEqual(['yaml-duplicate-key']);
  });

  it('leaves an empty text to the yaml reader', () => {
    expect(parseRecord('', 'x.yaml')).toBeUndefined();
  });
});

describe('loadYamlParse', () => {
  it('loads the yaml reader', async () => {
    expect(await loadYamlParse()).toBe(parseWithYaml);
  });
});
