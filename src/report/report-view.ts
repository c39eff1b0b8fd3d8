// Report stage (formats): the report as the printed document shows it — every value a ready string.

import Handlebars from 'handlebars';
import { provenanceLine } from '../model/provenance.js';
import { countOf, formatDateLong, formatDateShort, formatInitials, shortName as shortNameOf, typography } from '../model/russian.js';
import { formatPeriod } from '../render/format.js';
import { coverageChart, growthChart, itemStatusChart } from './charts.js';
import { buildItemsView, buildMeetingsView, type ItemsView, type MeetingsView } from './report-items-view.js';
import { buildConclusions, type ConclusionsView } from './conclusions.js';
import { buildPairsView, type PairsView } from './report-pairs-view.js';
import { buildEventsView, buildSurveysView, type EventsView, type SurveyView } from './report-programme-view.js';
import { formatChange, formatPercent, formatScore, formatShare, periodPhrase, TEACHER, YOUNG_SPECIALIST } from './report-text.js';
import { RISK_TITLES, riskSentence } from './risk-sentences.js';
import type { Report, RetentionFigure, RiskCode, Share } from './types.js';

export const REPORT_TITLE = 'Отчёт о реализации программы наставничества';

/**
 * A chart: SVG markup the charts module built and escaped itself. As a SafeString it prints
 * through `{{…}}` unescaped, so templates need no triple braces anywhere.
 */
export type ChartMarkup = Handlebars.SafeString;

export interface ReportView {
  /** The foot line: commit, tool, day; '' when unknown. */
  provenance: string;
  title: string;
  /** The names with non-breaking spaces (№ 12, г. Вологда); address '' when not given. */
  organization: { name: string; address: string };
  programme: string;
  /** «за I квартал 2026 г.» */
  period: string;
  /** «с 1 января 2026 г. по 31 марта 2026 г.» */
  periodDates: string;
  /** The as-of date, the day the figures are counted on: «31 марта 2026 г.» */
  onDate: string;
  isAnonymized: boolean;
  coverage: {
    /** The shares (bold in print) carry `isShare`. */
    rows: { label: string; value: string; isShare: boolean }[];
    /** «Целевое значение достигнуто.», or null when there is nobody to count. */
    verdict: string | null;
    chart: ChartMarkup;
  };
  /** Закрепляемость: a sentence per figure, and the people counted (none when anonymised). */
  retention: {
    rows: { label: string; value: string }[];
    people: { name: string; position: string; hired: string; anniversary: string; retained: string; horizon: string }[];
  };
  pairs: PairsView;
  items: ItemsView & { chart: ChartMarkup | null };
  meetings: MeetingsView;
  events: EventsView;
  conclusions: ConclusionsView;
  surveys: SurveyView[];
  growth: {
    /** Why there is no table: confidential (anonymised) or no data; null when there is one. */
    note: string | null;
    chart: ChartMarkup | null;
    rows: { title: string; teachers: number; entry: string; latest: string; change: string }[];
  };
  risks: { title: string; sentences: string[] }[];
  signature: {
    /** «Заведующий МБДОУ «Детский сад № 12»»: the head signs the report, by name, never anonymised. */
    role: string;
    name: string;
    /** «Исполнитель: Кузнецова Е. В., старший воспитатель, тел. …», or '' without one. */
    executor: string;
    date: string;
  };
}

export const GROWTH_CONFIDENTIAL =
  'Результаты самооценки педагогов конфиденциальны и в обезличенный отчёт не включаются.';
const GROWTH_NONE = 'Данных для сравнения нет: ни у одного наставляемого нет входной и повторной самооценки.';

export function buildReportView(report: Report): ReportView {
  const items = buildItemsView(report);
  return {
    title: REPORT_TITLE,
    organization: {
      name: typography(report.organization.name),
      address: typography([report.organization.city, report.organization.address].filter((s) => s !== null && s !== '').join(', ')),
    },
    programme: typography(report.programme.title),
    period: periodPhrase(report.period),
    periodDates: formatPeriod(report.period.start, report.period.end),
    onDate: formatDateLong(report.period.as_of),
    isAnonymized: report.anonymized,
    coverage: coverageView(report),
    retention: retentionView(report),
    pairs: buildPairsView(report),
    items: { ...items, chart: items.byDirection.length === 0 ? null : safe(itemStatusChart(report.items.by_direction)) },
    meetings: buildMeetingsView(report),
    events: buildEventsView(report),
    conclusions: buildConclusions(report),
    surveys: buildSurveysView(report),
    growth: growthView(report),
    risks: risksView(report),
    signature: signatureView(report),
    provenance: report.provenance ? provenanceLine(report.provenance) : '',
  };
}

function safe(svg: string): ChartMarkup {
  return new Handlebars.SafeString(svg);
}

function coverageView(report: Report): ReportView['coverage'] {
  const { staff, young_specialists: young } = report.coverage;
  const target = `цель — ${formatPercent(staff.target)}`;
  return {
    rows: [
      { label: 'Педагогических работников (без младших воспитателей)', value: countOf(staff.denominator, TEACHER), isShare: false },
      { label: 'Из них участвуют в наставничестве (наставники и наставляемые)', value: countOf(staff.numerator, TEACHER), isShare: false },
      { label: 'Охват педагогических работников наставничеством', value: `${formatShare(staff, TEACHER)} (${target})`, isShare: true },
      { label: 'Молодых специалистов', value: countOf(young.denominator, YOUNG_SPECIALIST), isShare: false },
      { label: 'Из них имеют наставника', value: countOf(young.numerator, YOUNG_SPECIALIST), isShare: false },
      { label: 'Охват молодых специалистов наставничеством', value: formatShare(young, YOUNG_SPECIALIST), isShare: true },
    ],
    verdict:
      staff.ratio === null ? null : staff.meets_target ? 'Целевое значение охвата достигнуто.' : 'Целевое значение охвата не достигнуто.',
    chart: safe(coverageChart(report.coverage)),
  };
}

function growthView(report: Report): ReportView['growth'] {
  if (report.anonymized || report.growth.length === 0) {
    return { note: report.anonymized ? GROWTH_CONFIDENTIAL : GROWTH_NONE, chart: null, rows: [] };
  }
  return {
    note: null,
    chart: safe(growthChart(report.growth)),
    rows: report.growth.map((g) => ({
      title: g.title,
      teachers: g.teachers,
      entry: formatScore(g.entry),
      latest: formatScore(g.latest),
      change: formatChange(g.change),
    })),
  };
}

/** Risks grouped by kind, kinds in the order of RISK_TITLES, sentences in the report's order. */
function risksView(report: Report): ReportView['risks'] {
  return (Object.keys(RISK_TITLES) as RiskCode[]).flatMap((code) => {
    const sentences = report.risks.filter((r) => r.code === code).map(riskSentence);
    return sentences.length === 0 ? [] : [{ title: RISK_TITLES[code], sentences }];
  });
}

/**
 * The head signs («Заведующий ____ Н. И. Сидорова», М. П.), with the исполнитель below: an official
 * report is signed by name, so neither is anonymised.
 */
function signatureView(report: Report): ReportView['signature'] {
  const { head, executor, short_name: shortName } = report.organization;
  const parts =
    executor === null || executor.name === ''
      ? []
      : [shortNameOf(executor.name), executor.position, executor.phone === null ? '' : `тел.\u00a0${executor.phone}`].filter((s) => s !== '');
  return {
    role: typography(`Заведующий${shortName === null ? '' : ` ${shortName}`}`),
    name: head === '' ? '' : formatInitials(head),
    executor: parts.length === 0 ? '' : `Исполнитель: ${parts.join(', ')}`,
    date: formatDateLong(report.today),
  };
}

function retentionView(report: Report): ReportView['retention'] {
  const { one_year: one, three_years: three } = report.retention;
  const value = (share: Share) =>
    share.denominator === 0 ? 'молодых специалистов, принятых в эти сроки, нет' : formatShare(share, YOUNG_SPECIALIST);
  const people = (figure: RetentionFigure, horizon: string) =>
    figure.people.map((p) => ({
      name: p.person.name,
      position: p.person.position,
      hired: formatDateShort(p.hired),
      anniversary: formatDateShort(p.anniversary),
      retained: p.retained ? 'работает' : 'не работает',
      horizon,
    }));
  return {
    rows: [
      { label: 'Работают через год после приёма (приняты за 1–3 года до даты данных)', value: value(one) },
      { label: 'Работают через три года после приёма (приняты за 3–5 лет до даты данных)', value: value(three) },
    ],
    people: [...people(one, '1 год'), ...people(three, '3 года')],
  };
}
