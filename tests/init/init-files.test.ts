// Init: the files of a new workspace — what each holds, made from the answers alone.

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { InitAnswers } from '../../src/init/answers.js';
import { initFiles, type InitFile } from '../../src/init/init-files.js';
import { schemaPath } from '../../src/init/schema-paths.js';
import { gitlabJobText } from '../../src/init/tooling.js';
import { REPOSITORY, REPOSITORY_URL, VERSION } from '../../src/tool.js';

const REPO_ROOT = resolve(import.meta.dirname, '../..');

const ANSWERS: InitAnswers = {
  name: 'Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад № 12 «Солнышко»',
  shortName: 'МБДОУ «Детский сад № 12»',
  city: 'г. Вологда',
  head: 'Сидорова Наталья Ивановна',
  curator: 'kuznetsova-ev',
  curatorName: 'Кузнецова Елена Викторовна',
  curatorPosition: 'senior_educator',
  programme: 'Программа наставничества «Каждому таланту — наставника»',
  target: 0.7,
  quarters: 'calendar',
};
const CONTEXT = { schemas: 'node_modules/mentor/schemas', today: '2025-10-15' };

function file(files: InitFile[], path: string): string {
  const found = files.find((f) => f.path === path);
  if (found === undefined) throw new Error(`no ${path}`);
  return found.text;
}

describe('initFiles', () => {
  const files = initFiles(ANSWERS, CONTEXT);

  it('makes the records, the folders, the guide, and the editor, hook and CI files', () => {
    expect(files.map((f) => f.path)).toEqual([
      'mentor.yaml',
      'teachers/kuznetsova-ev.yaml',
      'teachers/.gitkeep',
      'mentors/.gitkeep',
      'diagnostics/.gitkeep',
      'routes/.gitkeep',
      'catalog/.gitkeep',
      'templates/.gitkeep',
      'README.md',
      'package.json',
      '.vscode/settings.json',
      '.vscode/extensions.json',
      '.pre-commit-config.yaml',
      '.github/workflows/mentor.yml',
      '.gitlab-ci.yml',
      '.gitignore',
    ]);
    for (const f of files) expect(f.text === '' || f.text.endsWith('\n'), f.path).toBe(true);
  });

  it('writes mentor.yaml from the answers, every setting at its default', () => {
    const text = file(files, 'mentor.yaml');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=node_modules/mentor/schemas/config.schema.json');
    expect(parse(text)).toEqual({
      organization: {
        name: ANSWERS.name,
        short_name: ANSWERS.shortName,
        city: ANSWERS.city,
        head: ANSWERS.head,
        curator: 'kuznetsova-ev',
      },
      programme: { title: ANSWERS.programme, target_coverage: 0.7 },
      settings: {
        mentor_max_mentees: 2,
        mentor_min_experience_years: 3,
        young_specialist_max_years: 3,
        deficit_below: 1,
        max_items_per_month: 4,
        quarters: 'calendar',
        lang: 'ru',
      },
    });
  });

  it('leaves out the optional names that were not given', () => {
    const bare: InitAnswers = { ...ANSWERS };
    delete bare.shortName;
    delete bare.city;
    const config = parse(file(initFiles(bare, CONTEXT), 'mentor.yaml')) as { organization: object };
    expect(Object.keys(config.organization)).toEqual(['name', 'head', 'curator']);
  });

  it("writes the curator's teacher file with placeholders dated today", () => {
    const text = file(files, 'teachers/kuznetsova-ev.yaml');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../node_modules/mentor/schemas/teacher.schema.json');
    expect(parse(text)).toEqual({
      id: 'kuznetsova-ev',
      full_name: 'Кузнецова Елена Викторовна',
      position: 'senior_educator',
      hired: '2025-10-15',
      experience: { years: 0, as_of: '2025-10-15' },
      education: { level: 'higher', institution: 'уточните', year: 2025, specialty: 'уточните' },
      category: 'none',
    });
  });

  it('makes neither mentor.yaml nor a teacher file when mentor.yaml is already there', () => {
    const paths = initFiles(undefined, CONTEXT).map((f) => f.path);
    expect(paths).not.toContain('mentor.yaml');
    expect(paths.some((p) => p.startsWith('teachers/') && p.endsWith('.yaml'))).toBe(false);
    expect(paths).toContain('README.md');
  });

  it("makes no teacher file when only the curator's id is known", () => {
    const idOnly: InitAnswers = { ...ANSWERS };
    delete idOnly.curatorName;
    expect(initFiles(idOnly, CONTEXT).map((f) => f.path)).not.toContain('teachers/kuznetsova-ev.yaml');
  });

  it("maps each schema to its folder's files for VS Code", () => {
    expect(JSON.parse(file(files, '.vscode/settings.json'))).toEqual({
      'yaml.schemas': {
        'node_modules/mentor/schemas/config.schema.json': 'mentor.yaml',
        'node_modules/mentor/schemas/teacher.schema.json': 'teachers/*.yaml',
        'node_modules/mentor/schemas/mentor.schema.json': 'mentors/*.yaml',
        'node_modules/mentor/schemas/diagnostics.schema.json': 'diagnostics/*/*.yaml',
        'node_modules/mentor/schemas/route.schema.json': 'routes/*/*.yaml',
        'node_modules/mentor/schemas/catalog.schema.json': 'catalog/*.yaml',
      },
      'files.encoding': 'utf8',
    });
    expect(JSON.parse(file(files, '.vscode/extensions.json'))).toEqual({ recommendations: ['redhat.vscode-yaml'] });
  });

  it('pins the pre-commit hook, both CIs and package.json to this version of mentor', () => {
    const tag = `v${VERSION}`;
    const hook = parse(file(files, '.pre-commit-config.yaml')) as { repos: Record<string, unknown>[] };
    expect(hook.repos).toEqual([{ repo: REPOSITORY_URL, rev: tag, hooks: [{ id: 'mentor-validate' }] }]);

    const github = parse(file(files, '.github/workflows/mentor.yml')) as { on: string[]; jobs: { validate: { steps: Record<string, unknown>[] } } };
    expect(github.on).toEqual(['push', 'pull_request']);
    expect(github.jobs.validate.steps).toEqual([{ uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } }, { uses: `${REPOSITORY}@${tag}` }]);

    const gitlab = parse(file(files, '.gitlab-ci.yml')) as Record<string, { variables: Record<string, string>; script: string[]; artifacts: unknown }>;
    expect(gitlab['mentor-validate']?.variables).toEqual({ MENTOR_VERSION: tag });
    expect(gitlab['mentor-validate']?.script[0]).toContain(`git+${REPOSITORY_URL}.git#\${MENTOR_VERSION}`);
    expect(gitlab['mentor-validate']?.script.at(-1)).toBe('mentor validate');
    expect(gitlab['mentor-validate']?.artifacts).toEqual({ when: 'always', reports: { junit: 'mentor-junit.xml' } });
    // The job is the one this repository publishes as ci/gitlab-ci.yml.
    expect(readFileSync(join(REPO_ROOT, 'ci', 'gitlab-ci.yml'), 'utf8')).toContain(gitlabJobText());

    const manifest = JSON.parse(file(files, 'package.json')) as { private: boolean; devDependencies: Record<string, string> };
    expect(manifest).toMatchObject({ private: true, devDependencies: { mentor: `git+${REPOSITORY_URL}.git#${tag}` } });
    expect(file(files, '.gitignore').split('\n')).toEqual(expect.arrayContaining(['out/', 'node_modules/']));
  });

  it("shows in the README's install section exactly the CI lines that init writes and the install tests run", () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const withoutComments = (text: string): string => text.split('\n').filter((line) => !line.startsWith('#')).join('\n');
    expect(readme).toContain(withoutComments(file(files, '.github/workflows/mentor.yml')));
    expect(readme).toContain(gitlabJobText());
    expect(readme).toContain(withoutComments(file(files, '.pre-commit-config.yaml')));
    expect(readme).toContain(`npm install --save-dev "${JSON.parse(file(files, 'package.json')).devDependencies.mentor}"`);
  });

  it('pins the same version and repository as package.json and the published hook and action', () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string; repository: { url: string } };
    expect(pkg.version).toBe(VERSION);
    expect(pkg.repository.url).toBe(`git+${REPOSITORY_URL}.git`);
    expect(readFileSync(join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')).toContain(`rev: v${VERSION}`);
    expect(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')).toContain(`uses: ${REPOSITORY}@v${VERSION}`);
  });

  it('writes the guide in Russian: teachers, pairs with art. 351.8 consent and agreement, self-assessment, commands', () => {
    const readme = file(files, 'README.md');
    expect(readme.startsWith('# Наставничество педагогов: МБДОУ «Детский сад № 12»\n')).toBe(true);
    for (const phrase of [
      '## Как добавить педагога',
      '## Как добавить пару «наставник — наставляемый»',
      'статье 351.8 Трудового кодекса РФ',
      '**письменное согласие**',
      '**дополнительное соглашение\nк трудовому договору**',
      '## Как записать самооценку педагога',
      'diagnostics/2025-2026/ivanova-ma.yaml',
      'npx mentor validate',
      'npx mentor plan',
      'npx mentor report --period 2026Q1',
      'Куратор — Кузнецова Елена Викторовна (`kuznetsova-ev`)',
    ]) {
      expect(readme, phrase).toContain(phrase);
    }
    expect(readme).toMatch(/ё/);
    // Typographic quotes in the text; a command line keeps the quotes a shell needs.
    expect(readme.replace(/```\n(?:npx|mentor) [^\n]*\n```/g, '')).not.toMatch(/"[А-Яа-яЁё]/);
  });
});

describe('schemaPath', () => {
  it('climbs one folder per level, and keeps an absolute folder as it is', () => {
    expect(schemaPath('../mentor/schemas', 0, 'x.json')).toBe('../mentor/schemas/x.json');
    expect(schemaPath('../mentor/schemas', 2, 'x.json')).toBe('../../../mentor/schemas/x.json');
    expect(schemaPath('', 1, 'x.json')).toBe('../x.json');
    expect(schemaPath('/opt/mentor/schemas', 2, 'x.json')).toBe('/opt/mentor/schemas/x.json');
    expect(schemaPath('C:/mentor/schemas', 1, 'x.json')).toBe('C:/mentor/schemas/x.json');
  });
});
