// CLI tests: the дорожная карта as PDF and Word, beside HTML and Markdown.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/cli/find-browser.js';
import { docxParts, plainText } from '../render/docx-helpers.js';
import { runInProcess, tempWorkspace } from './helpers.js';

const TODAY = ['--today', '2026-03-20'];

describe('mentor render roadmap --format docx', () => {
  it('writes the roadmap as Word: the title as a heading, a header row repeated on every page, every event', async () => {
    const dir = tempWorkspace();
    const result = await runInProcess(['render', 'roadmap', '--format', 'docx', ...TODAY], { cwd: dir });
    expect(result.exitCode, result.stderr).toBe(0);
    const parts = docxParts(readFileSync(join(dir, 'out', 'roadmap-2025-2026.docx')));
    expect(parts.document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(parts.document).toContain('<w:tblHeader/>');
    const text = plainText(parts.document).replace(/\u00a0/g, ' ');
    for (const phrase of ['ДОРОЖНАЯ КАРТА РЕАЛИЗАЦИИ ПРОГРАММЫ НАСТАВНИЧЕСТВА'.toLowerCase(), 'утверждаю', 'принято', 'школа молодого педагога']) {
      expect(text.toLowerCase(), phrase).toContain(phrase);
    }
  });
});

const found = findBrowser(process.env);
const canPrint = ('path' in found && !('error' in found) && spawnSync('pdftotext', ['-v']).status === 0) || process.env['CI'] === 'true';

describe.skipIf(!canPrint)('mentor render roadmap --format pdf', () => {
  it('prints the roadmap with the local browser', async () => {
    const dir = tempWorkspace();
    const result = await runInProcess(['render', 'roadmap', '--format', 'pdf', ...TODAY], { cwd: dir });
    expect(result.exitCode, result.stderr).toBe(0);
    const pdf = join(dir, 'out', 'roadmap-2025-2026.pdf');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    expect(text).toContain('Школа молодого педагога');
  });
});
