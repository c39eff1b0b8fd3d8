// Init: the editor, hook and CI files of a new workspace — each one runs or helps `mentor validate`.

import { SCHEMA_GLOBS, schemaPath } from './schema-paths.js';

/** VS Code: each folder's files checked against their schema, and files kept in UTF-8. */
export function vscodeSettingsText(schemas: string): string {
  const map = Object.fromEntries(SCHEMA_GLOBS.map(([schema, glob]) => [schemaPath(schemas, 0, schema), glob]));
  return `${JSON.stringify({ 'yaml.schemas': map, 'files.encoding': 'utf8' }, null, 2)}\n`;
}

/** VS Code offers to install the YAML extension that reads the schemas. */
export function vscodeExtensionsText(): string {
  return `${JSON.stringify({ recommendations: ['redhat.vscode-yaml'] }, null, 2)}\n`;
}

// `npx --no` runs the mentor installed in the repository and fails if there is none, rather than
// fetching whatever package of that name the registry holds.
const VALIDATE = 'npx --no mentor validate';

const INSTALL_NOTE = [
  '# mentor не опубликован в npm: установите его в этот репозиторий как зависимость разработки',
  '# (npm install --save-dev <путь или git-адрес mentor>) и добавьте в git package.json и',
  '# package-lock.json — тогда шаг npm ci ниже установит его.',
];

export function preCommitText(): string {
  return [
    '# pre-commit (https://pre-commit.com): записи проверяются перед каждым коммитом.',
    '# Один раз в каждой копии репозитория: pre-commit install. mentor должен быть установлен (см. README.md).',
    'repos:',
    '  - repo: local',
    '    hooks:',
    '      - id: mentor-validate',
    '        name: mentor validate',
    `        entry: ${VALIDATE}`,
    '        language: system',
    "        files: '\\.yaml$'",
    '        pass_filenames: false   # правила сверяют файлы между собой: проверяется вся папка',
    '',
  ].join('\n');
}

export function githubWorkflowText(): string {
  return [
    '# Проверка записей при каждом push и pull request; ошибки видны прямо на строках файлов.',
    ...INSTALL_NOTE,
    'name: mentor',
    'on: [push, pull_request]',
    'jobs:',
    '  validate:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - uses: actions/setup-node@v4',
    '        with:',
    '          node-version: 20',
    "      - if: hashFiles('package-lock.json') != ''",
    '        run: npm ci',
    `      - run: ${VALIDATE} --format github`,
    '',
  ].join('\n');
}

export function gitlabCiText(): string {
  return [
    '# Проверка записей при каждом push; ошибки видны в отчёте о тестах merge request.',
    ...INSTALL_NOTE,
    'mentor-validate:',
    '  image: node:20',
    '  script:',
    '    - if [ -f package-lock.json ]; then npm ci; fi',
    `    - ${VALIDATE} --format junit > mentor-junit.xml`,
    '  artifacts:',
    '    when: always',
    '    reports:',
    '      junit: mentor-junit.xml',
    '',
  ].join('\n');
}

export function gitignoreText(): string {
  return [
    '# документы, которые делают mentor plan, render и report',
    'out/',
    '# блокировки и временные файлы запуска mentor, прерванного на записи',
    '*.mentor-lock',
    '.*.tmp',
    'node_modules/',
    '',
  ].join('\n');
}
