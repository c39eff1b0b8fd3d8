// Messages: the words of the CLI itself (summaries, usage errors), in both languages.

import { pluralEn, pluralRu, type Lang } from './catalogue.js';

export interface UiText {
  error: string;
  warning: string;
  advice: string;
  summary: (errors: number, warnings: number, files: number) => string;
  clean: (files: number) => string;
  noWorkspace: (dir: string) => string;
  noConfig: (dir: string) => string;
  notAFolder: (dir: string) => string;
  badDate: (value: string) => string;
  badOption: (option: string, value: string, allowed: string) => string;
  badYear: (value: string) => string;
  badCombination: (a: string, b: string) => string;
  revNeedsDryRun: string;
  failed: (detail: string) => string;
  outputFailed: (detail: string) => string;
  templateFailed: (detail: string) => string;
  git: (kind: string, detail: string) => string;
  noWorkspaceAtRevision: (rev: string, folder: string) => string;
}

export const UI: Record<Lang, UiText> = {
  en: {
    error: 'error',
    warning: 'warning',
    advice: 'advice',
    summary: (e, w, f) =>
      `${e} ${pluralEn(e, 'error', 'errors')}, ${w} ${pluralEn(w, 'warning', 'warnings')} in ${f} ${pluralEn(f, 'file', 'files')}`,
    clean: (f) => `No problems in ${f} ${pluralEn(f, 'file', 'files')}`,
    noWorkspace: (d) => `No workspace found: no mentor.yaml in ${d} or any folder above it. Use --workspace DIR.`,
    noConfig: (d) => `${d} has no mentor.yaml, so it is not a workspace.`,
    notAFolder: (d) => `${d} is not a folder.`,
    badDate: (v) => `"${v}" is not a date in the form YYYY-MM-DD with a year from 1900 to 2100.`,
    badOption: (o, v, a) => `${o}: "${v}" is not one of ${a}.`,
    badYear: (v) => `--year: "${v}" is not an academic year; write it as 2025/2026 (years from 1900 to 2100).`,
    badCombination: (a, b) => `${a} and ${b} do not go together.`,
    revNeedsDryRun: 'plan --rev only shows what a plan of that revision would be: add --dry-run.',
    failed: (d) => `The run could not complete: ${d}`,
    outputFailed: (d) => `The output could not be written: ${d}`,
    templateFailed: (d) => `A document template is broken, nothing was rendered: ${d}`,
    git: (k, d) =>
      ({
        'git-missing': 'git is not installed (or not on PATH): --rev, --changed and log need it.',
        'not-a-repository': `${d} is not in a git repository: --rev, --changed and log need one.`,
        'bad-revision': `The revision "${d}" does not exist in this repository.`,
      })[k] ?? `git failed: ${d}`,
    noWorkspaceAtRevision: (r, f) => `At revision ${r} the folder ${f} holds no mentor.yaml.`,
  },
  ru: {
    error: 'ошибка',
    warning: 'предупреждение',
    advice: 'совет',
    summary: (e, w, f) =>
      `${e} ${pluralRu(e, 'ошибка', 'ошибки', 'ошибок')}, ${w} ${pluralRu(w, 'предупреждение', 'предупреждения', 'предупреждений')} в ${f} ${pluralRu(f, 'файле', 'файлах', 'файлах')}`,
    clean: (f) => `Проблем не найдено (${f} ${pluralRu(f, 'файл', 'файла', 'файлов')})`,
    noWorkspace: (d) => `Рабочая папка не найдена: нет mentor.yaml ни в ${d}, ни выше. Укажите --workspace ПАПКА.`,
    noConfig: (d) => `В папке ${d} нет mentor.yaml, поэтому это не рабочая папка.`,
    notAFolder: (d) => `${d} — не папка.`,
    badDate: (v) => `«${v}» — не дата вида ГГГГ-ММ-ДД с годом от 1900 до 2100.`,
    badOption: (o, v, a) => `${o}: «${v}» — допустимы только ${a}.`,
    badYear: (v) => `--year: «${v}» — не учебный год; укажите его так: 2025/2026 (годы от 1900 до 2100).`,
    badCombination: (a, b) => `${a} и ${b} нельзя указывать вместе.`,
    revNeedsDryRun: 'plan --rev только показывает, каким был бы план по той ревизии: добавьте --dry-run.',
    failed: (d) => `Команду не удалось завершить: ${d}`,
    outputFailed: (d) => `Не удалось записать вывод: ${d}`,
    templateFailed: (d) => `Шаблон документа содержит ошибку, документ не создан: ${d}`,
    git: (k, d) =>
      ({
        'git-missing': 'git не установлен (или его нет в PATH): он нужен для --rev, --changed и log.',
        'not-a-repository': `${d} — не в репозитории git: он нужен для --rev, --changed и log.`,
        'bad-revision': `Ревизии «${d}» в этом репозитории нет.`,
      })[k] ?? `Ошибка git: ${d}`,
    noWorkspaceAtRevision: (r, f) => `В ревизии ${r} в папке ${f} нет mentor.yaml.`,
  },
};
