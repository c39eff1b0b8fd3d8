// Messages: what `mentor report` says besides the report itself, in both languages.

import type { Lang } from './catalogue.js';

export interface ReportText {
  badPeriod: (value: string, forms: readonly string[]) => string;
  badSeparator: (value: string) => string;
  written: (files: string) => string;
  /** `mentor render roadmap`. */
  roadmapWritten: (files: string) => string;
}

export const REPORT_TEXT: Record<Lang, ReportText> = {
  en: {
    badPeriod: (v, forms) =>
      `--period: "${v}" is not a period. Accepted forms: ${forms.join(', ')} (a calendar quarter, an academic year, an academic quarter, a month, a range of days), in the years 1900 to 2100.`,
    badSeparator: (v) => `--csv-separator: "${v}" is not one of "," and ";".`,
    written: (f) => `Report written: ${f}`,
    roadmapWritten: (f) => `Roadmap documents: ${f}`,
  },
  ru: {
    badPeriod: (v, forms) =>
      `--period: «${v}» — не период. Допустимые формы: ${forms.join(', ')} (календарный квартал, учебный год, квартал учебного года, месяц, промежуток дат) в годах от 1900 до 2100.`,
    badSeparator: (v) => `--csv-separator: «${v}» — допустимы только «,» и «;».`,
    written: (f) => `Отчёт записан: ${f}`,
    roadmapWritten: (f) => `Дорожная карта: ${f}`,
  },
};
