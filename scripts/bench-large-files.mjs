// Benchmark: `mentor validate` on the example with one record file replaced by a hostile shape of
// up to 5 MiB (scripts/large-shapes.mjs) — target: each within 5 s (`npm run bench:large`).
// Prints the median wall time and the processor time (user + system, from /usr/bin/time when
// present) of `--runs` runs of each shape; asserts nothing beyond the problems being the expected ones.
//
// Options: --runs 3   timed runs per shape

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { SHAPES } from './large-shapes.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'mentor.js');
const TARGET_MS = 5000;
const at = process.argv.indexOf('--runs');
const RUNS = at < 0 ? 3 : Number(process.argv[at + 1]);
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function runOnce(dir, timesFile) {
  const args = [BIN, 'validate', '--today', '2026-03-20', '--format', 'json'];
  const started = performance.now();
  const result = TIME
    ? spawnSync(TIME, ['-f', '%U %S', '-o', timesFile, process.execPath, ...args], { cwd: dir, maxBuffer: 1 << 28 })
    : spawnSync(process.execPath, args, { cwd: dir, maxBuffer: 1 << 28 });
  const wall = performance.now() - started;
  const cpu = TIME ? readFileSync(timesFile, 'utf8').trim().split(/\s+/).slice(-2).reduce((sum, s) => sum + Number(s) * 1000, 0) : NaN;
  return { wall, cpu, stdout: result.stdout.toString('utf8'), status: result.status };
}

const tmp = mkdtempSync(join(os.tmpdir(), 'mentor-bench-large-'));
try {
  console.log(`mentor validate on a 5 MiB record of each shape — ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node.js ${process.version}, load ${os.loadavg()[0].toFixed(1)}; median of ${RUNS} runs`);
  console.log('');
  console.log('| shape | wall | processor | target |');
  console.log('|---|---:|---:|---:|');
  for (const shape of SHAPES) {
    const dir = join(tmp, 'ws');
    rmSync(dir, { recursive: true, force: true });
    cpSync(join(ROOT, 'examples/solnyshko'), dir, { recursive: true });
    writeFileSync(join(dir, 'mentors', 'petrova-ov.yaml'), shape.text());
    const runs = Array.from({ length: RUNS }, () => runOnce(dir, join(tmp, 'times.txt')));
    const report = JSON.parse(runs[0].stdout);
    const rules = report.problems.filter((p) => p.file === 'mentors/petrova-ov.yaml').map((p) => p.rule);
    if (runs[0].status !== 1 || JSON.stringify(rules) !== JSON.stringify(shape.rules)) {
      throw new Error(`${shape.name}: expected exit 1 and ${shape.rules.join(', ')}; got exit ${runs[0].status} and ${rules.join(', ')}`);
    }
    const wall = median(runs.map((r) => r.wall));
    const cpu = median(runs.map((r) => r.cpu));
    const fmt = (ms) => (Number.isNaN(ms) ? '—' : `${(ms / 1000).toFixed(2)} s`);
    console.log(`| ${shape.name} | ${fmt(wall)} | ${fmt(cpu)} | ${wall <= TARGET_MS ? '≤ 5 s ✓' : '> 5 s ✗'} |`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
