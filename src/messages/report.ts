// Messages: what `mentor report` says besides the report itself, in both languages.

import type { Lang } from './catalogue.js';
import { formatDateShort } from '../model/russian.js';
import type { Period } from '../report/types.js';

export interface ReportText {
  badPeriod: (value: string, forms: readonly string[]) => string;
  badSeparator: (value: string) => string;
  written: (files: string) => string;
  /**
   * The first line of `mentor report` without `--period`: which period it chose, why, and the
   * `--period` value of the other one she may have meant.
   */
  defaultPeriod: (period: Period, why: 'ended' | 'current', today: string, other: Period) => string;
  /** `mentor render roadmap`. */
  roadmapWritten: (files: string) => string;
}

export const REPORT_TEXT: Record<Lang, ReportText> = {
  en: {
    badPeriod: (v, forms) =>
      `--period: "${v}" is not a period. Accepted forms: ${forms.join(', ')} (a calendar quarter, an academic year, an academic quarter, a month, a range of days), in the years 1900 to 2100.`,
    badSeparator: (v) => `--csv-separator: "${v}" is not one of "," and ";".`,
    written: (f) => `Report written: ${f}`,
    defaultPeriod: (p, why, today, other) =>
      `Report for ${p.code} (${p.start} – ${p.end}; ${
        why === 'ended' ? `the quarter ended on ${p.end}` : `the current quarter, as of ${today}`
      }). Another period: --period ${other.code}, or see mentor report --help`,
    roadmapWritten: (f) => `Roadmap documents: ${f}`,
  },
  ru: {
    badPeriod: (v, forms) =>
      `--period: «${v}» — не период. Допустимые формы: ${forms.join(', ')} (календарный квартал, учебный год, квартал учебного года, месяц, промежуток дат) в годах от 1900 до 2100.`,
    badSeparator: (v) => `--csv-separator: «${v}» — допустимы только «,» и «;».`,
    written: (f) => `Отчёт записан: ${f}`,
    defaultPeriod: (p, why, today, other) =>
      `Отчёт за ${p.label} (${
        why === 'ended' ? `квартал закончился ${formatDateShort(p.end)}` : `текущий квартал, на ${formatDateShort(today)}`
      }). Другой период: --period ${other.code}, все формы — mentor report --help`,
    roadmapWritten: (f) => `Дорожная карта: ${f}`,
  },
};
