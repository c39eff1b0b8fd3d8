// Benchmark: times `mentor validate` against a bare YAML-parse floor and ajv-cli, and `mentor plan
// --suggest-mentors`, on generated workspaces (`npm run bench`).
//
// Options: --sizes 50,1000,10000   teacher counts of the generated workspaces
//          --runs 5                 timed runs per command (after one warm-up run)
//          --keep                   keep the generated workspaces and print where they are
//          --seed 1                 generator seed
//          --no-time                do not use /usr/bin/time even if present (tests the fallback)

import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateWorkspace } from './generate-workspace.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TODAY = '2026-03-20';
const NODE = process.execPath;
const MAX_BUFFER = 1 << 30;

// ---------------------------------------------------------------------------------------------
// Options.

function parseArgs(argv) {
  const options = { sizes: [50, 1000, 10000], runs: 5, keep: false, seed: 1, useTime: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (name === '--sizes') options.sizes = value().split(',').map((s) => Number(s.replace(/[_\s]/g, '')));
    else if (name === '--runs') options.runs = Number(value());
    else if (name === '--seed') options.seed = Number(value());
    else if (name === '--keep') options.keep = true;
    else if (name === '--no-time') options.useTime = false;
    else fail(`unknown option ${arg}\nusage: node scripts/bench.mjs [--sizes 50,1000,10000] [--runs 5] [--keep] [--seed 1] [--no-time]`);
  }
  if (!options.sizes.length || !options.sizes.every((n) => Number.isInteger(n) && n >= 10)) fail('--sizes takes teacher counts ≥ 10, e.g. 50,1000');
  if (!Number.isInteger(options.runs) || options.runs < 1) fail('--runs takes a whole number ≥ 1');
  if (!Number.isInteger(options.seed)) fail('--seed takes a whole number');
  return options;
}

class BenchError extends Error {}

/** Set once a workspace has been generated, for the hint printed on failure. */
let generatedAny = false;

function fail(message) {
  throw new BenchError(message);
}

// ---------------------------------------------------------------------------------------------
// Running one command: wall time from around spawnSync, peak RSS from /usr/bin/time when present.

/** Checks that /usr/bin/time is GNU time with -f and -o, as `%e %M` needs. */
function detectTimeTool(tmp) {
  const path = '/usr/bin/time';
  if (!existsSync(path)) return undefined;
  const out = join(tmp, 'time-probe.txt');
  const probe = spawnSync(path, ['-f', '%e %M', '-o', out, NODE, '-e', ''], { stdio: 'ignore' });
  if (probe.status !== 0 || !existsSync(out)) return undefined;
  return /^\d+(\.\d+)? \d+\s*$/m.test(readFileSync(out, 'utf8')) ? path : undefined;
}

function makeRunner(tmp, timeTool) {
  const devNull = openSync('/dev/null', 'w');
  const timeFile = join(tmp, 'time.txt');
  /**
   * Runs `args` (args[0] is the program) in the repository root. With `capture`, stdout and
   * stderr are returned; otherwise they go to /dev/null so that no pipe reading is timed.
   */
  const run = (args, { capture = false, env } = {}) => {
    const [program, ...rest] = timeTool ? [timeTool, '-f', '%e %M', '-o', timeFile, ...args] : args;
    // Captured output goes to files, not pipes: ajv-cli calls process.exit() with output still
    // queued for a pipe, which cuts it short on large workspaces.
    const outFile = join(tmp, 'stdout.txt');
    const errFile = join(tmp, 'stderr.txt');
    const [outFd, errFd] = capture ? [openSync(outFile, 'w'), openSync(errFile, 'w')] : [devNull, devNull];
    const spawnOptions = { cwd: ROOT, env: env ?? process.env, maxBuffer: MAX_BUFFER, stdio: ['ignore', outFd, errFd] };
    const started = process.hrtime.bigint();
    const result = spawnSync(program, rest, spawnOptions);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (capture) {
      closeSync(outFd);
      closeSync(errFd);
      result.stdout = readFileSync(outFile, 'utf8');
      result.stderr = readFileSync(errFile, 'utf8');
    }
    if (result.error) fail(`could not run ${args.join(' ')}: ${result.error.message}`);
    let rssKb;
    if (timeTool) {
      // GNU time writes "Command exited with non-zero status N" first when it is not 0.
      const lines = readFileSync(timeFile, 'utf8').trim().split('\n');
      const match = /^(\d+(?:\.\d+)?) (\d+)$/.exec(lines[lines.length - 1] ?? '');
      if (match) rssKb = Number(match[2]);
    }
    return { ms, rssKb, status: result.status, signal: result.signal, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
  };
  const close = () => closeSync(devNull);
  return { run, close };
}

/**
 * Without /usr/bin/time: a preload that makes a node process write its own peak RSS at exit
 * (process.resourceUsage() covers only the process it runs in). Used for one extra, untimed run.
 */
function selfReportedRss(tmp, run, args) {
  const preload = join(tmp, 'rss-preload.cjs');
  const out = join(tmp, 'rss.txt');
  writeFileSync(
    preload,
    "const { isMainThread } = require('node:worker_threads');\n" +
      "if (isMainThread) process.on('exit', () => require('node:fs').writeFileSync(process.env.MENTOR_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));\n",
  );
  rmSync(out, { force: true });
  const nodeOptions = `${process.env.NODE_OPTIONS ?? ''} --require ${JSON.stringify(preload)}`.trim();
  run(args, { env: { ...process.env, NODE_OPTIONS: nodeOptions, MENTOR_BENCH_RSS_FILE: out } });
  return existsSync(out) ? Number(readFileSync(out, 'utf8')) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Statistics and formatting.

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { min: sorted[0], median, max: sorted[sorted.length - 1] };
}

const fmtMs = (ms) => (ms === undefined ? 'n/a' : ms >= 100 ? `${Math.round(ms)} ms` : `${ms.toFixed(1)} ms`);
const fmtRss = (kb) => (kb === undefined ? 'n/a' : `${(kb / 1024).toFixed(0)} MiB`);
const fmtRatio = (r) => (Number.isFinite(r) ? r.toFixed(2) : 'n/a');
const loadAverage = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');
const plural = (n, word) => `${n.toLocaleString('en-US')} ${word}`;

function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------------------------------------
// The commands.

const mentorArgs = (dir) => [NODE, 'bin/mentor.js', 'validate', '--workspace', dir, '--today', TODAY, '--format', 'json'];
/** Ranks mentors for every teacher who needs one: issue 10 asks for ≤ 5 s at 10,000 teachers. */
const suggestArgs = (dir) => [NODE, 'bin/mentor.js', 'plan', '--suggest-mentors', '--workspace', dir, '--today', TODAY, '--lang', 'en'];
const SUGGEST_TARGET_MS = 5000;
const floorArgs = (dir) => [NODE, 'scripts/floor-parse.mjs', dir];

/** One ajv-cli invocation per record kind; the glob is expanded by ajv-cli itself. */
function ajvKinds(dir) {
  return [
    { kind: 'config', schema: 'config', data: join(dir, 'mentor.yaml') },
    { kind: 'teachers', schema: 'teacher', data: join(dir, 'teachers/*.yaml') },
    { kind: 'mentors', schema: 'mentor', data: join(dir, 'mentors/*.yaml') },
    { kind: 'diagnostics', schema: 'diagnostics', data: join(dir, 'diagnostics/*/*.yaml') },
    { kind: 'routes', schema: 'route', data: join(dir, 'routes/*/*.yaml') },
  ].map((k) => ({
    ...k,
    args: [
      NODE, 'node_modules/ajv-cli/dist/index.js', 'validate', '--spec=draft2020', '-c', 'ajv-formats', '--all-errors',
      '-s', `schemas/${k.schema}.schema.json`, '-d', k.data,
    ],
  }));
}

/** Files of each kind, counted on disk. */
function countFiles(dir) {
  const yamlIn = (sub) => (existsSync(join(dir, sub)) ? readdirSync(join(dir, sub)).filter((f) => f.endsWith('.yaml')).length : 0);
  const byYear = (sub) =>
    existsSync(join(dir, sub)) ? readdirSync(join(dir, sub)).reduce((n, year) => n + yamlIn(join(sub, year)), 0) : 0;
  const counts = {
    config: existsSync(join(dir, 'mentor.yaml')) ? 1 : 0,
    teachers: yamlIn('teachers'),
    mentors: yamlIn('mentors'),
    diagnostics: byYear('diagnostics'),
    routes: byYear('routes'),
    // Record format 1.1 (the example has them; generated workspaces do not).
    events: yamlIn('events'),
    surveys: byYear('surveys'),
    questionnaires: yamlIn('questionnaires'),
  };
  return { ...counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
}

function firstLines(text, n) {
  return text.split('\n').slice(0, n).join('\n');
}

/** Warm-up of mentor validate, asserted: exit 0 and a clean JSON report. */
function checkMentor(result, label, expectedFiles) {
  let report;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    report = undefined;
  }
  if (result.status !== 0) {
    const problems = report?.problems?.slice(0, 10).map((p) => `  ${p.file}:${p.line}:${p.column} ${p.severity} [${p.rule}] ${p.message}`).join('\n');
    fail(
      `mentor validate on ${label} exited with ${result.status ?? result.signal} (expected 0)\n` +
        (problems ? `first problems:\n${problems}\n` : '') +
        (report ? `summary: ${JSON.stringify(report.summary)}` : `stdout:\n${firstLines(result.stdout, 20)}\nstderr:\n${firstLines(result.stderr, 20)}`),
    );
  }
  if (!report) fail(`mentor validate on ${label}: output is not JSON:\n${firstLines(result.stdout, 20)}`);
  if (expectedFiles !== undefined && report.summary.files !== expectedFiles) {
    fail(`mentor validate on ${label} checked ${report.summary.files} files, expected ${expectedFiles}`);
  }
  const warnings = report.problems.filter((p) => p.severity === 'warning');
  const note = warnings.length
    ? ` — WARNING: ${warnings.length} warnings, first: ${warnings[0].file}:${warnings[0].line} [${warnings[0].rule}] ${warnings[0].message}`
    : '';
  return `mentor validate: exit 0, ${report.summary.files} files, ${report.summary.errors} errors, ${report.summary.warnings} warnings${note}`;
}

/**
 * Warm-up of one ajv-cli invocation, checked: it must have looked at every file (one "valid" or
 * "invalid" line each) and not stopped on a usage or file error (exit 2).
 */
function checkAjv(result, k, expected) {
  const valid = (result.stdout.match(/ valid$/gm) ?? []).length;
  const invalid = (result.stderr.match(/ invalid$/gm) ?? []).length;
  if (result.status !== 0 && result.status !== 1) {
    fail(`ajv-cli (${k.kind}) exited with ${result.status ?? result.signal}:\n${firstLines(result.stderr || result.stdout, 20)}`);
  }
  if (valid + invalid !== expected) {
    fail(`ajv-cli (${k.kind}) reported ${valid} valid + ${invalid} invalid files, expected ${expected}:\n${firstLines(result.stderr, 20)}`);
  }
  if ((result.status === 0) !== (invalid === 0)) fail(`ajv-cli (${k.kind}): exit ${result.status} but ${invalid} invalid files`);
  const errors = (result.stderr.match(/^\s*schemaPath: /gm) ?? []).length;
  const dateErrors = (result.stderr.match(/^\s*schemaPath: '#\/\$defs\/date\/type',$/gm) ?? []).length;
  let why = '';
  if (errors > 0) {
    why = dateErrors === errors
      ? `, all ${errors} errors "#/$defs/date/type: must be string"`
      : `, ${dateErrors} of ${errors} errors "#/$defs/date/type", first other: ${firstOther(result.stderr)}`;
  }
  return `${k.kind} ${valid}/${expected} valid${invalid ? ` (${invalid} invalid${why})` : ''}, exit ${result.status}`;
}

function firstOther(stderr) {
  const blocks = stderr.split(/\n\s*\{\n/).slice(1);
  const other = blocks.find((b) => !b.includes("'#/$defs/date/type'"));
  return other ? other.replace(/\s+/g, ' ').slice(0, 200) : '?';
}

// ---------------------------------------------------------------------------------------------

function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(join(ROOT, 'dist', 'mentor.cjs'))) fail('dist/mentor.cjs is missing: run `npm run build` first (npm run bench does)');
  const tmp = mkdtempSync(join(os.tmpdir(), 'mentor-bench-'));
  const out = (line = '') => console.log(line);
  let runner;
  try {
    const timeTool = options.useTime ? detectTimeTool(tmp) : undefined;
    runner = makeRunner(tmp, timeTool);
    const { run } = runner;

    const cpus = os.cpus();
    out('mentor validate benchmark');
    out(`machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores (available parallelism ${os.availableParallelism()}), ` +
      `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB RAM, ${os.type()} ${os.release()} ${os.arch()}, node ${process.version}`);
    out(`method: 1 warm-up run, then ${options.runs} timed runs of each command, interleaved (A, B, C, A, B, C, …); wall time around spawnSync`);
    out(timeTool
      ? `peak RSS: ${timeTool} -f "%e %M" (every command is run under it, so its small overhead is common to all)`
      : `peak RSS: ${options.useTime ? '/usr/bin/time not found (apt-get install -y time)' : '--no-time given'}; ` +
        'mentor\'s peak RSS is self-reported in one extra untimed run (NODE_OPTIONS --require preload, process.resourceUsage().maxRSS)');
    out(`today: ${TODAY}; workspaces in ${tmp}${options.keep ? ' (kept)' : ' (removed at the end)'}`);
    out(`load average at start: ${loadAverage()} (other work on the machine inflates and scatters the figures)`);
    out();

    // The bundled example against a bare node start.
    const example = join(ROOT, 'examples', 'solnyshko');
    let exampleResult;
    if (existsSync(join(example, 'mentor.yaml'))) {
      const exampleFiles = countFiles(example).total + (existsSync(join(example, 'catalog')) ? readdirSync(join(example, 'catalog')).filter((f) => f.endsWith('.yaml')).length : 0);
      const bare = [NODE, '-e', ''];
      out(`example workspace examples/solnyshko: ${checkMentor(run(mentorArgs(example), { capture: true }), 'examples/solnyshko', exampleFiles)}`);
      run(bare);
      const times = { bare: [], mentor: [], rss: [] };
      for (let i = 0; i < options.runs; i++) {
        times.bare.push(run(bare).ms);
        const r = run(mentorArgs(example));
        if (r.status !== 0) checkMentor(run(mentorArgs(example), { capture: true }), 'examples/solnyshko');
        times.mentor.push(r.ms);
        if (r.rssKb !== undefined) times.rss.push(r.rssKb);
      }
      exampleResult = {
        files: exampleFiles,
        bare: stats(times.bare),
        mentor: stats(times.mentor),
        rssKb: times.rss.length ? Math.max(...times.rss) : selfReportedRss(tmp, run, mentorArgs(example)),
      };
    } else {
      out('example workspace examples/solnyshko: not found, skipped');
    }
    out();

    const results = [];
    for (const size of options.sizes) {
      const dir = join(tmp, `teachers-${size}`);
      const genStart = process.hrtime.bigint();
      const generated = generateWorkspace(dir, size, { seed: options.seed });
      const genMs = Number(process.hrtime.bigint() - genStart) / 1e6;
      generatedAny = true;
      const files = countFiles(dir);
      out(`${plural(size, 'teachers')}: generated ${plural(files.total, 'files')} (${files.mentors} mentors, ${files.diagnostics} diagnostics, ` +
        `${files.routes} routes), ${(generated.bytes / 1024 ** 2).toFixed(1)} MiB, in ${fmtMs(genMs)}`);

      // Warm-up, with the checks.
      const kinds = ajvKinds(dir);
      out(`  ${checkMentor(run(mentorArgs(dir), { capture: true }), `${size} teachers`, files.total)}`);
      const floorOut = run(floorArgs(dir), { capture: true });
      if (floorOut.status !== 0 || Number(floorOut.stdout.trim()) !== files.total) {
        fail(`floor on ${size} teachers: exit ${floorOut.status}, printed ${floorOut.stdout.trim()} (expected ${files.total})\n${firstLines(floorOut.stderr, 20)}`);
      }
      out(`  floor: parsed ${floorOut.stdout.trim()} files`);
      for (const k of kinds) out(`  ajv-cli ${checkAjv(run(k.args, { capture: true }), k, files[k.kind])}`);
      const suggestOut = run(suggestArgs(dir), { capture: true });
      if (suggestOut.status !== 0) fail(`plan --suggest-mentors on ${size} teachers exited with ${suggestOut.status}\n${firstLines(suggestOut.stderr, 20)}`);
      out(`  plan --suggest-mentors: ${plural(suggestOut.stdout.split('\n').filter((l) => /^\S/.test(l) && l.includes(' — ')).length, 'mentees')} ranked`);

      const times = { mentor: [], floor: [], ajv: [], suggest: [], rss: [], floorRss: [], ajvKinds: Object.fromEntries(kinds.map((k) => [k.kind, []])) };
      for (let i = 0; i < options.runs; i++) {
        const a = run(mentorArgs(dir));
        if (a.status !== 0) checkMentor(run(mentorArgs(dir), { capture: true }), `${size} teachers (run ${i + 1})`);
        times.mentor.push(a.ms);
        if (a.rssKb !== undefined) times.rss.push(a.rssKb);
        const b = run(floorArgs(dir));
        if (b.status !== 0) fail(`floor on ${size} teachers exited with ${b.status} in run ${i + 1}`);
        times.floor.push(b.ms);
        if (b.rssKb !== undefined) times.floorRss.push(b.rssKb);
        let total = 0;
        for (const k of kinds) {
          const c = run(k.args);
          if (c.status !== 0 && c.status !== 1) fail(`ajv-cli (${k.kind}) exited with ${c.status ?? c.signal} in run ${i + 1}`);
          times.ajvKinds[k.kind].push(c.ms);
          total += c.ms;
        }
        times.ajv.push(total);
        const d = run(suggestArgs(dir));
        if (d.status !== 0) fail(`plan --suggest-mentors exited with ${d.status ?? d.signal} in run ${i + 1}`);
        times.suggest.push(d.ms);
      }
      const result = {
        size,
        files: files.total,
        mentor: stats(times.mentor),
        floor: stats(times.floor),
        ajv: stats(times.ajv),
        suggest: stats(times.suggest),
        ajvKinds: Object.fromEntries(Object.entries(times.ajvKinds).map(([k, v]) => [k, stats(v)])),
        rssKb: times.rss.length ? Math.max(...times.rss) : selfReportedRss(tmp, run, mentorArgs(dir)),
        floorRssKb: times.floorRss.length ? Math.max(...times.floorRss) : undefined,
      };
      results.push(result);
      out(`  timed: mentor ${fmtMs(result.mentor.median)}, floor ${fmtMs(result.floor.median)}, ajv-cli ${fmtMs(result.ajv.median)} (medians); load average ${loadAverage()}`);
      out();
    }

    out(`details (wall time over ${options.runs} runs):`);
    out(table(
      ['teachers', 'command', 'min', 'median', 'max', 'peak RSS'],
      results.flatMap((r) => [
        [r.size, 'A mentor validate', fmtMs(r.mentor.min), fmtMs(r.mentor.median), fmtMs(r.mentor.max), fmtRss(r.rssKb)],
        [r.size, 'B floor (YAML.parse)', fmtMs(r.floor.min), fmtMs(r.floor.median), fmtMs(r.floor.max), fmtRss(r.floorRssKb)],
        [r.size, 'C ajv-cli, sum of 5', fmtMs(r.ajv.min), fmtMs(r.ajv.median), fmtMs(r.ajv.max), ''],
        ...Object.entries(r.ajvKinds).map(([kind, s]) => [r.size, `  ajv-cli ${kind}`, fmtMs(s.min), fmtMs(s.median), fmtMs(s.max), '']),
        [r.size, 'D mentor plan --suggest-mentors', fmtMs(r.suggest.min), fmtMs(r.suggest.median), fmtMs(r.suggest.max), ''],
      ]),
    ));
    out();
    out('results (medians):');
    out(table(
      ['teachers', 'files', 'mentor', 'floor', 'ajv-cli', 'mentor/ajv-cli', '', 'mentor/floor', 'mentor peak RSS'],
      results.map((r) => [
        r.size.toLocaleString('en-US'), r.files.toLocaleString('en-US'), fmtMs(r.mentor.median), fmtMs(r.floor.median), fmtMs(r.ajv.median),
        fmtRatio(r.mentor.median / r.ajv.median), 'target ≤ 1.00', fmtRatio(r.mentor.median / r.floor.median), fmtRss(r.rssKb),
      ]),
    ));
    out();
    out('suggest-mentors (median, loading and checking the workspace included):');
    out(table(
      ['teachers', 'plan --suggest-mentors', 'target'],
      results.map((r) => [r.size.toLocaleString('en-US'), fmtMs(r.suggest.median), r.size >= 10000 ? `≤ ${fmtMs(SUGGEST_TARGET_MS)}` : '']),
    ));
    if (exampleResult) {
      out();
      out(`example (examples/solnyshko, ${exampleResult.files} files): node -e "" median ${fmtMs(exampleResult.bare.median)} ` +
        `(min ${fmtMs(exampleResult.bare.min)}, max ${fmtMs(exampleResult.bare.max)}), mentor validate median ${fmtMs(exampleResult.mentor.median)} ` +
        `(min ${fmtMs(exampleResult.mentor.min)}, max ${fmtMs(exampleResult.mentor.max)}), ratio ${fmtRatio(exampleResult.mentor.median / exampleResult.bare.median)} ` +
        `target ≤ 2.00; mentor peak RSS ${fmtRss(exampleResult.rssKb)}`);
    }
    out();
    out('notes: ajv-cli 5 reads .yaml data with js-yaml 3, which turns unquoted dates into Date objects, so it reports the records');
    out('with dates invalid ("must be string") and prints their errors; it still validates every file (checked above).');
    out('ajv-cli compiles the schema on every invocation; mentor uses validators precompiled at build time.');
    if (options.keep) out(`workspaces kept in ${tmp}`);
  } finally {
    runner?.close();
    if (!options.keep) rmSync(tmp, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  if (!(error instanceof BenchError)) throw error;
  console.error(`\nbench failed: ${error.message}`);
  if (generatedAny) console.error('(rerun with --keep to inspect the generated workspaces)');
  process.exitCode = 1;
}
