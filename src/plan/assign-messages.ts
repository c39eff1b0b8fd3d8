// Plan stage (texts): one line per AssignError code of `mentor plan --assign`, in Russian and English.

import { suggestionList, type Lang, type Params } from '../messages/catalogue.js';
import { formatDateShort, quoteRu as q } from '../model/russian.js';
import type { AssignError, AssignErrorCode } from './assign-error.js';

type Texts = Record<AssignErrorCode, (p: Params) => string>;

const d = (value: unknown): string => formatDateShort(String(value));
const qe = (value: unknown): string => `“${String(value)}”`;

const NOT_MENTOR_RU: Record<string, string> = {
  'not-mapping': 'это не словарь «ключ: значение»',
  'no-teacher': 'нет поля teacher',
  'no-pairs': 'нет списка pairs',
};
const NOT_MENTOR_EN: Record<string, string> = {
  'not-mapping': 'it is not a key: value mapping',
  'no-teacher': 'it has no teacher field',
  'no-pairs': 'it has no pairs list',
};

export const ASSIGN_ERROR_MESSAGES: Record<Lang, Texts> = {
  ru: {
    'unknown-teacher': (p) => `Педагог ${q(p['id'])} не найден среди педагогов${p['suggestion'] ? `. Может быть, ${suggestionList(p['suggestion'], q, 'или')}?` : ''}`,
    'self-mentoring': (p) => `Педагог ${q(p['mentor'])} не может быть наставником самому себе`,
    'empty-period': (p) => `В ${p['year']} учебном году после ${d(p['today'])} не осталось времени для пары`,
    'yaml-invalid': (p) => `Файл наставника не читается как YAML: ${p['detail']}`,
    'not-mentor-file': (p) => `Файл не похож на запись наставника: ${NOT_MENTOR_RU[String(p['reason'])] ?? p['reason']}`,
    'teacher-mismatch': (p) => `В файле записан наставник ${q(p['found'])}, а не ${q(p['expected'])}`,
    'pair-overlap': (p) =>
      `У наставника уже есть пара с ${q(p['mentee'])} на ${d(p['start'])} – ${d(p['end'])}, она пересекается с новой`,
  },
  en: {
    'unknown-teacher': (p) => `Teacher ${qe(p['id'])} is not in teachers/${p['suggestion'] ? `. Did you mean ${suggestionList(p['suggestion'], qe, 'or')}?` : ''}`,
    'self-mentoring': (p) => `Teacher ${qe(p['mentor'])} cannot mentor themselves`,
    'empty-period': (p) => `Nothing of year ${p['year']} is left after ${p['today']} for a pair`,
    'yaml-invalid': (p) => `The mentor file is not valid YAML: ${p['detail']}`,
    'not-mentor-file': (p) => `The file is not a mentor record: ${NOT_MENTOR_EN[String(p['reason'])] ?? p['reason']}`,
    'teacher-mismatch': (p) => `The file names mentor ${qe(p['found'])}, not ${qe(p['expected'])}`,
    'pair-overlap': (p) => `The mentor already has a pair with ${qe(p['mentee'])} from ${p['start']} to ${p['end']}, overlapping the new one`,
  },
};

export function describeAssignError(error: AssignError, lang: Lang): string {
  return ASSIGN_ERROR_MESSAGES[lang][error.code](error.params);
}
