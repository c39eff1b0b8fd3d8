// Model: the Russian label of every code a record holds, as documents and messages print them.

const POSITION_LABELS: Readonly<Record<string, string>> = {
  educator: 'воспитатель',
  senior_educator: 'старший воспитатель',
  junior_educator: 'младший воспитатель',
  music_director: 'музыкальный руководитель',
  pe_instructor: 'инструктор по физической культуре',
  psychologist: 'педагог-психолог',
  speech_therapist: 'учитель-логопед',
  defectologist: 'учитель-дефектолог',
  additional_education: 'педагог дополнительного образования',
  methodologist: 'методист',
  tutor: 'тьютор',
};

const CATEGORY_LABELS: Readonly<Record<string, string>> = {
  none: 'без категории',
  first: 'первая',
  highest: 'высшая',
  methodist: 'педагог-методист',
  mentor: 'педагог-наставник',
};

const EDUCATION_LABELS: Readonly<Record<string, string>> = {
  higher: 'высшее',
  secondary_vocational: 'среднее профессиональное',
  other: 'иное',
};

/** Kinds of mentoring, as named in the letter of Минпросвещения АЗ-1128/08. */
const PAIR_KIND_LABELS: Readonly<Record<string, string>> = {
  traditional: 'традиционное (один на один)',
  group: 'групповое',
  short_term: 'краткосрочное (целеполагающее)',
  reverse: 'реверсивное',
  situational: 'ситуационное',
  speed: 'скоростное',
  virtual: 'виртуальное (дистанционное)',
};

/** Role models of the form «педагог – педагог». */
const PAIR_ROLE_LABELS: Readonly<Record<string, string>> = {
  experienced_young: 'опытный педагог – молодой специалист',
  leader_struggling: 'лидер педагогического сообщества – педагог, испытывающий затруднения',
  innovator_conservative: 'педагог-новатор – консервативный педагог',
  specialist_new_post: 'опытный специалист – педагог, перешедший на новую должность',
};

// An unknown code prints as itself: a document with a raw code in it beats no document.
const label =
  (table: Readonly<Record<string, string>>) =>
  (code: string): string =>
    table[code] ?? code;

export const positionLabel = label(POSITION_LABELS);
export const categoryLabel = label(CATEGORY_LABELS);
export const educationLabel = label(EDUCATION_LABELS);
export const pairKindLabel = label(PAIR_KIND_LABELS);
export const pairRoleLabel = label(PAIR_ROLE_LABELS);

/**
 * The category as a header line says it: «первая квалификационная категория»,
 * «квалификационная категория «педагог-методист»», «без категории».
 */
export function categoryPhrase(code: string): string {
  if (code === 'first' || code === 'highest') return `${categoryLabel(code)} квалификационная категория`;
  if (code === 'methodist' || code === 'mentor') return `квалификационная категория «${categoryLabel(code)}»`;
  return categoryLabel(code);
}

const EVENT_STAGE_LABELS: Readonly<Record<string, string>> = {
  preparation: 'Подготовительный',
  forming: 'Формирование наставнических пар',
  work: 'Реализация программы',
  closing: 'Завершение',
  dissemination: 'Распространение опыта',
};

const EVENT_KIND_LABELS: Readonly<Record<string, string>> = {
  council: 'педагогический (методический) совет',
  seminar: 'семинар',
  master_class: 'мастер-класс',
  open_lesson: 'открытое занятие',
  contest: 'конкурс',
  training: 'тренинг',
  other: 'другое',
};

/** v1.1: the stages of a дорожная карта and the kinds of its events. */
export const eventStageLabel = label(EVENT_STAGE_LABELS);
export const eventKindLabel = label(EVENT_KIND_LABELS);
