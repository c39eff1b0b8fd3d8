// Init: every file of a new workspace, as (path, text) pairs made from the answers — nothing is written here.

import type { InitAnswers } from './answers.js';
import { readmeText } from './readme.js';
import { configText, curatorTeacherText } from './records.js';
import {
  githubWorkflowText,
  gitignoreText,
  gitlabCiText,
  packageJsonText,
  preCommitText,
  vscodeExtensionsText,
  vscodeSettingsText,
} from './tooling.js';

export interface InitFile {
  /** Relative to the workspace root, with `/`. */
  path: string;
  text: string;
}

export interface InitContext {
  /** The tool's schemas/ folder, relative to the workspace root (with `/`): INSTALLED_SCHEMAS. */
  schemas: string;
  /** The day the curator's placeholders and the README's examples are dated from. */
  today: string;
}

export const RECORD_FOLDERS = ['teachers', 'mentors', 'diagnostics', 'routes', 'catalog', 'templates'] as const;

/**
 * The files, in the order they are reported. Without answers (mentor.yaml is already there)
 * neither mentor.yaml nor the curator's teacher file is made.
 */
export function initFiles(answers: InitAnswers | undefined, context: InitContext): InitFile[] {
  const records: InitFile[] = [];
  if (answers !== undefined) {
    records.push({ path: 'mentor.yaml', text: configText(answers, context.schemas) });
    const { curatorName } = answers;
    if (curatorName !== undefined) {
      records.push({
        path: `teachers/${answers.curator}.yaml`,
        text: curatorTeacherText({ ...answers, curatorName }, context.schemas, context.today),
      });
    }
  }
  return [
    ...records,
    // Git keeps no empty folder: a .gitkeep makes each one part of the first commit.
    ...RECORD_FOLDERS.map((folder) => ({ path: `${folder}/.gitkeep`, text: '' })),
    { path: 'README.md', text: readmeText(answers, context.today) },
    { path: 'package.json', text: packageJsonText() },
    { path: '.vscode/settings.json', text: vscodeSettingsText(context.schemas) },
    { path: '.vscode/extensions.json', text: vscodeExtensionsText() },
    { path: '.pre-commit-config.yaml', text: preCommitText() },
    { path: '.github/workflows/mentor.yml', text: githubWorkflowText() },
    { path: '.gitlab-ci.yml', text: gitlabCiText() },
    { path: '.gitignore', text: gitignoreText() },
  ];
}
