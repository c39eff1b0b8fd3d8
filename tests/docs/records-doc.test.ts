// Docs tests: every YAML example of docs/records.md that is marked for checking passes `mentor validate`.
//
// A ```yaml block is checked when the line before it is one of these comments:
//   <!-- check: teachers/nikitina-ea.yaml -->       the block is a whole record: it replaces (or adds) that file
//   <!-- check-part: routes/2025-2026/ivanova-ma.yaml -->
//                                                    the block is a part of that record: its fields are set
//                                                    in the example's file, and its lists are merged into the
//                                                    file's lists (an entry with the `id` of an existing one
//                                                    replaces it, any other entry is added at the end)
// and `check 1.1:` / `check-part 1.1:` mark the examples of format 1.1 that the schemas do not accept
// yet: they are listed as skipped, with the reason in the title. When the schemas accept them, drop
// the «1.1» from the comment and the example is checked like the others.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { REPO, runInProcess, tempWorkspace } from '../cli/helpers.js';

const DOC = join(REPO, 'docs', 'records.md');
// The reference date of the example workspace: its marks and meetings are dated no later.
const TODAY = '2026-03-20';

interface Example {
  line: number;
  file: string;
  part: boolean;
  v11: boolean;
  text: string;
}

const MARK = /^<!--\s*check(-part)?(\s+1\.1)?:\s*(\S+)\s*-->$/;

function examples(markdown: string): Example[] {
  const lines = markdown.split('\n');
  const found: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    const mark = MARK.exec(lines[i]!.trim());
    if (!mark) continue;
    expect(lines[i + 1], `line ${i + 2} of docs/records.md: a check mark must stand right before a yaml block`).toBe('```yaml');
    const end = lines.indexOf('```', i + 2);
    expect(end, `line ${i + 2}: the yaml block never closes`).toBeGreaterThan(i);
    found.push({ line: i + 2, file: mark[3]!, part: mark[1] !== undefined, v11: mark[2] !== undefined, text: lines.slice(i + 2, end).join('\n') + '\n' });
  }
  return found;
}

type Fields = Record<string, unknown>;

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The record with the part's fields set and the part's list entries merged in (by `id` where they have one). */
function merge(record: Fields, part: Fields): Fields {
  const next: Fields = { ...record };
  for (const [key, value] of Object.entries(part)) {
    const old = next[key];
    if (Array.isArray(old) && Array.isArray(value)) {
      const list = [...old];
      for (const entry of value) {
        const at = isFields(entry) && 'id' in entry ? list.findIndex((o) => isFields(o) && o['id'] === entry['id']) : -1;
        if (at >= 0) list[at] = entry;
        else list.push(entry);
      }
      next[key] = list;
    } else if (isFields(old) && isFields(value)) {
      next[key] = merge(old, value);
    } else {
      next[key] = value;
    }
  }
  return next;
}

const all = examples(readFileSync(DOC, 'utf8'));

describe('docs/records.md', () => {
  it('has examples marked for checking, whole records and parts, in every record folder', () => {
    const checked = all.filter((e) => !e.v11);
    expect(checked.filter((e) => !e.part).length).toBeGreaterThanOrEqual(8);
    expect(checked.filter((e) => e.part).length).toBeGreaterThanOrEqual(3);
    const folders = new Set(checked.map((e) => e.file.split('/')[0]));
    for (const folder of ['mentor.yaml', 'teachers', 'mentors', 'diagnostics', 'routes', 'catalog']) expect(folders).toContain(folder);
  });

  for (const example of all) {
    const title = `line ${example.line}: ${example.part ? 'a part of' : 'the record'} ${example.file} passes mentor validate`;
    if (example.v11) {
      it.skip(`${title} — skipped: format 1.1, which the schemas do not accept yet`, () => {});
      continue;
    }
    it(title, async () => {
      const dir = tempWorkspace();
      const path = join(dir, example.file);
      let text = example.text;
      if (example.part) {
        const record: unknown = parse(readFileSync(path, 'utf8'));
        const part: unknown = parse(example.text);
        expect(isFields(record) && isFields(part), 'a part and its record are both sets of fields').toBe(true);
        text = stringify(merge(record as Fields, part as Fields));
      }
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      const result = await runInProcess(['validate', example.file, '--format', 'json', '--today', TODAY], { cwd: dir });
      const report = JSON.parse(result.stdout) as { summary: { files: number }; problems: unknown[] };
      // One file checked: the example went where mentor reads records, not into a folder it skips.
      expect({ exitCode: result.exitCode, files: report.summary.files, problems: report.problems }).toEqual({ exitCode: 0, files: 1, problems: [] });
    });
  }
});
