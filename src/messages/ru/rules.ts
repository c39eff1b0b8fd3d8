// Messages (Russian): problems found by the workspace rules (src/validate/rules/) and score ranges.

import { suggestionList, type RulesCatalogue } from '../catalogue.js';
import { DUPLICATE_KINDS, ITEM_STATUSES, NON_TEACHING_POSITIONS, wordOf } from '../words.js';
import {
  decimalComma as num,
  formatDateShort as d,
  pluralRu,
  quoteRu as q,
  yearsRu as years,
} from '../../model/russian.js';

/** Dates are shown as Russian documents write them: 2025-09-01 → 01.09.2025. */
const span = (start: string, end: string): string => `${d(start)} – ${d(end)}`;

export const didYouMean = (p: { suggestion?: string }, otherwise: string): string =>
  p.suggestion ? `Возможно, имелось в виду ${suggestionList(p.suggestion, q, 'или')}?` : otherwise;

/** The role a field names, to start a sentence: «Наставляемый «…» не найден». */
const FIELD_ROLES: Record<string, string> = {
  teacher: 'Педагог',
  mentor: 'Наставник',
  mentee: 'Наставляемый',
  curator: 'Куратор',
};
const ROLE_GENITIVE: Record<string, string> = { mentor: 'наставника', mentee: 'наставляемого' };
const ROLE_NOMINATIVE: Record<string, string> = { mentor: 'наставник', mentee: 'наставляемый' };
const ASSESSMENTS: Record<string, string> = { entry: 'Входная', midterm: 'Промежуточная', final: 'Итоговая' };

export const rulesRu: RulesCatalogue = {
  'unknown-reference': [
    (p) => `${FIELD_ROLES[String(p.field)] ?? 'Педагог'} ${q(p.id)} не найден среди педагогов`,
    (p) => didYouMean(p, `Исправьте id или добавьте файл teachers/${p.id}.yaml.`),
  ],
  'route-mentor-not-mentor': [
    (p) => `У наставника маршрута ${q(p.mentor)} нет записи в папке mentors/`,
    (p) => `Добавьте mentors/${p.mentor}.yaml с парой для ${q(p.teacher)} или исправьте поле mentor.`,
  ],
  'id-file-mismatch': [
    (p) => `В поле ${p.field} указано ${q(p.id)}, а файл называется ${p.stem}.yaml`,
    'Переименуйте файл или исправьте поле: имя файла записи — её id с расширением .yaml.',
  ],
  'wrong-year-folder': [(p) => `Запись за ${p.year} учебный год лежит в папке ${p.folder}`, (p) => `Перенесите файл в папку ${p.expected} или исправьте поле year.`],
  'duplicate-id': [
    (p) => `${DUPLICATE_KINDS.ru[p.kind] ?? 'Id'} ${q(p.id)} уже есть в ${p.first}`,
    (p) =>
      p.kind === 'activity'
        ? 'Дайте мероприятию другой id.'
        : 'Оставьте одну запись: объедините их или исправьте id.',
  ],
  'duplicate-item-id': [(p) => `Id ${q(p.id)} уже занят пунктом № ${p.first} этого маршрута`, 'Дайте каждому пункту маршрута свой id.'],
  'non-pedagogical-participant': [
    (p) =>
      `${wordOf(NON_TEACHING_POSITIONS.ru, p.position) ?? 'Сотрудник'} ${q(p.teacher)} не относится к педагогическим работникам и не может быть ${p.role === 'mentor' ? 'наставником' : 'наставляемым'}`,
    (p) =>
      p.role === 'mentor'
        ? `Удалите запись наставника или исправьте должность в teachers/${p.teacher}.yaml.`
        : `Удалите пару или исправьте должность в teachers/${p.teacher}.yaml.`,
  ],
  'self-mentoring': [(p) => `Наставник ${q(p.teacher)} указан наставляемым в собственной паре`, 'Укажите в поле mentee другого педагога.'],
  'mentor-over-capacity': [
    (p) =>
      `С ${d(p.date)} у наставника ${q(p.mentor)} одновременно ${p.count} ${pluralRu(Number(p.count), 'наставляемый', 'наставляемых', 'наставляемых')} при допустимых ${p.max}`,
    'Сдвиньте сроки или завершите одну из пар; если положение о наставничестве позволяет, увеличьте max_mentees.',
  ],
  'mentor-experience-low': [
    (p) =>
      `Педагогический стаж наставника ${q(p.mentor)} на начало пары с ${q(p.mentee)} (${d(p.date)}) — ${years(p.years)}, меньше минимума в ${years(p.min)}`,
    'Выберите более опытного наставника или измените mentor_min_experience_years в mentor.yaml.',
  ],
  'consent-missing': [
    (p) =>
      `Нет письменного согласия наставника ${q(p.mentor)}, обязательного для пар, начатых с ${d(p.since)} (ст. 351.8 ТК РФ)`,
    (p) => `Добавьте consent: { date: ГГГГ-ММ-ДД } с датой не позже ${d(p.start)}.`,
  ],
  'consent-after-start': [
    (p) =>
      `Согласие наставника датировано ${d(p.consent)} — позже начала пары с ${q(p.mentee)} (${d(p.start)})`,
    'Согласие дают не позже начала каждой пары: проверьте даты.',
  ],
  'agreement-missing': [
    (p) =>
      `Для пары с ${q(p.mentee)}, начатой ${d(p.start)}, не указано дополнительное соглашение к трудовому договору (ст. 351.8 ТК РФ)`,
    'Добавьте в пару agreement: { number: "…", date: ГГГГ-ММ-ДД }.',
  ],
  'pair-end-before-start': [
    (p) =>
      `${p.field === 'ended_early' ? 'Досрочное окончание' : 'Окончание'} пары с ${q(p.mentee)} (${d(p.end)}) раньше её начала (${d(p.start)})`,
    (p) => `Проверьте даты start и ${p.field === 'ended_early' ? 'ended_early' : 'end'}.`,
  ],
  'pair-early-end-after-end': [
    (p) =>
      `Досрочное окончание пары с ${q(p.mentee)} (${d(p.date)}) позже планового (${d(p.end)})`,
    'Если пару продлили, измените end и уберите ended_early; иначе исправьте дату.',
  ],
  'pair-outside-employment': [
    (p) =>
      p.edge === 'hired'
        ? `Пара начинается ${d(p.date)}, раньше приёма ${ROLE_GENITIVE[String(p.role)] ?? 'педагога'} ${q(p.teacher)} на работу (${d(p.limit)})`
        : `Пара длится до ${d(p.date)} — дольше, чем ${ROLE_NOMINATIVE[String(p.role)] ?? 'педагог'} ${q(p.teacher)} работает в детском саду (до ${d(p.limit)})`,
    (p) =>
      p.edge === 'hired'
        ? `Сдвиньте начало пары или проверьте дату hired в teachers/${p.teacher}.yaml.`
        : `Укажите ended_early с датой не позже ${d(p.limit)} или проверьте дату left в teachers/${p.teacher}.yaml.`,
  ],
  'route-without-pair': [
    (p) =>
      `У наставника ${q(p.mentor)} нет пары с ${q(p.teacher)}, действующей в период маршрута (${span(p.start, p.end)})`,
    (p) => `Добавьте пару в mentors/${p.mentor}.yaml или исправьте поле mentor.`,
  ],
  'route-period-reversed': [(p) => `Период маршрута заканчивается ${d(p.end)}, раньше своего начала (${d(p.start)})`, 'Проверьте даты в period.'],
  'route-period-outside-year': [
    (p) =>
      `${p.edge === 'start' ? 'Начало' : 'Окончание'} периода маршрута (${d(p.date)}) вне учебного года ${p.year} (${span(p.yearStart, p.yearEnd)})`,
    'Период маршрута лежит в пределах одного учебного года: исправьте дату или поле year.',
  ],
  'item-due-outside-period': [
    (p) =>
      `Срок пункта ${q(p.id)} (${d(p.due)}) вне периода маршрута (${span(p.start, p.end)})`,
    'Перенесите срок в пределы периода или расширьте период.',
  ],
  'done-without-date': [(p) => `Пункт ${q(p.id)} отмечен выполненным, но дата выполнения не указана`, 'Добавьте done_on: ГГГГ-ММ-ДД — день выполнения.'],
  'date-without-done': [
    (p) =>
      `У пункта ${q(p.id)} указана дата выполнения ${d(p.date)}, но его статус — «${wordOf(ITEM_STATUSES.ru, p.status) ?? p.status}»`,
    'Поставьте status: done или уберите done_on.',
  ],
  'reason-without-cancel': [
    (p) =>
      `У пункта ${q(p.id)} указана причина отмены, но он не отменён (статус — «${wordOf(ITEM_STATUSES.ru, p.status) ?? p.status}»)`,
    'Поставьте status: cancelled или уберите reason.',
  ],
  'done-in-future': [
    (p) => `Пункт ${q(p.id)} отмечен выполненным ${d(p.date)} — эта дата ещё не наступила (сегодня ${d(p.today)})`,
    'Проверьте done_on: выполнение не может быть в будущем.',
  ],
  'meeting-in-future': [
    (p) => `Встреча ${d(p.date)} записана в журнал, но эта дата ещё не наступила (сегодня ${d(p.today)})`,
    'В журнал вносят проведённые встречи: проверьте дату.',
  ],
  'unknown-direction': [
    (p) => `Неизвестное направление ${q(p.code)}`,
    (p) => didYouMean(p, `Используйте код встроенного направления или добавьте файл catalog/${p.code}.yaml.`),
  ],
  'duplicate-assessment': [
    (p) =>
      `${ASSESSMENTS[String(p.kind)] ?? 'Такая'} диагностика уже есть в этой записи (№ ${p.first})`,
    'Оставьте по одной диагностике каждого вида или исправьте kind.',
  ],
  'assessment-outside-year': [
    (p) =>
      `Дата диагностики ${d(p.date)} вне учебного года ${p.year} (${span(p.yearStart, p.yearEnd)})`,
    'Исправьте дату или перенесите диагностику в запись её учебного года.',
  ],
  'assessment-in-future': [
    (p) => `Диагностика датирована ${d(p.date)} — эта дата ещё не наступила (сегодня ${d(p.today)})`,
    'Вносите результаты после проведения диагностики: проверьте дату.',
  ],
  'score-out-of-range': [
    (p) => `Оценка по направлению ${q(p.direction)} — ${num(p.value)}, вне шкалы от 0 до 2`,
    'Самооценка ставится по шкале от 0 («не владею») до 2 («владею»).',
  ],
  'event-held-date': [
    (p) =>
      p.issue === 'missing'
        ? `Мероприятие ${q(p.id)} отмечено проведённым, но дата проведения (held_on) не указана`
        : p.issue === 'unexpected'
          ? `У мероприятия ${q(p.id)} указана дата проведения, а отметка о выполнении — ${q(p.status)}`
          : `Мероприятие ${q(p.id)} отмечено проведённым ${d(p.date)} — эта дата ещё не наступила (сегодня ${d(p.today)})`,
    (p) =>
      p.issue === 'missing'
        ? 'Укажите held_on — день, когда мероприятие проведено.'
        : p.issue === 'unexpected'
          ? 'Дата проведения указывается только для проведённого мероприятия (status: done).'
          : 'Отмечайте мероприятие проведённым после того, как оно состоялось.',
  ],
  'event-outside-year': [
    (p) =>
      `${p.field === 'held_on' ? 'Дата проведения' : 'Плановая дата'} мероприятия ${q(p.id)} — ${d(p.date)}, ` +
      `вне учебного года ${p.year} (${span(p.start, p.end)})`,
    'Исправьте дату или перенесите мероприятие в дорожную карту его учебного года.',
  ],
  'survey-unknown-question': [
    (p) =>
      p.question === ''
        ? `Анкета ${q(p.questionnaire)} не найдена ни среди встроенных, ни в папке questionnaires/`
        : `В анкете ${q(p.questionnaire)} нет вопроса ${q(p.question)}`,
    (p) =>
      p.question === ''
        ? 'Встроенные анкеты: satisfaction, satisfaction-mentees, satisfaction-mentors; своя анкета — файл questionnaires/<id>.yaml.'
        : `Вопросы анкеты: ${String(p.known)}.`,
  ],
  'survey-audience-mismatch': [
    (p) =>
      `Анкетирование ${p.audience === 'mentors' ? 'наставников' : 'наставляемых'} проводится по анкете ${q(p.questionnaire)}, ` +
      `составленной для ${p.expected === 'mentors' ? 'наставников' : 'наставляемых'}`,
    'Проверьте поле audience или выберите анкету для этой группы участников.',
  ],
};
