// A hand-made report shaped like the example kindergarten's I quarter of 2026, for the format tests.

import type { ItemCounts, PairRow, PersonRef, Report } from '../../src/report/types.js';

const person = (id: string, name: string, position: string): PersonRef => ({ id, name, position });

export const PEOPLE = {
  petrova: person('petrova-ov', 'Петрова Ольга Владимировна', 'воспитатель'),
  smirnova: person('smirnova-tn', 'Смирнова Татьяна Николаевна', 'воспитатель'),
  vasilyeva: person('vasilyeva-ig', 'Васильева Ирина Геннадьевна', 'учитель-логопед'),
  fedorova: person('fedorova-ls', 'Фёдорова Людмила Сергеевна', 'воспитатель'),
  gromova: person('gromova-la', 'Громова Лариса Анатольевна', 'музыкальный руководитель'),
  ivanova: person('ivanova-ma', 'Иванова Мария Алексеевна', 'воспитатель'),
  belova: person('belova-as', 'Белова Анастасия Сергеевна', 'воспитатель'),
  orlova: person('orlova-dv', 'Орлова Дарья Викторовна', 'воспитатель'),
  sokolova: person('sokolova-ap', 'Соколова Анна Петровна', 'учитель-логопед'),
  zaytseva: person('zaytseva-ok', 'Зайцева Ольга Константиновна', 'воспитатель'),
  lebedev: person('lebedev-ai', 'Лебедев Артём Игоревич', 'инструктор по физической культуре'),
  pavlova: person('pavlova-yu', 'Павлова Юлия Игоревна', 'воспитатель'),
  kuznetsova: person('kuznetsova-ev', 'Кузнецова Елена Викторовна', 'старший воспитатель'),
} as const;

export const HEAD = 'Сидорова Наталья Ивановна';

const counts = (due: number, done: number, done_late: number, overdue: number, in_progress: number, planned: number): ItemCounts => ({
  due,
  due_by_as_of: due,
  not_yet_due: 0,
  done,
  done_ahead: 0,
  done_late,
  overdue,
  in_progress,
  planned,
});

function pair(mentor: PersonRef, mentee: PersonRef, kind: [string, string], start: string, end: string, extra: Partial<PairRow> = {}): PairRow {
  return {
    mentor,
    mentee,
    kind: kind[0],
    kind_label: kind[1],
    role: 'experienced_young',
    role_label: 'опытный педагог – молодой специалист',
    start,
    end,
    ended_early: null,
    unfinished: null,
    started_in_period: false,
    ended_in_period: false,
    ...extra,
  } as PairRow;
}

const TRADITIONAL: [string, string] = ['traditional', 'традиционное (один на один)'];
const GROUP: [string, string] = ['group', 'групповое'];
const SHORT: [string, string] = ['short_term', 'краткосрочное (целеполагающее)'];

/** A fresh copy every call: tests may change it. */
export function sampleReport(): Report {
  const p = PEOPLE;
  return {
    version: '1.1',
    period: { start: '2026-01-01', end: '2026-03-31', label: 'I квартал 2026\u00a0г.', code: '2026Q1', kind: 'calendar-quarter', as_of: '2026-03-31' },
    today: '2026-03-31',
    anonymized: false,
    organization: {
      name: 'Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад № 12 «Солнышко»',
      short_name: 'МБДОУ «Детский сад № 12 «Солнышко»',
      city: 'г. Вологда',
      address: 'ул. Ленина, д. 1',
      head: HEAD,
      curator: { ...p.kuznetsova },
      executor: { ...p.kuznetsova, phone: '+7 (8172) 00-00-00' },
    },
    programme: {
      title: 'Программа наставничества «Каждому таланту — наставника»',
      approved: { order: '45/2-р', date: '2025-08-29' },
      accepted: { body: 'педагогический совет', protocol: '1', date: '2025-08-29' },
    },
    staff_by_position: [
      { position: 'educator', label: 'воспитатель', count: 9 },
      { position: 'speech_therapist', label: 'учитель-логопед', count: 2 },
      { position: 'music_director', label: 'музыкальный руководитель', count: 1 },
      { position: 'pe_instructor', label: 'инструктор по физической культуре', count: 1 },
      { position: 'psychologist', label: 'педагог-психолог', count: 1 },
      { position: 'senior_educator', label: 'старший воспитатель', count: 1 },
    ],
    coverage: {
      staff: { numerator: 11, denominator: 15, ratio: 0.7333, target: 0.7, meets_target: true },
      young_specialists: { numerator: 5, denominator: 6, ratio: 0.8333 },
    },
    retention: {
      one_year: {
        numerator: 1,
        denominator: 2,
        ratio: 0.5,
        people: [
          { person: p.pavlova, hired: '2024-08-26', anniversary: '2025-08-26', retained: true },
          { person: p.orlova, hired: '2024-09-02', anniversary: '2025-09-02', retained: false },
        ],
      },
      three_years: { numerator: 0, denominator: 0, ratio: null, people: [] },
    },
    pairs: {
      active: 5,
      started: 1,
      ended: 0,
      ended_early: 1,
      by_kind: [
        { kind: 'traditional', label: TRADITIONAL[1], active: 3, mentees: 3, started: 0, ended: 0 },
        { kind: 'group', label: GROUP[1], active: 1, mentees: 2, started: 0, ended: 0 },
        { kind: 'short_term', label: SHORT[1], active: 1, mentees: 1, started: 1, ended: 0 },
      ],
      list: [
        pair(p.vasilyeva, p.sokolova, TRADITIONAL, '2025-09-01', '2026-05-31'),
        pair(p.gromova, p.lebedev, TRADITIONAL, '2025-10-13', '2026-05-31', {
          role: 'specialist_new_post',
          role_label: 'опытный специалист – педагог, перешедший на новую должность',
        }),
        pair(p.petrova, p.ivanova, TRADITIONAL, '2025-09-01', '2026-05-31'),
        pair(p.smirnova, p.belova, GROUP, '2025-09-01', '2026-05-29'),
        pair(p.smirnova, p.orlova, GROUP, '2025-09-01', '2026-01-20', {
          ended_early: { date: '2026-01-20', reason: 'увольнение наставляемой по собственному желанию' },
          ended_in_period: true,
        }),
        pair(p.fedorova, p.zaytseva, SHORT, '2026-01-12', '2026-04-30', {
          role: 'leader_struggling',
          role_label: 'лидер педагогического сообщества – педагог, испытывающий затруднения',
          started_in_period: true,
        }),
      ],
      groups: [{ mentor: p.smirnova, mentees: [p.belova, p.orlova], start: '2025-09-01', end: '2026-05-29', started_in_period: false, ended_in_period: false }],
      mentor_load: [
        { mentor: p.vasilyeva, mentees: 1, peak: 1, capacity: 2 },
        { mentor: p.gromova, mentees: 1, peak: 1, capacity: 2 },
        { mentor: p.petrova, mentees: 1, peak: 1, capacity: 2 },
        { mentor: p.smirnova, mentees: 2, peak: 2, capacity: 2 },
        { mentor: p.fedorova, mentees: 1, peak: 1, capacity: 2 },
      ],
    },
    events: {
      held: 2,
      cancelled: 1,
      overdue: 0,
      planned: 1,
      participants: 7,
      list: [
        {
          id: 'school-young-3',
          title: 'Школа молодого педагога: «Развивающая предметно-пространственная среда группы»',
          stage: 'work',
          stage_label: 'Реализация программы',
          kind: 'seminar',
          kind_label: 'семинар',
          date: '2026-01-21',
          held_on: '2026-01-21',
          status: 'done',
          responsible: { ...p.kuznetsova },
          expected: 'Паспорта РППС групп молодых педагогов',
          participants: 4,
          result: 'Протокол № 4; паспорта РППС трёх групп',
        },
        {
          id: 'open-lessons',
          title: 'Открытые занятия молодых педагогов',
          stage: 'work',
          stage_label: 'Реализация программы',
          kind: 'open_lesson',
          kind_label: 'открытое занятие',
          date: '2026-02-18',
          held_on: '2026-02-20',
          status: 'done',
          responsible: { ...p.petrova },
          expected: 'Самоанализ занятий',
          participants: 3,
          result: null,
        },
        {
          id: 'training',
          title: 'Тренинг «Эмоциональное выгорание»',
          stage: 'work',
          stage_label: 'Реализация программы',
          kind: 'training',
          kind_label: 'тренинг',
          date: '2026-03-11',
          held_on: null,
          status: 'cancelled',
          responsible: { ...p.kuznetsova },
          expected: 'Памятки',
          participants: 0,
          result: 'карантин',
        },
        {
          id: 'contest',
          title: 'Конкурс «Педагогический дебют»',
          stage: 'dissemination',
          stage_label: 'Распространение опыта',
          kind: 'contest',
          kind_label: 'конкурс',
          date: '2026-03-31',
          held_on: null,
          status: 'planned',
          responsible: { ...p.kuznetsova },
          expected: 'Участие двух молодых педагогов',
          participants: 0,
          result: null,
        },
      ],
    },
    surveys: [
      {
        id: 'mid-mentees',
        title: 'Промежуточное анкетирование наставляемых',
        date: '2026-01-23',
        audience: 'mentees',
        questionnaire: 'satisfaction',
        responses: 5,
        invited: 6,
        response_rate: 0.8333,
        questions: [
          { id: 'comfort', text: 'Насколько комфортно вам работать с наставником?', answers: 5, mean: 8.6 },
          { id: 'usefulness', text: 'Насколько полезны для вашей работы встречи с наставником?', answers: 4, mean: 7.75 },
        ],
        mean: 8.22,
        comments: ['Хотелось бы больше открытых занятий'],
      },
    ],
    notes: null,
    items: {
      ...counts(53, 35, 6, 9, 8, 10),
      by_direction: [
        { direction: 'normative', title: 'Изучение нормативно-правовой базы', ...counts(6, 6, 0, 0, 0, 0) },
        { direction: 'documentation', title: 'Ведение документации', ...counts(7, 6, 1, 1, 0, 1) },
        { direction: 'activity', title: 'Организация образовательной деятельности', ...counts(10, 7, 2, 1, 2, 1) },
        { direction: 'environment', title: 'Развивающая предметно-пространственная среда', ...counts(6, 3, 1, 2, 1, 2) },
        { direction: 'diagnostics', title: 'Педагогическая диагностика', ...counts(5, 3, 0, 1, 1, 1) },
        { direction: 'family', title: 'Взаимодействие с семьями воспитанников', ...counts(6, 4, 1, 1, 1, 1) },
        { direction: 'self_education', title: 'Самообразование', ...counts(5, 2, 0, 1, 2, 1) },
        { direction: 'courses', title: 'Повышение квалификации', ...counts(3, 1, 0, 1, 0, 2) },
        { direction: 'methodical', title: 'Методические мероприятия и конкурсы', ...counts(5, 3, 1, 1, 1, 1) },
      ],
      by_mentee: [
        { mentee: p.belova, ...counts(11, 6, 2, 3, 2, 3) },
        { mentee: p.zaytseva, ...counts(8, 4, 0, 2, 2, 2) },
        { mentee: p.ivanova, ...counts(12, 9, 1, 1, 2, 1) },
        { mentee: p.lebedev, ...counts(9, 8, 2, 0, 1, 0) },
        { mentee: p.orlova, ...counts(3, 1, 0, 2, 0, 2) },
        { mentee: p.sokolova, ...counts(10, 7, 1, 2, 1, 2) },
      ],
    },
    meetings: {
      held: 40,
      minutes: 1815,
      by_mentee: [
        { mentee: p.belova, held: 8, minutes: 360 },
        { mentee: p.zaytseva, held: 6, minutes: 270 },
        { mentee: p.ivanova, held: 9, minutes: 420 },
        { mentee: p.lebedev, held: 8, minutes: 360 },
        { mentee: p.orlova, held: 2, minutes: 90 },
        { mentee: p.sokolova, held: 7, minutes: 315 },
      ],
    },
    growth: [
      { direction: 'normative', title: 'Изучение нормативно-правовой базы', teachers: 4, entry: 0.88, latest: 1.5, change: 0.62 },
      { direction: 'documentation', title: 'Ведение документации', teachers: 4, entry: 0.75, latest: 1.38, change: 0.63 },
      { direction: 'activity', title: 'Организация образовательной деятельности', teachers: 4, entry: 1.06, latest: 1.44, change: 0.38 },
      { direction: 'environment', title: 'Развивающая предметно-пространственная среда', teachers: 4, entry: 0.94, latest: 1.25, change: 0.31 },
      { direction: 'diagnostics', title: 'Педагогическая диагностика', teachers: 4, entry: 1.1, latest: 0.8, change: -0.3 },
      { direction: 'family', title: 'Взаимодействие с семьями воспитанников', teachers: 4, entry: 0.63, latest: 1.19, change: 0.56 },
      { direction: 'self_education', title: 'Самообразование', teachers: 3, entry: 1.25, latest: 1.5, change: 0.25 },
    ],
    risks: [
      { code: 'overdue-items', person: p.belova, params: { count: 3 } },
      { code: 'overdue-items', person: p.sokolova, params: { count: 2 } },
      { code: 'stalled-route', person: p.sokolova, params: { since: '2026-02-06' } },
      { code: 'pair-ending-unfinished', person: p.zaytseva, params: { end: '2026-04-30', open: 4, mentor: p.fedorova.name } },
      { code: 'young-specialist-without-mentor', person: p.pavlova, params: { years: 0.5 } },
    ],
  };
}

/** The sections of templates/report.html.hbs, in its order and with its numbers: every format has them. */
export const REPORT_SECTIONS = [
  '1. Охват наставничеством',
  '2. Наставнические пары',
  '3. Выполнение индивидуальных образовательных маршрутов',
  '4. Встречи наставников и наставляемых',
  '5. Мероприятия программы наставничества',
  '6. Удовлетворённость участников программы',
  '7. Динамика самооценки',
  '8. Риски',
  '9. Выводы и задачи на следующий период',
];
