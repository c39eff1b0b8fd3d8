// Messages: the words for the codes that messages name (JSON types, record kinds, statuses…), one
// table a list of codes with a line for each language, so that both languages name every code.

import type { DuplicateKind } from '../model/problem-params.js';
import type { RouteItem } from '../model/types.js';
import type { Lang } from './catalogue.js';

type Words<K extends string> = Readonly<Record<Lang, Readonly<Record<K, string>>>>;

/** A code's word; undefined for a code the table does not know (each message says what then). */
export function wordOf(words: Readonly<Record<string, string>>, code: string): string | undefined {
  return Object.hasOwn(words, code) ? words[code] : undefined;
}

/** What a value must be (schema-type): «must be a number», «должно быть числом». */
export const JSON_TYPES: Words<'string' | 'number' | 'integer' | 'object' | 'array' | 'boolean' | 'null'> = {
  en: { string: 'text', number: 'a number', integer: 'a whole number', object: 'a set of fields', array: 'a list', boolean: 'true or false', null: 'empty' },
  ru: { string: 'текстом', number: 'числом', integer: 'целым числом', object: 'набором полей', array: 'списком', boolean: 'значением true или false', null: 'пустым' },
};

/** The comparison of a bound (schema-range): «at least 0», «не меньше 0». */
export const COMPARISONS: Words<'>=' | '<=' | '>' | '<'> = {
  en: { '>=': 'at least', '<=': 'at most', '>': 'more than', '<': 'less than' },
  ru: { '>=': 'не меньше', '<=': 'не больше', '>': 'больше', '<': 'меньше' },
};

/** A record by its kind (wrong-folder): «a teacher record», «запись педагога». */
export const RECORD_KINDS: Words<'config' | 'teacher' | 'mentor' | 'diagnostics' | 'route' | 'catalog'> = {
  en: { config: 'workspace settings', teacher: 'teacher', mentor: 'mentor', diagnostics: 'self-assessment', route: 'route', catalog: 'activity catalog' },
  ru: { config: 'запись настроек программы', teacher: 'запись педагога', mentor: 'запись наставника', diagnostics: 'запись самооценки', route: 'запись маршрута', catalog: 'запись банка мероприятий' },
};

/** What is there in place of a file (file-not-regular). */
export const SPECIAL_FILES: Words<'directory' | 'fifo' | 'device' | 'socket' | 'other'> = {
  en: { directory: 'a folder', fifo: 'a named pipe (FIFO)', device: 'a device', socket: 'a socket', other: 'a special file' },
  ru: { directory: 'папка', fifo: 'именованный канал (FIFO)', device: 'устройство', socket: 'сокет', other: 'особый файл' },
};

/** The record a duplicate id is already in, to start the sentence (duplicate-id). */
export const DUPLICATE_KINDS: Words<DuplicateKind> = {
  en: { teacher: 'Teacher', mentor: 'Mentor record for', diagnostics: 'Diagnostics of this year for', route: 'Route of this year for', catalog: 'Catalog direction', activity: 'Activity id' },
  ru: { teacher: 'Педагог с id', mentor: 'Наставник', diagnostics: 'Диагностика за этот год для педагога', route: 'Маршрут на этот год для педагога', catalog: 'Направление', activity: 'Мероприятие с id' },
};

/** A route item's status other than done (date-without-done, reason-without-cancel). */
export const ITEM_STATUSES: Words<Exclude<RouteItem['status'], 'done'>> = {
  en: { planned: 'planned', in_progress: 'in progress', cancelled: 'cancelled' },
  ru: { planned: 'запланирован', in_progress: 'в работе', cancelled: 'отменён' },
};

/** A position that is not teaching staff (non-pedagogical-participant): en as a predicate, ru to start the sentence. */
export const NON_TEACHING_POSITIONS: Words<'junior_educator'> = {
  en: { junior_educator: 'a junior educator' },
  ru: { junior_educator: 'Младший воспитатель' },
};

/** What to write in place of a placeholder of `mentor init`, by the field's last key (placeholder). */
export const PLACEHOLDER_HINTS: Words<'hired' | 'experience' | 'education' | 'institution' | 'specialty' | 'year' | 'level' | 'category' | 'category_date'> = {
  en: {
    hired: 'the day she was hired in this kindergarten, e.g. 2019-08-26',
    experience: 'the teaching experience: years (2.5 allowed) on the day as_of',
    education: 'the education: level, institution, year of graduation and specialty',
    institution: 'the institution she graduated from',
    specialty: 'the specialty of the diploma',
    year: 'the year of graduation',
    level: 'the level of education: higher, secondary_vocational or other',
    category: 'the qualification category: none, first, highest, methodist or mentor',
    category_date: 'the day the category was awarded',
  },
  // Accusative, after «Впишите».
  ru: {
    hired: 'дату приёма в этот детский сад, например 2019-08-26',
    experience: 'педагогический стаж: years — сколько лет (можно 2.5) на дату as_of',
    education: 'образование: уровень (level), учебное заведение (institution), год окончания (year) и специальность (specialty)',
    institution: 'учебное заведение, которое окончил педагог',
    specialty: 'специальность по диплому',
    year: 'год окончания учебного заведения',
    level: 'уровень образования: higher, secondary_vocational или other',
    category: 'квалификационную категорию: none, first, highest, methodist или mentor',
    category_date: 'дату присвоения категории',
  },
};
