// The pre-commit hook this repository publishes (.pre-commit-hooks.yaml), run by the real pre-commit
// in a records repository: a good commit goes in, a bad one is stopped with the problem named.

import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IN_CI, REPO, must, run, tempDir } from './setup.js';

const hasPreCommit = run(REPO, 'pre-commit', ['--version']).status === 0;
if (!hasPreCommit && !IN_CI) {
  process.stdout.write('SKIPPED: the pre-commit tests need pre-commit (Debian: apt-get install -y pre-commit)\n');
}

describe.skipIf(!hasPreCommit && !IN_CI)('the mentor-validate pre-commit hook', () => {
  it('is a valid hook manifest', () => {
    expect(run(REPO, 'pre-commit', ['validate-manifest', '.pre-commit-hooks.yaml'])).toMatchObject({ status: 0 });
  });

  it('lets a good commit in and stops a bad one, naming the problem', () => {
    // The hook repository at its committed HEAD, as a tag would give it.
    const rev = must(REPO, 'git', ['rev-parse', 'HEAD']).trim();
    const home = tempDir('pre-commit-home');
    const records = tempDir('pre-commit-records');
    cpSync(join(REPO, 'examples', 'solnyshko'), join(records, 'наставничество'), { recursive: true });
    writeFileSync(
      join(records, '.pre-commit-config.yaml'),
      ['repos:', `  - repo: ${REPO}`, `    rev: ${rev}`, '    hooks:', '      - id: mentor-validate', '        args: [--today, "2026-03-20"]', ''].join('\n'),
    );
    const env = { PRE_COMMIT_HOME: home };
    must(records, 'git', ['init', '-q', '-b', 'main']);
    expect(run(records, 'pre-commit', ['validate-config'], env)).toMatchObject({ status: 0 });
    must(records, 'pre-commit', ['install'], env);
    must(records, 'git', ['add', '-A']);
    const good = run(records, 'git', ['commit', '-qm', 'records'], env);
    expect(good.status, `${good.stdout}\n${good.stderr}`).toBe(0);
    expect(good.stdout + good.stderr).toMatch(/mentor validate\.+Passed/);

    const teacher = join(records, 'наставничество', 'teachers', 'lebedev-ai.yaml');
    writeFileSync(teacher, readFileSync(teacher, 'utf8').replace(/^position: \w+/m, 'position: coach'));
    must(records, 'git', ['add', '-A']);
    const bad = run(records, 'git', ['commit', '-qm', 'a wrong position'], env);
    expect(bad.status).not.toBe(0);
    expect(bad.stdout + bad.stderr).toMatch(/mentor validate\.+Failed/);
    expect(bad.stdout + bad.stderr).toMatch(/наставничество\/teachers\/lebedev-ai\.yaml:\d+:\d+: error \[schema-enum\]/);
    // Nothing was committed.
    expect(must(records, 'git', ['log', '--oneline']).trim().split('\n')).toHaveLength(1);
  });
});
