// `npm start`: run mentor on the bundled example as a methodist would — validate it, then plan the
// missing route, render every route's document and write the quarter's report on a temporary copy
// (the example stays as it is).

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const example = join(root, 'examples', 'solnyshko');
// The example's reference date (see examples/solnyshko/README.md).
const today = '2026-03-20';

function mentor(args, cwd) {
  process.stdout.write(`\n$ mentor ${args.join(' ')}\n`);
  const result = spawnSync(process.execPath, [join(root, 'bin', 'mentor.js'), ...args], { cwd, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

mentor(['validate', '--workspace', example, '--today', today], root);

const copy = mkdtempSync(join(tmpdir(), 'mentor-example-'));
cpSync(example, copy, { recursive: true });
process.stdout.write(`\nA copy of the example to plan in: ${copy}\n`);
mentor(['plan', '--today', today], copy);
const routes = readdirSync(join(copy, 'routes', '2025-2026')).map((name) => name.replace(/\.yaml$/, ''));
mentor(['render', 'route', ...routes, '--today', today], copy);
mentor(['render', 'route', ...routes, '--format', 'docx', '--today', today], copy);
// The quarter that contains the reference date (calendar quarters, as the example's settings say).
mentor(['report', '--today', today], copy);
mentor(['report', '--format', 'docx', '--today', today], copy);
// The year's report as it stands on the reference date, and the programme's дорожная карта.
mentor(['report', '--period', '2025/2026', '--today', today], copy);
mentor(['render', 'roadmap', '--today', today], copy);
// PDF needs a local Chromium, Chrome or Edge: without one, say so and go on.
const hasBrowser = spawnSync(process.execPath, [join(root, 'bin', 'mentor.js'), 'render', 'route', routes[0], '--format', 'pdf', '--today', today], { cwd: copy, encoding: 'utf8' });
if (hasBrowser.status === 0) {
  mentor(['render', 'route', ...routes, '--format', 'pdf', '--today', today], copy);
  mentor(['report', '--format', 'pdf', '--today', today], copy);
} else {
  process.stdout.write(`\n(No PDF: ${hasBrowser.stderr.trim()})\n`);
}
process.stdout.write(
  `\nThe route documents (HTML, Markdown, Word, PDF), the roadmap and the reports for I квартал 2026 and 2025/2026 are in ${join(copy, 'out')}\n`,
);
