// Benchmark: the speed targets of documents and the web view (`npm run bench:documents`):
//   - `render route --format docx` for 100 routes (target: within 5 s);
//   - `render route --format pdf` for 100 routes, one browser (target: within 30 s);
//   - `mentor serve` on a 1,000-teacher workspace: start-up, then the dashboard and a route page
//     (target: each page within 300 ms after start-up).
// Prints figures; asserts nothing. Needs Chromium for the PDF figure (skipped without it).
//
// Options: --routes 100   routes to print     --teachers 1000   teachers of the served workspace

import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { generateWorkspace } from './generate-workspace.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'mentor.js');
const TODAY = '2026-03-20';

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at < 0 ? fallback : Number(process.argv[at + 1]);
}

function workspace(teachers) {
  const dir = mkdtempSync(join(os.tmpdir(), 'mentor-bench-'));
  generateWorkspace(dir, teachers, { seed: 1 });
  return dir;
}

function hasChromium() {
  return ['chromium', 'chromium-browser', 'google-chrome'].some((name) => spawnSync(name, ['--version']).status === 0);
}

/** `render route --format <format>` for `count` routes of a generated workspace, timed as one run. */
function benchRender(format, count) {
  // About one route per five teachers in a generated workspace.
  const dir = workspace(Math.max(50, count * 5 + 20));
  try {
    const ids = readdirSync(join(dir, 'routes', '2025-2026')).map((f) => f.replace(/\.yaml$/, '')).slice(0, count);
    const start = performance.now();
    const run = spawnSync(process.execPath, [BIN, 'render', 'route', ...ids, '--format', format, '--today', TODAY], { cwd: dir, encoding: 'utf8' });
    const seconds = (performance.now() - start) / 1000;
    if (run.status !== 0) throw new Error(run.stderr);
    console.log(`render route --format ${format}, ${ids.length} routes: ${seconds.toFixed(1)} s (${((seconds * 1000) / ids.length).toFixed(0)} ms a route)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function benchPdf(count) {
  if (!hasChromium()) return console.log('render route --format pdf: skipped (no Chromium)');
  benchRender('pdf', count);
}

function freePort() {
  return new Promise((settle) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => settle(port));
    });
  });
}

async function timed(url) {
  const start = performance.now();
  const response = await fetch(url);
  await response.text();
  return { status: response.status, ms: performance.now() - start };
}

async function benchServe(teachers) {
  const dir = workspace(teachers);
  const port = await freePort();
  const start = performance.now();
  const server = spawn(process.execPath, [BIN, 'serve', '--port', String(port), '--today', TODAY], { cwd: dir });
  try {
    await new Promise((settle, fail) => {
      server.stdout.on('data', (chunk) => (String(chunk).includes('mentor serve:') ? settle() : undefined));
      server.once('exit', (code) => fail(new Error(`mentor serve exited ${code}`)));
    });
    const ready = performance.now() - start;
    const route = readdirSync(join(dir, 'routes', '2025-2026'))[0].replace(/\.yaml$/, '');
    const base = `http://127.0.0.1:${port}`;
    const pages = [['dashboard', '/'], ['route page', `/routes/2025-2026/${route}`], ['teachers', '/teachers']];
    console.log(`mentor serve, ${teachers} teachers: ready in ${ready.toFixed(0)} ms`);
    for (const [name, path] of pages) {
      const first = await timed(`${base}${path}`);
      const again = [await timed(`${base}${path}`), await timed(`${base}${path}`), await timed(`${base}${path}`)].map((t) => t.ms).sort((a, b) => a - b);
      console.log(`  ${name}: first ${first.ms.toFixed(0)} ms, then median ${again[1].toFixed(0)} ms (HTTP ${first.status})`);
    }
  } finally {
    server.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
benchRender('docx', option('--routes', 100));
benchPdf(option('--routes', 100));
await benchServe(option('--teachers', 1000));
