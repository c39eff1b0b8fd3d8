// Init: the editor, package, hook and CI files of a new workspace — each one installs or runs
// `mentor validate`, pinned to the version of mentor that wrote them.

import { REPOSITORY, REPOSITORY_URL, VERSION_TAG } from '../tool.js';
import { SCHEMA_GLOBS, schemaPath } from './schema-paths.js';

/** Where a records repository has the tool's schemas once mentor is installed in it. */
export const INSTALLED_SCHEMAS = 'node_modules/mentor/schemas';

/** VS Code: each folder's files checked against their schema, and files kept in UTF-8. */
export function vscodeSettingsText(schemas: string): string {
  const map = Object.fromEntries(SCHEMA_GLOBS.map(([schema, glob]) => [schemaPath(schemas, 0, schema), glob]));
  return `${JSON.stringify({ 'yaml.schemas': map, 'files.encoding': 'utf8' }, null, 2)}\n`;
}

/** VS Code offers to install the YAML extension that reads the schemas. */
export function vscodeExtensionsText(): string {
  return `${JSON.stringify({ recommendations: ['redhat.vscode-yaml'] }, null, 2)}\n`;
}

/** The npm dependency on this version of mentor: a git URL at its tag (mentor is not on npm). */
export function mentorDependency(): string {
  return `git+${REPOSITORY_URL}.git#${VERSION_TAG}`;
}

/** package.json: `npm install` brings mentor (and with it the schemas the editor hints name). */
export function packageJsonText(): string {
  const manifest = {
    name: 'mentor-records',
    private: true,
    description: 'Записи программы наставничества педагогов',
    scripts: { validate: 'mentor validate' },
    devDependencies: { mentor: mentorDependency() },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export function preCommitText(): string {
  return [
    '# pre-commit (https://pre-commit.com): записи проверяются перед каждым коммитом.',
    '# Один раз в каждой копии репозитория: pre-commit install.',
    'repos:',
    `  - repo: ${REPOSITORY_URL}`,
    `    rev: ${VERSION_TAG}`,
    '    hooks:',
    '      - id: mentor-validate',
    '',
  ].join('\n');
}

export function githubWorkflowText(): string {
  return [
    '# Проверка записей при каждом push и pull request; ошибки видны прямо на строках файлов',
    '# и в сводке задания. fetch-depth: 0 — вся история, она нужна для changed: true.',
    'name: mentor',
    'on: [push, pull_request]',
    'jobs:',
    '  validate:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '        with:',
    '          fetch-depth: 0',
    `      - uses: ${REPOSITORY}@${VERSION_TAG}`,
    '',
  ].join('\n');
}

/** The GitLab job, the same as ci/gitlab-ci.yml of mentor's repository (a test keeps them equal). */
export function gitlabJobText(): string {
  return [
    'mentor-validate:',
    '  image: node:20',
    '  variables:',
    `    MENTOR_VERSION: ${VERSION_TAG}`,
    '  script:',
    // Not --global: npm cannot build a git dependency in a global install.
    `    - npm install --no-save --no-audit --no-fund --prefix .mentor "git+${REPOSITORY_URL}.git#\${MENTOR_VERSION}"`,
    '    - export PATH="$PWD/.mentor/node_modules/.bin:$PATH"',
    '    - mentor validate --format junit > mentor-junit.xml || true',
    '    - mentor validate',
    '  artifacts:',
    '    when: always',
    '    reports:',
    '      junit: mentor-junit.xml',
    '',
  ].join('\n');
}

export function gitlabCiText(): string {
  return [
    '# Проверка записей при каждом push и merge request: ошибки видны в журнале задания',
    '# и в отчёте о тестах merge request.',
    gitlabJobText(),
  ].join('\n');
}

export function gitignoreText(): string {
  return [
    '# документы, которые делают mentor plan, render и report',
    'out/',
    '# блокировки и временные файлы запуска mentor, прерванного на записи',
    '*.mentor-lock',
    '.*.tmp',
    '# mentor, установленный npm (и в задании GitLab)',
    'node_modules/',
    '.mentor/',
    '',
  ].join('\n');
}
