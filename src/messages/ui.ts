// Messages: the words of the CLI itself (summaries, usage errors), in both languages.

import { pluralEn, type Lang } from './catalogue.js';
import { pluralRu } from '../model/russian.js';

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
  noSuchPath: (path: string) => string;
  pathOutsideWorkspace: (path: string) => string;
  noBase: string;
  baseIsHead: (commit: string) => string;
  comparedWith: (commit: string, old: number) => string;
  seeHelp: (command: string) => string;
  noBrowser: string;
  browserNotAProgram: (path: string) => string;
  browserFailed: (detail: string) => string;
  /** A refused write (src/cli/write-refused.ts): `file` to be written, `at` what is in the way. */
  writeRefused: (kind: string, file: string, at: string) => string;
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
    badDate: (v) => `"${v}" is not a date: write it as 2026-03-20 or 20.03.2026, with a year from 1900 to 2100.`,
    badOption: (o, v, a) => `${o}: "${v}" is not one of ${a}.`,
    badYear: (v) => `--year: "${v}" is not an academic year; write it as 2025/2026 or 2025-2026 (years from 1900 to 2100).`,
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
    noSuchPath: (p) => `${p}: no such file or folder.`,
    pathOutsideWorkspace: (p) => `${p} is outside the workspace.`,
    noBase:
      '--changed needs a base to compare with, and neither origin/HEAD, main nor master is in this clone. Fetch the whole history (actions/checkout with fetch-depth: 0, GitLab GIT_DEPTH: 0) or give --base REF.',
    baseIsHead: (c) =>
      `--changed: the base is the current commit (${c}), so there is nothing to compare with. In CI fetch the whole history (actions/checkout with fetch-depth: 0, GitLab GIT_DEPTH: 0), or give another --base.`,
    comparedWith: (c, o) =>
      `Compared with ${c}: only new problems are shown${o > 0 ? `; ${o} old ${pluralEn(o, 'problem', 'problems')} not shown` : ''}.`,
    seeHelp: (c) => `See ${c} --help.`,
    noBrowser:
      '--format pdf prints with Chromium, Chrome or Edge, and none was found: install one (Debian/Ubuntu: apt-get install chromium; on Windows Edge is already there) or give its path with --browser PATH or MENTOR_BROWSER.',
    browserNotAProgram: (p) => `--browser: ${p} is not a program (the path of Chromium, Chrome or Edge is needed).`,
    browserFailed: (d) => `The browser could not print the PDF: ${d}`,
    writeRefused: (k, f, a) =>
      ({
        link: `Not writing ${f}: ${a === f ? 'it' : a} is a symbolic link, and mentor never writes through one (it could overwrite a file outside the workspace). Remove the link or choose another --out.`,
        'not-folder': `Cannot write ${f}: ${a} is a file, not a folder. Choose another --out.`,
        'is-folder': `Cannot write ${f}: it is a folder.`,
        changed: `${f} changed since mentor read it (saved in an editor, or by another mentor run); it was left as it is. Run the command again.`,
        locked: `${f} is being changed by another mentor run (lock file ${a}); it was left as it is. Run the command again when that run is over, or delete the lock file if no mentor is running.`,
      })[k] ?? `Cannot write ${f} (${k}: ${a}).`,
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
    badDate: (v) => `«${v}» — не дата: запишите её как 2026-03-20 или 20.03.2026, год — от 1900 до 2100.`,
    badOption: (o, v, a) => `${o}: «${v}» — допустимы только ${a}.`,
    badYear: (v) => `--year: «${v}» — не учебный год; укажите его так: 2025/2026 или 2025-2026 (годы от 1900 до 2100).`,
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
    noSuchPath: (p) => `${p}: такого файла или папки нет.`,
    pathOutsideWorkspace: (p) => `${p} — вне рабочей папки.`,
    noBase:
      '--changed сравнивает с базовой ревизией, но в этой копии репозитория нет ни origin/HEAD, ни main, ни master. Загрузите всю историю (actions/checkout с fetch-depth: 0, в GitLab GIT_DEPTH: 0) или укажите --base РЕВИЗИЯ.',
    baseIsHead: (c) =>
      `--changed: база — это текущий коммит (${c}), сравнивать не с чем. В CI загрузите всю историю (actions/checkout с fetch-depth: 0, в GitLab GIT_DEPTH: 0) или укажите другую --base.`,
    comparedWith: (c, o) =>
      `Сравнение с ${c}: показаны только новые проблемы${o > 0 ? `; ${o} ${pluralRu(o, 'старая проблема не показана', 'старые проблемы не показаны', 'старых проблем не показано')}` : ''}.`,
    seeHelp: (c) => `Подробнее: ${c} --help.`,
    noBrowser:
      '--format pdf печатает документ браузером Chromium, Chrome или Edge, но ни один не найден: установите его (Debian/Ubuntu: apt-get install chromium; в Windows Edge уже есть) или укажите путь к нему: --browser ПУТЬ или MENTOR_BROWSER.',
    browserNotAProgram: (p) => `--browser: ${p} — не программа (нужен путь к Chromium, Chrome или Edge).`,
    browserFailed: (d) => `Браузер не смог напечатать PDF: ${d}`,
    writeRefused: (k, f, a) =>
      ({
        link: `Файл ${f} не записан: ${a === f ? 'это' : `${a} —`} символическая ссылка, а mentor никогда не пишет через ссылки (так можно испортить файл вне рабочей папки). Удалите ссылку или укажите другую папку в --out.`,
        'not-folder': `Не удалось записать ${f}: ${a} — файл, а не папка. Укажите другую папку в --out.`,
        'is-folder': `Не удалось записать ${f}: на этом месте папка.`,
        changed: `Файл ${f} изменился после того, как mentor его прочитал (его сохранили в редакторе или изменил другой запуск mentor); он оставлен как есть. Выполните команду ещё раз.`,
        locked: `Файл ${f} сейчас изменяет другой запуск mentor (файл блокировки ${a}); он оставлен как есть. Выполните команду ещё раз, когда тот запуск закончится, или удалите файл блокировки, если mentor не запущен.`,
      })[k] ?? `Не удалось записать ${f} (${k}: ${a}).`,
  },
};
