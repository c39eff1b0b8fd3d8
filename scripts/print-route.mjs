#!/usr/bin/env node
// Script: print a rendered document (the ИОМ педагога's HTML) to PDF with headless Chromium, and
// the PDF's first page to PNG, to look at a document as it will come off the printer.
//
//   node scripts/print-route.mjs FILE.html [OUT.pdf] [OUT.png]
//
// OUT.pdf defaults to FILE.html with .pdf; OUT.png to OUT.pdf with .png. The PNG (first page,
// 80 dpi) is made only when `pdftoppm` (poppler-utils) is installed. CHROMIUM=/path/to/chrome
// picks the browser; by default /usr/bin/chromium, else chromium, chromium-browser,
// google-chrome or google-chrome-stable on PATH. Exit codes: 0 printed, 1 the print failed,
// 2 bad arguments or no Chromium (the message says how to install it).
//
// Page numbers: the template puts them in a CSS page-margin box (`@page { @bottom-center {
// content: counter(page) } }`), which Chromium prints since version 131. So the script turns off
// Chromium's own header and footer (`--no-pdf-header-footer`): they would add the print date, the
// title and the file's URL to every page. With an older Chromium, which ignores margin boxes,
// its own footer is kept: it numbers pages too ("1/4"), beside the URL.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_UNUSABLE = 2;
const FIRST_MARGIN_BOX_VERSION = 131;
const BROWSERS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const INSTALL_HINT =
  'Install Chromium (Debian/Ubuntu: apt-get update && apt-get install -y chromium poppler-utils),\n' +
  'or point CHROMIUM at a Chrome or Chromium binary.';

/** The first existing executable of these names on PATH. */
function onPath(names, env) {
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of names) for (const dir of dirs) if (existsSync(join(dir, name))) return join(dir, name);
  return undefined;
}

function findChromium(env) {
  if (env.CHROMIUM) return existsSync(env.CHROMIUM) ? env.CHROMIUM : undefined;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : onPath(BROWSERS, env);
}

/** The major version ("Chromium 156.0.8078.108" → 156), or 0 when it cannot be told. */
function majorVersion(browser) {
  const run = spawnSync(browser, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  const match = /(\d+)\.\d+\.\d+/.exec(run.stdout ?? '');
  return match ? Number(match[1]) : 0;
}

function printPdf(browser, html, pdf, log) {
  const profile = mkdtempSync(join(tmpdir(), 'print-route-'));
  const hasMarginBoxes = majorVersion(browser) >= FIRST_MARGIN_BOX_VERSION;
  if (!hasMarginBoxes) log(`note: this Chromium predates CSS page-margin boxes; page numbers come from its own footer`);
  const args = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${profile}`,
    ...(hasMarginBoxes ? ['--no-pdf-header-footer'] : []),
    `--print-to-pdf=${pdf}`,
    pathToFileURL(html).href,
  ];
  try {
    rmSync(pdf, { force: true });
    const run = spawnSync(browser, args, { encoding: 'utf8', timeout: 120_000 });
    if (existsSync(pdf) && statSync(pdf).size > 0) return true;
    log(`Chromium did not write ${pdf}:\n${run.error?.message ?? ''}${run.stderr ?? ''}`);
    return false;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The first page at 80 dpi; `-singlefile` writes OUT.png, not OUT-1.png. */
function printPng(pdf, png, env, log) {
  const pdftoppm = onPath(['pdftoppm'], env);
  if (pdftoppm === undefined) {
    log('no pdftoppm (poppler-utils): no PNG made');
    return true;
  }
  const root = png.replace(/\.png$/i, '');
  const run = spawnSync(pdftoppm, ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, root], { encoding: 'utf8' });
  if (run.status === 0) return true;
  log(`pdftoppm failed:\n${run.stderr ?? ''}`);
  return false;
}

export function main(argv, env = process.env, log = (line) => process.stderr.write(`${line}\n`)) {
  const [input, pdfArg, pngArg] = argv;
  if (input === undefined || input.startsWith('-') || argv.length > 3) {
    log('usage: node scripts/print-route.mjs FILE.html [OUT.pdf] [OUT.png]');
    return EXIT_UNUSABLE;
  }
  const html = resolve(input);
  if (!existsSync(html)) {
    log(`${input}: no such file`);
    return EXIT_UNUSABLE;
  }
  const browser = findChromium(env);
  if (browser === undefined) {
    log(`No Chromium found.\n${INSTALL_HINT}`);
    return EXIT_UNUSABLE;
  }
  const pdf = resolve(pdfArg ?? html.replace(/\.html?$/i, '') + '.pdf');
  const png = resolve(pngArg ?? pdf.replace(/\.pdf$/i, '') + '.png');
  if (!printPdf(browser, html, pdf, log)) return EXIT_FAILED;
  log(`wrote ${pdf}`);
  if (!printPng(pdf, png, env, log)) return EXIT_FAILED;
  if (existsSync(png)) log(`wrote ${png}`);
  return EXIT_OK;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
