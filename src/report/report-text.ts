// Report stage (formats): the Russian phrases of report figures — shares, counts, percents, scores.

import { decimalComma, genitiveOf, NBSP, noun, type Noun } from '../model/russian.js';
import { roundTo } from './rounding.js';
import type { Period, Share } from './types.js';

export const TEACHER = noun('педагог', 'педагога', 'педагогов');
export const YOUNG_SPECIALIST = noun('молодой специалист', 'молодых специалиста', 'молодых специалистов', 'молодого специалиста');
export const ITEM = noun('мероприятие', 'мероприятия', 'мероприятий');
export const MEETING = noun('встреча', 'встречи', 'встреч');
export const MENTEE = noun('наставляемый', 'наставляемых', 'наставляемых', 'наставляемого');
export const MENTOR = noun('наставник', 'наставника', 'наставников');
export const PAIR = noun('пара', 'пары', 'пар');
export const RISK = noun('риск', 'риска', 'рисков');

/**
 * A ratio (0–1) as a percent to one decimal with a comma, «,0» dropped: 0.5333 → «53,3 %»,
 * 0.7 → «70 %». The space before «%» is non-breaking, so the sign never wraps alone.
 */
export function formatPercent(ratio: number): string {
  return `${decimalComma(percentOf(ratio))}${NBSP}%`;
}

/** A ratio as a number of percent to one decimal: 0.53333 → 53.3. */
export function percentOf(ratio: number): number {
  return roundTo(ratio * 100, 1);
}

/** «8 из 15 педагогов — 53,3 %»; a share of nobody: «0 из 0 педагогов — не рассчитывается». */
export function formatShare(share: Share, word: Noun): string {
  const ratio = share.ratio === null ? 'не рассчитывается' : formatPercent(share.ratio);
  return `${share.numerator} из ${genitiveOf(share.denominator, word)} — ${ratio}`;
}

/** A mean score with two decimals and a comma: 1.5 → «1,50». */
export function formatScore(score: number | null): string {
  return score === null ? '—' : decimalComma(score.toFixed(2));
}

/** A change of score with its sign: «+0,25», «−0,30» (a real minus), «0,00». */
export function formatChange(change: number | null): string {
  if (change === null) return '—';
  const text = decimalComma(Math.abs(change).toFixed(2));
  if (text === '0,00') return text;
  return change > 0 ? `+${text}` : `\u2212${text}`;
}

/** «за I квартал 2026 г.», «за 2025/2026 учебный год», «за период с 1 января 2026 г. по …». */
export function periodPhrase(period: Period): string {
  return period.label.startsWith('с ') ? `за период ${period.label}` : `за ${period.label}`;
}

