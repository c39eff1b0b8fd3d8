// CLI: print HTML documents to PDF with a local Chromium, Chrome or Edge through playwright-core —
// one browser for a whole run, however many documents.

import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { childEnv } from '../load/child-env.js';

/**
 * The flags a headless browser needs on a closed machine: no first-run pages, no background
 * connections (refused, many at a time, where there is no network), a fresh profile.
 */
const FLAGS = ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export class PdfPrinter {
  private constructor(private readonly browser: Browser) {}

  /**
   * Starts the browser at `executablePath`. playwright-core is loaded only now, so that other
   * commands never load it; through require, since the bundle runs as a script (no import()).
   */
  static async open(executablePath: string): Promise<PdfPrinter> {
    const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
    const browser = await chromium.launch({ executablePath, headless: true, args: FLAGS, timeout: 60_000, env: childEnv() });
    return new PdfPrinter(browser);
  }

  /**
   * A4 with the document's own page rules: its margins, its page numbers (CSS page-margin boxes),
   * table headers repeated and signatures kept together as its print styles ask.
   */
  async print(html: string): Promise<Buffer> {
    const page = await this.browser.newPage();
    try {
      return await printOn(page, html);
    } finally {
      await page.close();
    }
  }

  /**
   * Several documents, `concurrency` pages at a time: the browser lays out one page while the
   * next is being set up, which nearly halves the time of a long run. Results keep the order.
   */
  async printAll(htmls: readonly string[], concurrency = 4): Promise<Buffer[]> {
    const results: Buffer[] = new Array<Buffer>(htmls.length);
    let next = 0;
    // Each worker keeps its page: a new page per document costs more than its layout.
    const worker = async (): Promise<void> => {
      const page = await this.browser.newPage();
      try {
        while (next < htmls.length) {
          const index = next++;
          results[index] = await printOn(page, htmls[index]!);
        }
      } finally {
        await page.close();
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, htmls.length) }, worker));
    return results;
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

/** The documents carry everything inline (styles, SVG): nothing to wait for past the DOM. */
async function printOn(page: Page, html: string): Promise<Buffer> {
  await page.setContent(html, { waitUntil: 'domcontentloaded' });
  return page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
}

/** Runs `work` with a printer, closing the browser whatever happens. */
export async function withPdfPrinter<T>(executablePath: string, work: (printer: PdfPrinter) => Promise<T>): Promise<T> {
  const printer = await PdfPrinter.open(executablePath);
  try {
    return await work(printer);
  } finally {
    await printer.close();
  }
}
