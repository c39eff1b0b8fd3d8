// mentor installed from a git URL, as `npm install -D git+https://…/mentor.git#v0.2.0` does: npm
// clones it, installs its build tools, runs `prepare` (the build) and keeps what `files` names.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, must, recordsRepository, run, tempDir } from './setup.js';

describe('mentor installed from a git URL at a tag', () => {
  it('builds on install and runs through npx', () => {
    // A bare copy of this repository's committed HEAD, tagged as a release would be.
    const remote = join(tempDir('remote'), 'mentor.git');
    must(REPO, 'git', ['clone', '-q', '--bare', '--no-local', REPO, remote]);
    must(remote, 'git', ['tag', 'v-test', 'HEAD']);
    const records = recordsRepository('git-install');
    const install = run(records, 'npm', ['install', '--save-dev', '--no-audit', '--no-fund', `git+file://${remote}#v-test`]);
    expect(install.status, install.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(records, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    expect(manifest.devDependencies['mentor']).toMatch(/^git\+file:.*#v-test$/);
    const version = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
    expect(run(records, 'npx', ['--no', '--', 'mentor', '--version'])).toMatchObject({ status: 0, stdout: `${version}\n` });
    const example = join(REPO, 'examples', 'solnyshko');
    const validate = run(records, 'npx', ['--no', '--', 'mentor', 'validate', '--workspace', example, '--today', '2026-03-20']);
    expect(validate).toMatchObject({ status: 0, stdout: 'No problems in 32 files\n' });
    // Only the run-time files came along: no sources, tests or examples.
    const installed = must(join(records, 'node_modules', 'mentor'), 'ls', ['-A']).split('\n').filter((name) => name !== '');
    expect(installed.sort()).toEqual(['README.md', 'bin', 'dist', 'package.json', 'schemas', 'templates'].sort());
  });
});
