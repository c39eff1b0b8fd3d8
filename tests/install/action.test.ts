// The GitHub Action (action.yml) and the workflow `mentor init` writes: checked against GitHub's
// metadata schemas, and the action's steps run here with the GITHUB_* variables they read.

import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateAction, validateWorkflow } from '@action-validator/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { githubWorkflowText } from '../../src/init/tooling.js';
import { REPO, must, run, tempDir } from './setup.js';

const ACTION = readFileSync(join(REPO, 'action.yml'), 'utf8');

describe('action.yml', () => {
  it('is a valid composite action, and so is the workflow that uses it', () => {
    expect(validateAction(ACTION).errors).toEqual([]);
    expect(validateWorkflow(githubWorkflowText()).errors).toEqual([]);
    // The validator does reject what GitHub would.
    expect(validateAction(ACTION.replace('using: composite', 'using: compost')).errors).not.toEqual([]);
  });

  it('takes the inputs workspace, args and changed, sets up Node 20 and runs the script it ships', () => {
    const action = parse(ACTION) as { inputs: Record<string, { default: string }>; runs: { using: string; steps: { uses?: string; run?: string }[] } };
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['workspace', 'args', 'changed']));
    expect(action.inputs['changed']?.default).toBe('false');
    expect(action.runs.steps[0]?.uses).toMatch(/^actions\/setup-node@v\d+$/);
    for (const step of action.runs.steps.filter((s) => s.run !== undefined)) {
      const script = /\$GITHUB_ACTION_PATH\/(\S+?)"/.exec(step.run!)?.[1];
      expect(script !== undefined && existsSync(join(REPO, script)), step.run).toBe(true);
    }
  });
});

describe("the action's steps", () => {
  let actionPath: string;
  let records: string;
  const summary = (): string => join(records, '..', 'summary.md');
  const step = (name: string, env: Record<string, string>) =>
    run(records, 'bash', [join(actionPath, 'ci', 'github-action.sh'), name], {
      GITHUB_ACTION_PATH: actionPath,
      GITHUB_WORKSPACE: records,
      GITHUB_STEP_SUMMARY: summary(),
      ...env,
    });

  beforeAll(() => {
    // The action's own checkout, as the runner makes it: the committed files, no dist/.
    actionPath = join(tempDir('action'), 'mentor');
    must(REPO, 'git', ['clone', '-q', '--no-local', REPO, actionPath]);
    // A kindergarten's repository with its records in a subfolder, pushed to a remote.
    const remote = join(tempDir('origin'), 'records.git');
    must(REPO, 'git', ['init', '-q', '--bare', '-b', 'main', remote]);
    const parent = tempDir('checkout');
    const first = join(parent, 'first');
    cpSync(join(REPO, 'examples', 'solnyshko'), join(first, 'наставничество'), { recursive: true });
    must(first, 'git', ['init', '-q', '-b', 'main']);
    must(first, 'git', ['add', '-A']);
    must(first, 'git', ['commit', '-qm', 'records']);
    must(first, 'git', ['push', '-q', remote, 'main']);
    // The runner's checkout with fetch-depth: 0: the remote branches, a feature branch checked out.
    records = join(parent, 'records');
    must(parent, 'git', ['clone', '-q', remote, records]);
    must(records, 'git', ['checkout', '-q', '-b', 'feature']);
    const mentor = join(records, 'наставничество', 'mentors', 'petrova-ov.yaml');
    const text = readFileSync(mentor, 'utf8');
    writeFileSync(mentor, `${text.slice(0, text.indexOf('pairs:'))}pairs: []\n`);
    must(records, 'git', ['commit', '-qam', 'pair deleted']);
  }, 300_000);

  it('install: builds mentor in the action checkout', () => {
    const installed = step('install', {});
    expect(installed.status, installed.stderr).toBe(0);
    expect(installed.stdout.trim().split('\n').at(-1)).toMatch(/^\d+\.\d+\.\d+$/);
    expect(existsSync(join(actionPath, 'dist', 'mentor.cjs'))).toBe(true);
  });

  it('validate: annotations for every problem, the job summary, exit 1 on errors', () => {
    const result = step('validate', { MENTOR_WORKSPACE: 'наставничество', MENTOR_ARGS: '--today 2026-03-20', MENTOR_CHANGED: 'false' });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^::error file=наставничество\/routes\/2025-2026\/ivanova-ma\.yaml,line=\d+,col=\d+,title=route-without-pair::/m);
    expect(readFileSync(summary(), 'utf8')).toContain('route-without-pair');
  });

  it('validate with changed: true on a pull request compares with the target branch', () => {
    const result = step('validate', {
      MENTOR_WORKSPACE: 'наставничество',
      MENTOR_ARGS: '--today 2026-03-20 --lang ru',
      MENTOR_CHANGED: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_BASE_REF: 'main',
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('title=route-without-pair::');
    const base = must(records, 'git', ['rev-parse', '--short=7', 'origin/main']).trim();
    expect(result.stderr).toContain(`Сравнение с ${base}`);
  });

  it('validate with changed: true on a push compares with the commit before it', () => {
    const event = join(records, '..', 'event.json');
    const before = must(records, 'git', ['rev-parse', 'HEAD']).trim();
    writeFileSync(event, JSON.stringify({ before }));
    // The push adds a commit that changes nothing else: the old errors are not new.
    must(records, 'git', ['commit', '-q', '--allow-empty', '-m', 'later']);
    const result = step('validate', {
      MENTOR_WORKSPACE: 'наставничество',
      MENTOR_ARGS: '--today 2026-03-20',
      MENTOR_CHANGED: 'true',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: event,
    });
    expect(result.stderr).toContain(`Compared with ${before.slice(0, 7)}`);
    expect(result).toMatchObject({ status: 0 });
    expect(result.stdout).not.toContain('::error');
  });

  it('refuses a changed input that is not true or false', () => {
    const result = step('validate', { MENTOR_CHANGED: 'yes' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('true or false');
  });
});
