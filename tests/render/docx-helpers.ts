// Test helpers for Word documents: the parts of a .docx (a zip of XML), and LibreOffice's
// rendering of it as PDF — where LibreOffice is installed, always in CI.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

export interface DocxParts {
  document: string;
  styles: string;
  /** Every footer part, joined. */
  footers: string;
  files: string[];
}

export function docxParts(bytes: Uint8Array): DocxParts {
  const entries = unzipSync(bytes);
  const text = (name: string) => (entries[name] === undefined ? '' : strFromU8(entries[name]));
  const files = Object.keys(entries);
  return {
    document: text('word/document.xml'),
    styles: text('word/styles.xml'),
    footers: files.filter((f) => /^word\/footer\d*\.xml$/.test(f)).map(text).join('\n'),
    files,
  };
}

/** The visible text of a part: the runs' text, paragraphs on lines of their own. */
export function plainText(xml: string): string {
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

/** The table rows (<w:tr>…</w:tr>) of the document, in order. */
export function tableRows(xml: string): string[] {
  return xml.match(/<w:tr>.*?<\/w:tr>|<w:tr [^>]*>.*?<\/w:tr>/gs) ?? [];
}

const SOFFICE = ['soffice', 'libreoffice'].find((name) => spawnSync(name, ['--version'], { encoding: 'utf8' }).status === 0);
const HAS_POPPLER = spawnSync('pdftotext', ['-v']).status === 0;

/** LibreOffice and poppler are there, or this is CI, where their absence must fail the tests. */
export const canConvertDocx = (SOFFICE !== undefined && HAS_POPPLER) || process.env['CI'] === 'true';
if (!canConvertDocx) {
  process.stdout.write(
    `SKIPPED: the LibreOffice rendering of .docx needs ${[SOFFICE === undefined ? 'LibreOffice' : '', HAS_POPPLER ? '' : 'poppler-utils'].filter(Boolean).join(' and ')} (Debian: apt-get install -y libreoffice-writer-nogui poppler-utils)\n`,
  );
}

/** LibreOffice's PDF of a .docx: its page count and text (pdftotext). */
export function renderWithLibreOffice(bytes: Uint8Array): { pages: number; text: string } {
  const dir = mkdtempSync(join(tmpdir(), 'mentor-docx-'));
  try {
    const docx = join(dir, 'document.docx');
    writeFileSync(docx, bytes);
    // A profile of its own, so that a LibreOffice already running elsewhere is not asked to convert.
    const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
    const run = spawnSync(SOFFICE ?? 'soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { encoding: 'utf8', timeout: 120_000 });
    if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
    const pdf = join(dir, 'document.pdf');
    if (!existsSync(pdf)) throw new Error(`soffice wrote no PDF: ${run.stdout}${run.stderr}`);
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
    const text = spawnSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).stdout;
    return { pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0), text };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
