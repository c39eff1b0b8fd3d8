// Messages: what `mentor done`, `meeting` and `assess` tell the user, in both languages.

import { pluralEn, type Lang } from './catalogue.js';
import { pluralRu, quoteRu } from '../model/russian.js';

export interface EditText {
  noRoute: (teacher: string, year: string, suggestion: string) => string;
  routeHasErrors: (file: string) => string;
  noItem: (id: string, file: string, suggestion: string) => string;
  alias: (file: string, line: number, alias: string) => string;
  assessmentExists: (kind: string, date: string, file: string) => string;
  notTeacher: (teacher: string, suggestion: string) => string;
  badScore: (value: string) => string;
  badMinutes: (value: string) => string;
  refused: (errors: number) => string;
  markedDone: (item: string, date: string, file: string) => string;
  meetingAdded: (date: string, file: string) => string;
  assessmentAdded: (kind: string, date: string, file: string) => string;
  dryRun: string;
}

const KINDS_RU: Record<string, string> = { entry: 'входная', midterm: 'промежуточная', final: 'итоговая' };
const orEn = (s: string): string => (s === '' ? '' : ` Did you mean ${s.split(/,\s*/).map((id) => `"${id}"`).join(' or ')}?`);
const orRu = (s: string): string => (s === '' ? '' : ` Может быть, ${s.split(/,\s*/).map(quoteRu).join(' или ')}?`);

export const EDIT_TEXT: Record<Lang, EditText> = {
  en: {
    noRoute: (t, y, s) => `No route of ${y} for "${t}" in routes/.${orEn(s)}`,
    routeHasErrors: (f) => `${f} has errors (above): fix them before marking anything in it.`,
    noItem: (id, f, s) => `No item "${id}" in ${f}.${orEn(s)}`,
    alias: (f, l, a) => `${f} uses the YAML alias *${a} (line ${l}): an edit could change another value through it. Write the value out in place of the alias, then run the command again.`,
    assessmentExists: (k, d, f) => `${f} already holds the ${k} self-assessment (${d}); change it there if it needs correcting.`,
    notTeacher: (t, s) => `No teacher "${t}" in teachers/.${orEn(s)}`,
    badScore: (v) => `"${v}" is not a score: write direction=score with a score from 0 to 2, e.g. documentation=0.5.`,
    badMinutes: (v) => `--minutes: "${v}" is not a number of minutes.`,
    refused: (e) => `Nothing was written: the change would add ${e} ${pluralEn(e, 'error', 'errors')} (above).`,
    markedDone: (i, d, f) => `Marked done on ${d}: ${i} (${f})`,
    meetingAdded: (d, f) => `Meeting of ${d} added to the journal: ${f}`,
    assessmentAdded: (k, d, f) => `The ${k} self-assessment of ${d} added: ${f}`,
    dryRun: 'Nothing was written (--dry-run).',
  },
  ru: {
    noRoute: (t, y, s) => `Маршрута педагога «${t}» на ${y} учебный год в routes/ нет.${orRu(s)}`,
    routeHasErrors: (f) => `В ${f} есть ошибки (они выше): исправьте их, прежде чем делать отметки в этом файле.`,
    noItem: (id, f, s) => `Мероприятия «${id}» в ${f} нет.${orRu(s)}`,
    alias: (f, l, a) => `В ${f} используется ссылка YAML *${a} (строка ${l}): правка могла бы изменить через неё другое значение. Запишите значение вместо ссылки и выполните команду ещё раз.`,
    assessmentExists: (k, d, f) => `В ${f} уже есть ${KINDS_RU[k] ?? k} самооценка (${d}); если её нужно исправить, исправьте прямо в файле.`,
    notTeacher: (t, s) => `Педагога «${t}» в teachers/ нет.${orRu(s)}`,
    badScore: (v) => `«${v}» — не оценка: запишите «направление=балл», балл от 0 до 2, например documentation=0.5.`,
    badMinutes: (v) => `--minutes: «${v}» — не число минут.`,
    refused: (e) => `Ничего не записано: правка добавила бы ${e} ${pluralRu(e, 'ошибку', 'ошибки', 'ошибок')} (они выше).`,
    markedDone: (i, d, f) => `Отмечено выполнение ${d}: ${i} (${f})`,
    meetingAdded: (d, f) => `Встреча ${d} записана в журнал: ${f}`,
    assessmentAdded: (k, d, f) => `Записана ${KINDS_RU[k] ?? k} самооценка от ${d}: ${f}`,
    dryRun: 'Ничего не записано (--dry-run).',
  },
};
