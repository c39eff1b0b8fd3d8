// Plan stage (texts): one line per reason code of the mentor match, in Russian and English.

import { pluralEn, type Lang, type Params } from '../messages/catalogue.js';
import { formatDateShort, pluralRu, quoteRu as q, yearsRu as years } from '../model/russian.js';
import { BUILTIN_DIRECTION_TITLES } from '../model/directions.js';
import { positionLabel } from '../model/labels.js';

export type MatchMessages = Record<string, (p: Params) => string>;

// ---- Russian ----------------------------------------------------------------------------------

/** 2025-09-01 → 01.09.2025. */
const d = (value: unknown): string => formatDateShort(String(value));
const mentees = (n: number): string => `${n} ${pluralRu(n, 'наставляемый', 'наставляемых', 'наставляемых')}`;

const CATEGORIES_RU: Record<string, string> = {
  highest: 'Высшая квалификационная категория',
  mentor: 'Квалификационная категория «педагог-наставник»',
  methodist: 'Квалификационная категория «педагог-методист»',
};
const posRu = (code: unknown): string => positionLabel(String(code));
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const directionsRu = (codes: unknown): string =>
  String(codes)
    .split(/,\s*/)
    .map((c) => q((BUILTIN_DIRECTION_TITLES as Record<string, string>)[c] ?? c))
    .join(', ');

export const MATCH_MESSAGES_RU: MatchMessages = {
  // why a teacher needs a mentor
  young_specialist: (p) => `Молодой специалист: педагогический стаж ${years(p['years'])} (порог — ${years(p['max'])})`,
  newcomer: (p) => {
    const days = Number(p['days']);
    return `Новый сотрудник: в детском саду с ${d(p['hired'])}, ${days} ${pluralRu(days, 'день', 'дня', 'дней')}`;
  },
  // soft criteria of a candidate
  experience_ok: (p) => `Педагогический стаж ${years(p['years'])} (минимум — ${years(p['min'])})`,
  experience_low: (p) => `Педагогический стаж ${years(p['years'])} — меньше минимума (${years(p['min'])})`,
  consent: (p) => `Письменное согласие на наставничество от ${d(p['date'])}`,
  no_consent: () => 'Нет письменного согласия на наставничество (ст. 351.8 ТК РФ): оформить до начала пары',
  same_position: (p) => `Та же должность: ${posRu(p['position'])}`,
  related_position: (p) => `Смежная должность: ${posRu(p['position'])} (у наставляемого — ${posRu(p['mentee_position'])})`,
  expertise_match: (p) => {
    const n = Number(p['count']);
    return `Опыт по ${n} ${pluralRu(n, 'дефициту', 'дефицитам', 'дефицитам')} из ${p['total']}: ${directionsRu(p['directions'])}`;
  },
  no_load: (p) => `Без наставляемых на начало пары (лимит — ${p['max']})`,
  has_load: (p) => `На начало пары ${mentees(Number(p['load']))} при лимите ${p['max']}`,
  category: (p) => CATEGORIES_RU[String(p['category'])] ?? `Категория ${q(p['category'])}`,
  leaves_early: (p) => `Увольняется ${d(p['left'])}: пара закончится раньше срока`,
  being_mentored: (p) => `Проходит наставничество как наставляемый (наставник ${q(p['mentor'])}, до ${d(p['until'])})`,
  // hard requirements a teacher fails
  not_pedagogical: (p) => `${capital(posRu(p['position']))} — не педагогический работник`,
  self: () => 'Нельзя быть наставником самому себе',
  not_employed: (p) => `Не работает в детском саду на ${d(p['start'])}`,
  at_capacity: (p) => `Уже ${mentees(Number(p['peak']))} при лимите ${p['max']} в период пары`,
  placeholder: () => 'Дата приёма или стаж в записи педагога — заготовка mentor init (пометка «# уточните»): впишите настоящие',
};

// ---- English ----------------------------------------------------------------------------------

const qe = (value: unknown): string => `“${String(value)}”`;
const yearsEn = (value: unknown): string => `${String(value)} ${pluralEn(Number(value), 'year', 'years')}`;
const menteesEn = (n: number): string => `${n} ${pluralEn(n, 'mentee', 'mentees')}`;

const POSITIONS_EN: Record<string, string> = {
  educator: 'educator',
  senior_educator: 'senior educator',
  junior_educator: 'junior educator',
  music_director: 'music director',
  pe_instructor: 'PE instructor',
  psychologist: 'educational psychologist',
  speech_therapist: 'speech therapist',
  defectologist: 'special needs teacher',
  additional_education: 'additional education teacher',
  methodologist: 'methodologist',
  tutor: 'tutor',
};
const CATEGORIES_EN: Record<string, string> = {
  highest: 'Highest qualification category',
  mentor: 'Qualification category “teacher-mentor”',
  methodist: 'Qualification category “teacher-methodologist”',
};
const DIRECTIONS_EN: Record<string, string> = {
  normative: 'regulations',
  documentation: 'documentation',
  activity: 'educational activities',
  environment: 'learning environment',
  diagnostics: 'pedagogical assessment',
  family: 'work with families',
  self_education: 'self-education',
  courses: 'professional development',
  methodical: 'methodical events and contests',
  ict: 'ICT and the digital learning environment',
  inclusive: 'inclusive education and children with special needs',
  upbringing: 'upbringing (the upbringing programme)',
};
const posEn = (code: unknown): string => POSITIONS_EN[String(code)] ?? String(code);
const directionsEn = (codes: unknown): string =>
  String(codes)
    .split(/,\s*/)
    .map((c) => qe(DIRECTIONS_EN[c] ?? c))
    .join(', ');

export const MATCH_MESSAGES_EN: MatchMessages = {
  young_specialist: (p) => `Young specialist: ${yearsEn(p['years'])} of teaching experience (threshold ${yearsEn(p['max'])})`,
  newcomer: (p) => {
    const days = Number(p['days']);
    return `New employee: in the kindergarten since ${p['hired']}, ${days} ${pluralEn(days, 'day', 'days')}`;
  },
  experience_ok: (p) => `${capital(yearsEn(p['years']))} of teaching experience (minimum ${yearsEn(p['min'])})`,
  experience_low: (p) => `${capital(yearsEn(p['years']))} of teaching experience, below the minimum of ${yearsEn(p['min'])}`,
  consent: (p) => `Written consent to mentor, dated ${p['date']}`,
  no_consent: () => 'No written consent to mentor (Labour Code art. 351.8): obtain it before the pair starts',
  same_position: (p) => `Same position: ${posEn(p['position'])}`,
  related_position: (p) => `Related position: ${posEn(p['position'])} (the mentee is ${posEn(p['mentee_position'])})`,
  expertise_match: (p) =>
    `Expertise covers ${p['count']} of ${p['total']} ${pluralEn(Number(p['total']), 'deficit', 'deficits')}: ${directionsEn(p['directions'])}`,
  no_load: (p) => `No mentees when the pair starts (limit ${p['max']})`,
  has_load: (p) => `${capital(menteesEn(Number(p['load'])))} when the pair starts, limit ${p['max']}`,
  category: (p) => CATEGORIES_EN[String(p['category'])] ?? `Category ${qe(p['category'])}`,
  leaves_early: (p) => `Leaves on ${p['left']}: the pair would end early`,
  being_mentored: (p) => `Is a mentee during the pair (mentor ${qe(p['mentor'])}, until ${p['until']})`,
  not_pedagogical: (p) => `${capital(posEn(p['position']))} is not a teaching position`,
  self: () => 'Cannot mentor themselves',
  not_employed: (p) => `Not employed in the kindergarten on ${p['start']}`,
  at_capacity: (p) => `Already ${menteesEn(Number(p['peak']))} during the pair, limit ${p['max']}`,
  placeholder: () => 'The hire date or experience in the teacher record is a placeholder of mentor init (marked "# уточните"): fill it in',
};

export const MATCH_MESSAGES: Record<Lang, MatchMessages> = { ru: MATCH_MESSAGES_RU, en: MATCH_MESSAGES_EN };

/** The line for a need, a reason or an exclusion; an unknown code shows as itself. */
export function describeMatchReason(reason: { code: string; params: Params }, lang: Lang): string {
  const text = MATCH_MESSAGES[lang][reason.code];
  return text ? text(reason.params) : reason.code;
}
