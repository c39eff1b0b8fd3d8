// Render stage: the approval blocks of a document — «УТВЕРЖДАЮ … Приказ от … № …» and «ПРИНЯТО на … совете».

import type { Acceptance, Approval } from '../model/types.js';
import { formatDateShort, NBSP } from '../model/russian.js';

/** «Приказ от 19.09.2025 № 118-о» */
export function orderLine(approval: Approval): string {
  return `Приказ от ${formatDateShort(approval.date)} №${NBSP}${approval.order}`;
}

/** «ПРИНЯТО» / «на методическом совете» / «протокол от 18.09.2025 № 2» */
export function acceptedLines(accepted: Acceptance): { place: string; protocol: string } {
  return {
    place: `на ${prepositional(accepted.body)}`,
    protocol: `протокол от ${formatDateShort(accepted.date)} №${NBSP}${accepted.protocol}`,
  };
}

const ADJECTIVE_ENDINGS: readonly [string, string][] = [
  ['ий', 'ом'],
  ['ый', 'ом'],
  ['ой', 'ом'],
  ['ая', 'ой'],
  ['яя', 'ей'],
  ['ое', 'ом'],
  ['ее', 'ем'],
];
const NOUN_ENDINGS: readonly [string, string][] = [
  ['ие', 'ии'],
  ['ия', 'ии'],
  ['ь', 'и'],
  ['а', 'е'],
  ['я', 'е'],
  ['о', 'е'],
];

/**
 * «педагогический совет» → «педагогическом совете», «методическое объединение» → «методическом
 * объединении»: the leading adjectives and the noun after them take the prepositional case; the
 * rest («совет педагогов») stays as written. Words already in that case are left alone.
 */
export function prepositional(body: string): string {
  const words = body.trim().split(/\s+/);
  if (/(ом|ем)$/.test(words[0] ?? '')) return words.join(' ');
  let i = 0;
  const out: string[] = [];
  for (; i < words.length; i++) {
    const word = words[i]!;
    const adjective = ADJECTIVE_ENDINGS.find(([end]) => word.endsWith(end));
    if (adjective === undefined) break;
    out.push(word.slice(0, -adjective[0].length) + adjective[1]);
  }
  const noun = words[i];
  if (noun !== undefined) {
    const ending = NOUN_ENDINGS.find(([end]) => noun.endsWith(end));
    const isDeclined = /(е|и)$/.test(noun) && ending === undefined;
    out.push(isDeclined ? noun : ending !== undefined ? noun.slice(0, -ending[0].length) + ending[1] : /[бвгджзклмнпрстфхцчшщ]$/.test(noun) ? `${noun}е` : noun);
  }
  return [...out, ...words.slice(i + 1)].join(' ');
}
