// Report stage (formats): the Russian phrases of report figures — shares, counts, percents, scores.

import { countRu, decimalComma, NBSP } from '../model/russian.js';
import { roundTo } from './rounding.js';
import type { Period, Share } from './types.js';

/**
 * A counted noun in its forms: counting (1 педагог, 3 педагога, 5 педагогов) and genitive, the
 * form after «из» (из 1 педагога, из 3 педагогов, из 21 педагога).
 */
export interface Noun {
  one: string;
  few: string;
  many: string;
  genitiveOne: string;
  genitiveMany: string;
}

export const TEACHER: Noun = { one: 'педагог', few: 'педагога', many: 'педагогов', genitiveOne: 'педагога', genitiveMany: 'педагогов' };
export const YOUNG_SPECIALIST: Noun = {
  one: 'молодой специалист',
  few: 'молодых специалиста',
  many: 'молодых специалистов',
  genitiveOne: 'молодого специалиста',
  genitiveMany: 'молодых специалистов',
};
export const ITEM: Noun = {
  one: 'мероприятие',
  few: 'мероприятия',
  many: 'мероприятий',
  genitiveOne: 'мероприятия',
  genitiveMany: 'мероприятий',
};
export const MEETING: Noun = { one: 'встреча', few: 'встречи', many: 'встреч', genitiveOne: 'встречи', genitiveMany: 'встреч' };
export const MENTEE: Noun = {
  one: 'наставляемый',
  few: 'наставляемых',
  many: 'наставляемых',
  genitiveOne: 'наставляемого',
  genitiveMany: 'наставляемых',
};
export const PAIR: Noun = { one: 'пара', few: 'пары', many: 'пар', genitiveOne: 'пары', genitiveMany: 'пар' };

/** «1 педагог», «3 педагога», «5 педагогов», «21 педагог». */
export function countOf(n: number, noun: Noun): string {
  return countRu(n, noun.one, noun.few, noun.many);
}

/** The genitive after «из»: singular for 1, 21, 31… (not 11), plural otherwise. */
export function genitiveOf(n: number, noun: Noun): string {
  return `${n} ${n % 10 === 1 && n % 100 !== 11 ? noun.genitiveOne : noun.genitiveMany}`;
}

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
export function formatShare(share: Share, noun: Noun): string {
  const ratio = share.ratio === null ? 'не рассчитывается' : formatPercent(share.ratio);
  return `${share.numerator} из ${genitiveOf(share.denominator, noun)} — ${ratio}`;
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

