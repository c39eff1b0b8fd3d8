// CLI tests: --format docx on render route and report — Word documents written by the built
// binary (docx bundled, resvg loaded at run time), beside the other formats.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxParts, plainText } from '../render/docx-helpers.js';
import { runInProcess, tempWorkspace } from './helpers.js';

const TODAY = ['--today', '2026-03-20'];

describe('--format docx', () => {
  it('writes the route documents of several mentees as .docx', async () => {
    const dir = tempWorkspace();
    const result = await runInProcess(['render', 'route', 'ivanova-ma', 'belova-as', '--format', 'docx', ...TODAY], { cwd: dir });
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toBe('Route documents: out/route-belova-as-2025-2026.docx, out/route-ivanova-ma-2025-2026.docx\n');
    const parts = docxParts(readFileSync(join(dir, 'out', 'route-belova-as-2025-2026.docx')));
    const text = plainText(parts.document);
    expect(text).toContain('Белова Анастасия Сергеевна');
    expect(text).toContain('Содержание работы');
    expect(parts.footers).toContain('PAGE');
  });

  it('says which mentee has no route and still writes the others', async () => {
    const dir = tempWorkspace();
    const result = await runInProcess(['render', 'route', 'ivanova-ma', 'nobody', '--format', 'docx', ...TODAY], { cwd: dir });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('out/route-ivanova-ma-2025-2026.docx');
  });

  it('writes the report as .docx, by default in out/, or where --out says', async () => {
    const dir = tempWorkspace();
    const result = await runInProcess(['report', '--format', 'docx', '--period', '2026Q1', ...TODAY], { cwd: dir });
    expect(result).toMatchObject({ exitCode: 0, stdout: '', stderr: 'Report written: out/report-2026Q1.docx\n' });
    const parts = docxParts(readFileSync(join(dir, 'out', 'report-2026Q1.docx')));
    expect(plainText(parts.document)).toContain('за I квартал 2026\u00a0г.');
    // The charts of coverage, items, the two surveys and growth.
    expect(parts.files.filter((f) => f.endsWith('.png'))).toHaveLength(5);
    // The conclusions come from notes/2026Q1.md, which the CLI reads.
    expect(plainText(parts.document).replace(/\u00a0/g, ' ')).toContain('Закрепить наставника за А. И. Лебедевым');
    const named = await runInProcess(['report', '--format', 'docx', '--anonymize', '--out', 'anon.docx', ...TODAY], { cwd: dir });
    expect(named.exitCode, named.stderr).toBe(0);
    expect(plainText(docxParts(readFileSync(join(dir, 'anon.docx'))).document)).not.toContain('Иванова');
  });
});
