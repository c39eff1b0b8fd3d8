// mentor installed from a git URL, as `npm install -D git+https://…/mentor.git#v0.2.0` does: npm
// clones it, installs its build tools, runs `prepare` (the build) and keeps what `files` names.

import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPOSITORY_URL } from '../../src/tool.js';
import { REPO, must, recordsRepository, run, tempDir } from './setup.js';

let remote: string;

beforeAll(() => {
  // A bare copy of this repository's committed HEAD, tagged as a release would be.
  remote = join(tempDir('remote'), 'mentor.git');
  must(REPO, 'git', ['clone', '-q', '--bare', '--no-local', REPO, remote]);
  must(remote, 'git', ['tag', 'v-test', 'HEAD']);
});

describe('mentor installed from a git URL at a tag', () => {
  it('builds on install and runs through npx', () => {
    const records = recordsRepository('git-install');
    const install = run(records, 'npm', ['install', '--save-dev', '--no-audit', '--no-fund', `git+file://${remote}#v-test`]);
    expect(install.status, install.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(records, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    expect(manifest.devDependencies['mentor']).toMatch(/^git\+file:.*#v-test$/);
    const version = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
    expect(run(records, 'npx', ['--no', '--', 'mentor', '--version'])).toMatchObject({ status: 0, stdout: `${version}\n` });
    const example = join(REPO, 'examples', 'solnyshko');
    const validate = run(records, 'npx', ['--no', '--', 'mentor', 'validate', '--workspace', example, '--today', '2026-03-20']);
    expect(validate).toMatchObject({ status: 0, stdout: 'No problems in 42 files\n' });
    // Only the run-time files came along: no sources, tests or examples.
    const installed = must(join(records, 'node_modules', 'mentor'), 'ls', ['-A']).split('\n').filter((name) => name !== '');
    expect(installed.sort()).toEqual(['README.md', 'bin', 'dist', 'package.json', 'schemas', 'templates'].sort());
  });
});

describe('the GitLab job (ci/gitlab-ci.yml)', () => {
  it('installs mentor from the git URL at its tag, writes the JUnit report and fails on errors', () => {
    const job = (parse(readFileSync(join(REPO, 'ci', 'gitlab-ci.yml'), 'utf8')) as Record<string, { image: string; variables: Record<string, string>; script: string[] }>)['mentor-validate']!;
    expect(job.image).toBe('node:20');
    // Its script as the runner's shell runs it, stopping at the first line that fails; this
    // repository stands for the public URL.
    const records = tempDir('gitlab');
    cpSync(join(REPO, 'examples', 'solnyshko'), records, { recursive: true });
    const env = { ...job.variables, MENTOR_VERSION: 'v-test' };
    const script = ['set -e', ...job.script.map((line) => line.replace(`${REPOSITORY_URL}.git`, `file://${remote}`))].join('\n');
    const runScript = () => run(records, 'bash', ['-c', script], env);
    const teacher = join(records, 'teachers', 'lebedev-ai.yaml');
    const text = readFileSync(teacher, 'utf8');
    writeFileSync(teacher, text.replace(/^position: \w+/m, 'position: coach'));
    const failed = runScript();
    expect(failed.status, failed.stderr).toBe(1);
    expect(failed.stdout).toMatch(/^teachers\/lebedev-ai\.yaml:\d+:\d+: error \[schema-enum\]/m);
    expect(existsSync(join(records, 'mentor-junit.xml'))).toBe(true);
    expect(readFileSync(join(records, 'mentor-junit.xml'), 'utf8')).toContain('<failure');
    writeFileSync(teacher, text);
    // The example's records are dated up to its reference day; the job's last line on them, then.
    const passed = run(records, join(records, '.mentor', 'node_modules', '.bin', 'mentor'), ['validate', '--today', '2026-03-20']);
    expect(passed).toMatchObject({ status: 0, stdout: 'No problems in 42 files\n' });
  });
});
