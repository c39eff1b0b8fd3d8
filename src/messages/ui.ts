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
  failed: (detail: string) => string;
  templateFailed: (detail: string) => string;
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
    badDate: (v) => `"${v}" is not a date in the form YYYY-MM-DD.`,
    badOption: (o, v, a) => `${o}: "${v}" is not one of ${a}.`,
    badYear: (v) => `--year: "${v}" is not an academic year; write it as 2025/2026.`,
    failed: (d) => `The run could not complete: ${d}`,
    templateFailed: (d) => `A document template is broken, nothing was rendered: ${d}`,
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
    badDate: (v) => `«${v}» — не дата вида ГГГГ-ММ-ДД.`,
    badOption: (o, v, a) => `${o}: «${v}» — допустимы только ${a}.`,
    badYear: (v) => `--year: «${v}» — не учебный год; укажите его так: 2025/2026.`,
    failed: (d) => `Команду не удалось завершить: ${d}`,
    templateFailed: (d) => `Шаблон документа содержит ошибку, документ не создан: ${d}`,
  },
};
