// Benchmark data: writes a deterministic, valid workspace of N teachers (`node scripts/generate-workspace.mjs DIR N [--seed S]`).

import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------------------------------------------
// The programme calendar of the generated workspace: one academic year, checked on TODAY.

const YEAR = '2025/2026';
const YEAR_FOLDER = '2025-2026';
const TODAY = '2026-03-20';
const PAIR_START = '2025-09-01';
const PAIR_END = '2026-05-31';
const ROUTE_START = '2025-09-15';
const ROUTE_END = '2026-05-31';
const ENTRY_DATE = '2025-09-10';
const MIDTERM_DATE = '2026-01-20';
const MONTH_ENDS = [
  '2025-09-30', '2025-10-31', '2025-11-30', '2025-12-31', '2026-01-31',
  '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31',
];
const ITEMS_PER_ROUTE = 12;

const DIRECTIONS = [
  'normative', 'documentation', 'activity', 'environment', 'diagnostics',
  'family', 'self_education', 'courses', 'methodical',
];

// ---------------------------------------------------------------------------------------------
// Seeded randomness (mulberry32): the same seed and size always give the same files.

function makeRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  const shuffle = (list) => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  };
  /** Picks by weight from [[value, weight], …]. */
  const weighted = (pairs) => {
    const total = pairs.reduce((sum, [, w]) => sum + w, 0);
    let r = next() * total;
    for (const [value, w] of pairs) {
      r -= w;
      if (r < 0) return value;
    }
    return pairs[pairs.length - 1][0];
  };
  return { next, int, pick, chance, shuffle, weighted };
}

// ---------------------------------------------------------------------------------------------
// Dates as YYYY-MM-DD strings, in whole UTC days.

const DAY = 86_400_000;
const dayNumber = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;
const isoOf = (day) => new Date(day * DAY).toISOString().slice(0, 10);
const addDays = (iso, days) => isoOf(dayNumber(iso) + days);
const minIso = (a, b) => (a < b ? a : b);
const maxIso = (a, b) => (a > b ? a : b);
/** A random day between two dates, both included. */
const dateBetween = (rnd, from, to) => isoOf(rnd.int(dayNumber(from), dayNumber(to)));
/** 12.01.2026 style, for orders. */
const russianDate = (iso) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

// ---------------------------------------------------------------------------------------------
// YAML text, written by hand in the example workspace's style (block records, flow mappings for
// small objects). Strings stay plain where that is safe and are double-quoted otherwise.

const PLAIN_UNSAFE_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
const LOOKS_TYPED = /^([-+]?[\d.]|true$|false$|null$|~$|yes$|no$|on$|off$)/i;

function scalar(text, inFlow = false) {
  const unsafe =
    text === '' ||
    PLAIN_UNSAFE_START.test(text) ||
    LOOKS_TYPED.test(text) ||
    /\s$/.test(text) ||
    text.includes(': ') ||
    text.endsWith(':') ||
    text.includes(' #') ||
    text.includes('\n') ||
    (inFlow && /[,[\]{}]/.test(text));
  return unsafe ? JSON.stringify(text) : text;
}

const flowString = (text) => scalar(text, true);

// ---------------------------------------------------------------------------------------------
// Russian names, places and texts.

const FEMALE_SURNAMES = [
  'Иванова', 'Петрова', 'Смирнова', 'Кузнецова', 'Васильева', 'Соколова', 'Попова', 'Лебедева',
  'Козлова', 'Новикова', 'Морозова', 'Волкова', 'Алексеева', 'Фёдорова', 'Михайлова', 'Беляева',
  'Тарасова', 'Белова', 'Комарова', 'Орлова', 'Киселёва', 'Макарова', 'Андреева', 'Ковалёва',
  'Ильина', 'Гусева', 'Титова', 'Кудрявцева', 'Баранова', 'Куликова', 'Алексеева', 'Степанова',
  'Яковлева', 'Сорокина', 'Сергеева', 'Романова', 'Захарова', 'Борисова', 'Королёва', 'Герасимова',
  'Пономарёва', 'Григорьева', 'Лазарева', 'Медведева', 'Ершова', 'Никитина', 'Соболева', 'Рябова',
  'Полякова', 'Цветкова', 'Данилова', 'Жукова', 'Фролова', 'Журавлёва', 'Николаева', 'Крылова',
  'Максимова', 'Сидорова', 'Осипова', 'Белоусова', 'Федотова', 'Дорофеева', 'Егорова', 'Матвеева',
  'Боброва', 'Дмитриева', 'Калинина', 'Анисимова', 'Петухова', 'Антонова', 'Тимофеева', 'Никифорова',
  'Веселова', 'Филиппова', 'Маркова', 'Большакова', 'Суханова', 'Миронова', 'Ширяева', 'Александрова',
  'Коновалова', 'Шестакова', 'Казакова', 'Ефимова', 'Денисова', 'Громова', 'Фомина', 'Давыдова',
  'Мельникова', 'Щербакова', 'Блинова', 'Колесникова', 'Карпова', 'Афанасьева', 'Власова', 'Маслова',
  'Исакова', 'Тихонова', 'Аксёнова', 'Гаврилова', 'Родионова', 'Котова', 'Горбунова', 'Кудряшова',
  'Быкова', 'Зуева', 'Третьякова', 'Савельева', 'Панова', 'Рыбакова', 'Суворова', 'Абрамова',
  'Воронова', 'Мухина', 'Архипова', 'Трофимова', 'Мартынова', 'Емельянова', 'Горшкова', 'Чернова',
  'Овчинникова', 'Селезнёва', 'Панфилова', 'Копылова', 'Михеева', 'Галкина', 'Назарова', 'Лобанова',
  'Лукина', 'Белякова', 'Потапова', 'Некрасова', 'Хохлова', 'Жданова', 'Наумова', 'Шилова',
  'Воронцова', 'Ермакова', 'Дроздова', 'Игнатьева', 'Савина', 'Логинова', 'Сафонова', 'Капустина',
  'Кириллова', 'Моисеева', 'Елисеева', 'Кошелева', 'Костина', 'Горбачёва', 'Орехова', 'Ефремова',
  'Исаева', 'Евдокимова', 'Калашникова', 'Кабанова', 'Носкова', 'Юдина', 'Кулагина', 'Лапина',
  'Прохорова', 'Нестерова', 'Харитонова', 'Агафонова', 'Муравьёва', 'Ларионова', 'Федосеева', 'Зимина',
  'Пахомова', 'Шубина', 'Игнатова', 'Филатова', 'Крюкова', 'Рогова', 'Кулакова', 'Терентьева',
  'Молчанова', 'Владимирова', 'Артемьева', 'Гурьева', 'Зиновьева', 'Гришина', 'Кононова', 'Дементьева',
  'Ситникова', 'Симонова', 'Мишина', 'Фадеева', 'Комиссарова', 'Мамонтова', 'Носова', 'Гуляева',
  'Шарова', 'Устинова', 'Вишнякова', 'Евсеева', 'Лаврентьева', 'Брагина', 'Константинова', 'Корнилова',
  'Авдеева', 'Зыкова', 'Бирюкова', 'Шарапова', 'Никонова', 'Щукина', 'Дьячкова', 'Одинцова',
  'Сазонова', 'Якушева', 'Красильникова', 'Гордеева', 'Самойлова', 'Князева', 'Беспалова', 'Уварова',
  'Шашкова', 'Бобылёва', 'Доронина', 'Белозёрова', 'Рожкова', 'Самсонова', 'Мясникова', 'Лихачёва',
  'Бурова', 'Сысоева', 'Фомичёва', 'Русакова', 'Стрелкова', 'Гущина', 'Тетерина', 'Колобова',
  'Субботина', 'Фокина', 'Блохина', 'Селиверстова', 'Пестова', 'Кондратьева', 'Силина', 'Меркушева',
  'Лыткина', 'Турова', 'Зайцева', 'Гончарова', 'Вавилова', 'Кузьмина', 'Лукьянова', 'Прокофьева',
];
const FEMALE_NAMES = [
  'Мария', 'Ольга', 'Татьяна', 'Елена', 'Ирина', 'Анна', 'Наталья', 'Светлана', 'Екатерина', 'Юлия',
  'Анастасия', 'Дарья', 'Людмила', 'Галина', 'Марина', 'Надежда', 'Валентина', 'Любовь', 'Оксана',
  'Алёна', 'Виктория', 'Ксения', 'Полина', 'Александра', 'Евгения', 'Вера', 'Лариса', 'Нина',
  'Софья', 'Кристина', 'Яна', 'Валерия', 'Алина', 'Маргарита', 'Инна', 'Жанна', 'Лидия', 'Тамара',
];
const MALE_SURNAMES = [
  'Лебедев', 'Иванов', 'Смирнов', 'Кузнецов', 'Попов', 'Соколов', 'Морозов', 'Волков', 'Орлов',
  'Никитин', 'Захаров', 'Белов', 'Фролов', 'Громов', 'Киселёв', 'Сорокин', 'Егоров', 'Ильин',
];
const MALE_NAMES = [
  'Артём', 'Александр', 'Дмитрий', 'Сергей', 'Андрей', 'Алексей', 'Михаил', 'Иван', 'Максим',
  'Николай', 'Павел', 'Роман', 'Евгений', 'Владимир', 'Игорь',
];
const FATHER_NAMES = [
  ['Алексеевна', 'Алексеевич'], ['Владимировна', 'Владимирович'], ['Николаевна', 'Николаевич'],
  ['Ивановна', 'Иванович'], ['Сергеевна', 'Сергеевич'], ['Викторовна', 'Викторович'],
  ['Александровна', 'Александрович'], ['Андреевна', 'Андреевич'], ['Петровна', 'Петрович'],
  ['Михайловна', 'Михайлович'], ['Юрьевна', 'Юрьевич'], ['Анатольевна', 'Анатольевич'],
  ['Геннадьевна', 'Геннадьевич'], ['Игоревна', 'Игоревич'], ['Олеговна', 'Олегович'],
  ['Дмитриевна', 'Дмитриевич'], ['Васильевна', 'Васильевич'], ['Евгеньевна', 'Евгеньевич'],
  ['Павловна', 'Павлович'], ['Валерьевна', 'Валерьевич'], ['Борисовна', 'Борисович'],
  ['Константиновна', 'Константинович'], ['Романовна', 'Романович'], ['Вячеславовна', 'Вячеславович'],
];

const GROUPS = [
  'Первая младшая группа «Капельки» (2–3 года)', 'Первая младшая группа «Малыши» (2–3 года)',
  'Вторая младшая группа «Колокольчики» (3–4 года)', 'Вторая младшая группа «Ягодки» (3–4 года)',
  'Средняя группа «Звёздочки» (4–5 лет)', 'Средняя группа «Непоседы» (4–5 лет)',
  'Старшая группа «Радуга» (5–6 лет)', 'Старшая группа «Почемучки» (5–6 лет)',
  'Подготовительная к школе группа «Солнышко» (6–7 лет)', 'Подготовительная к школе группа «Знайки» (6–7 лет)',
  'Группа компенсирующей направленности «Теремок» (5–7 лет)', 'Разновозрастная группа «Дружба» (3–7 лет)',
];

const INSTITUTIONS = {
  higher: [
    'Вологодский государственный университет', 'ВоГУ', 'Череповецкий государственный университет',
    'Вологодский государственный педагогический университет', 'Ярославский государственный педагогический университет им. К. Д. Ушинского',
    'Российский государственный педагогический университет им. А. И. Герцена', 'Московский педагогический государственный университет',
  ],
  secondary_vocational: [
    'Вологодский педагогический колледж', 'Тотемский политехнический колледж', 'Череповецкий многопрофильный колледж',
    'Великоустюгский гуманитарно-педагогический колледж', 'Вологодский областной колледж искусств',
  ],
  other: ['Учебный центр «Профессионал» (профессиональная переподготовка)', 'АНО ДПО «Институт развития образования»'],
};

const SPECIALTIES = {
  educator: ['Дошкольное образование', 'Педагогика и методика дошкольного образования', 'Дошкольная педагогика и психология'],
  senior_educator: ['Педагогика и методика дошкольного образования', 'Дошкольная педагогика и психология'],
  junior_educator: ['Помощник воспитателя', 'Младший воспитатель'],
  music_director: ['Музыкальное образование', 'Музыкальное образование (педагог дополнительного образования)'],
  pe_instructor: ['Физическая культура', 'Физическая культура и спорт'],
  psychologist: ['Педагогика и психология', 'Психология образования'],
  speech_therapist: ['Логопедия', 'Специальное (дефектологическое) образование, профиль «Логопедия»'],
  defectologist: ['Олигофренопедагогика', 'Специальное (дефектологическое) образование'],
  additional_education: ['Изобразительное искусство и черчение', 'Хореографическое искусство', 'Технология'],
  methodologist: ['Педагогика и методика дошкольного образования', 'Управление образованием'],
  tutor: ['Специальное (дефектологическое) образование', 'Психолого-педагогическое образование'],
};

const COURSES = [
  'Реализация ФОП ДО в дошкольной образовательной организации',
  'Организация образовательной деятельности в соответствии с ФОП ДО',
  'Педагог-наставник в системе дошкольного образования',
  'Развитие речи дошкольников: современные технологии',
  'Инклюзивное образование детей с ОВЗ в условиях ДОО',
  'Оказание первой помощи',
  'Игровые технологии в работе с детьми младшего дошкольного возраста',
  'Взаимодействие ДОО с семьями воспитанников, вовлечение родителей',
  'Развивающая предметно-пространственная среда: проектирование и наполнение',
  'Педагогическая диагностика в дошкольном образовании, мониторинг',
  'Музыкальное развитие дошкольников в условиях реализации ФОП ДО',
  'Здоровьесберегающие технологии в физическом воспитании дошкольников',
];

const SELF_EDUCATION_TOPICS = [
  'Развитие связной речи детей средствами мнемотехники',
  'Развитие речи детей средствами театрализованной деятельности',
  'Сенсорное развитие детей раннего возраста через дидактические игры',
  'Экологическое воспитание дошкольников в проектной деятельности',
  'Формирование элементарных математических представлений в игре',
  'Развитие мелкой моторики рук у детей младшего дошкольного возраста',
  'Нравственно-патриотическое воспитание детей старшего дошкольного возраста',
  'Использование ИКТ в образовательной деятельности с дошкольниками',
  'Развитие конструктивных способностей детей в LEGO-конструировании',
  'Здоровьесберегающие технологии в режиме дня',
];

const GOALS = [
  'Профессиональная адаптация молодого педагога и развитие его компетенций',
  'Профессиональная адаптация и развитие компетенций молодого педагога в организации образовательной деятельности и работе с семьями',
  'Освоение новой должности и развитие профессиональных компетенций педагога',
  'Преодоление профессиональных затруднений и развитие компетенций педагога',
];

const TASKS = {
  normative: 'Изучить нормативные документы: ФГОС ДО, ФОП ДО, должностную инструкцию',
  documentation: 'Освоить ведение документации группы',
  activity: 'Овладеть методикой организации и проведения ООД и режимных моментов',
  environment: 'Научиться проектировать развивающую предметно-пространственную среду группы',
  diagnostics: 'Овладеть методикой педагогической диагностики (мониторинга) детей',
  family: 'Выстроить доверительное взаимодействие с семьями воспитанников',
  self_education: 'Определить тему самообразования и спланировать работу по ней',
  courses: 'Пройти курсы повышения квалификации по актуальной теме',
  methodical: 'Принять участие в методических мероприятиях и профессиональных конкурсах',
};

/** [id suffix, title, forms, result] per direction: the generator's own small activity bank. */
const ACTIVITIES = {
  normative: [
    ['fop', 'Изучение ФГОС ДО и ФОП ДО (содержание образовательной работы со своей возрастной группой)', 'Самостоятельное изучение, консультация наставника', 'Конспект, собеседование с наставником'],
    ['instruction', 'Изучение должностной инструкции, правил внутреннего распорядка и инструкций по охране жизни и здоровья детей', 'Самостоятельное изучение, беседа с наставником', 'Собеседование'],
    ['local-acts', 'Знакомство с локальными актами ДОУ: положение о группе, режим дня, годовой план', 'Консультация старшего воспитателя', 'Лист ознакомления'],
    ['sanpin', 'Изучение СанПиН для дошкольных организаций: требования к режиму дня и прогулке', 'Самостоятельное изучение, консультация медицинской сестры', 'Памятка, собеседование'],
  ],
  documentation: [
    ['group', 'Ведение документации группы (календарный план, табель посещаемости, тетрадь взаимодействия со специалистами)', 'Консультация наставника, совместное заполнение', 'Оформленная документация группы'],
    ['calendar-plan', 'Составление календарно-тематического плана на месяц', 'Совместное планирование с наставником', 'Календарный план группы'],
    ['portfolio', 'Оформление портфолио педагога', 'Консультация наставника, образцы', 'Портфолио педагога'],
    ['reports', 'Подготовка аналитической справки по итогам полугодия', 'Консультация старшего воспитателя', 'Аналитическая справка'],
  ],
  activity: [
    ['routines', 'Организация режимных моментов и прогулки, посещение ООД наставника', 'Наблюдение, посещение ООД наставника, обсуждение', 'Карта наблюдения, анализ посещённых занятий'],
    ['ood-structure', 'Структура и методика проведения ООД, взаимопосещения', 'Консультация наставника, взаимопосещение ООД', 'Конспекты ООД с анализом'],
    ['open-lesson', 'Открытое занятие для педагогов ДОУ с самоанализом', 'Подготовка с наставником, показ, обсуждение', 'Конспект, самоанализ, отзыв наставника'],
    ['game-methods', 'Игровые приёмы в образовательной деятельности с детьми', 'Практикум, консультация наставника', 'Картотека игр'],
    ['project', 'Краткосрочный проект с детьми группы', 'Совместное планирование с наставником', 'Паспорт проекта, презентация'],
  ],
  environment: [
    ['center', 'Пополнение центра развития в группе (дидактические игры, пособия)', 'Совместное проектирование с наставником', 'Обновлённый центр, фотоотчёт'],
    ['review', 'Участие в смотре-конкурсе РППС групп', 'Консультация наставника, самоанализ среды', 'Лист оценки РППС'],
    ['passport', 'Составление паспорта развивающей среды группы', 'Консультация старшего воспитателя', 'Паспорт РППС'],
  ],
  diagnostics: [
    ['monitoring', 'Проведение педагогической диагностики (мониторинга) в группе', 'Практикум с наставником, изучение диагностических карт', 'Заполненные диагностические карты, аналитическая справка'],
    ['midterm', 'Промежуточная самооценка профессиональных затруднений', 'Анкетирование, собеседование с наставником', 'Карта самооценки'],
    ['final', 'Итоговая педагогическая диагностика детей и повторная самооценка', 'Самостоятельно под контролем наставника', 'Аналитическая справка, карта самооценки'],
    ['observation', 'Наблюдение за детьми в свободной деятельности, ведение карт развития', 'Консультация педагога-психолога', 'Карты наблюдения'],
  ],
  family: [
    ['first-meeting', 'Подготовка и проведение родительского собрания «Возрастные особенности детей»', 'Совместная подготовка с наставником', 'Протокол собрания, самоанализ'],
    ['consultations', 'Консультации для родителей и наглядная информация в приёмной', 'Консультация наставника, индивидуальные беседы с родителями', 'Папка-передвижка, материалы консультаций'],
    ['holiday', 'Совместный с родителями досуг или праздник в группе', 'Совместная подготовка с музыкальным руководителем', 'Сценарий, фотоотчёт'],
    ['questionnaire', 'Анкетирование родителей об удовлетворённости работой группы', 'Консультация педагога-психолога', 'Анкеты, справка по итогам'],
  ],
  self_education: [
    ['plan', 'Составление плана работы по теме самообразования', 'Консультация старшего воспитателя и наставника', 'План по самообразованию'],
    ['report', 'Отчёт о работе по теме самообразования на итоговом педсовете', 'Выступление на педсовете', 'Презентация, отчёт'],
    ['literature', 'Изучение методической литературы по теме самообразования', 'Самостоятельное изучение', 'Список литературы, конспекты'],
  ],
  courses: [
    ['kpk', 'КПК «Организация образовательной деятельности в соответствии с ФОП ДО» (36 ч)', 'Дистанционное обучение', 'Удостоверение о повышении квалификации'],
    ['webinar', 'Участие в вебинарах регионального института развития образования', 'Дистанционное обучение', 'Сертификаты участника'],
    ['first-aid', 'Обучение по оказанию первой помощи (16 ч)', 'Очное обучение', 'Удостоверение'],
  ],
  methodical: [
    ['contest', 'Участие в муниципальном конкурсе «Педагогический дебют»', 'Консультации наставника, подготовка конкурсных материалов', 'Конкурсные материалы, диплом участника'],
    ['master-class', 'Мастер-класс для молодых педагогов ДОУ', 'Подготовка с наставником, проведение', 'Материалы мастер-класса'],
    ['publication', 'Публикация методической разработки на сайте ДОУ', 'Консультация старшего воспитателя', 'Публикация на сайте ДОУ'],
    ['rmo', 'Выступление на районном методическом объединении воспитателей', 'Подготовка с наставником', 'Тезисы выступления, презентация'],
  ],
};

const EVIDENCE = [
  'Конспект в папке наставника', 'Материалы в методическом кабинете', 'Фотоотчёт на сайте ДОУ',
  'Протокол в папке группы', 'Копия удостоверения в личном деле', 'Справка старшего воспитателя',
];

const MEETING_TOPICS = [
  'Знакомство с ДОУ и документацией группы', 'Режим дня и организация прогулки',
  'Подготовка к родительскому собранию', 'Структура ООД и анализ посещённого занятия',
  'Разбор затруднений в педагогической диагностике', 'Промежуточная беседа по итогам полугодия',
  'РППС группы: что пополнить', 'Подготовка открытого занятия', 'Подготовка к конкурсу',
  'Работа с родителями: трудные ситуации', 'План по самообразованию', 'Анализ календарного плана',
];

const ORGANIZATIONS = [
  ['Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад № 12 «Солнышко»', 'МБДОУ «Детский сад № 12 «Солнышко»'],
];

// ---------------------------------------------------------------------------------------------
// The people: who is a mentor, who is a mentee, who only works there.

const SPECIALIST_POSITIONS = [
  ['music_director', 3], ['pe_instructor', 2], ['psychologist', 2], ['speech_therapist', 3],
  ['defectologist', 1], ['additional_education', 1], ['methodologist', 1], ['tutor', 1],
];

function personName(rnd) {
  if (rnd.chance(0.06)) {
    return `${rnd.pick(MALE_SURNAMES)} ${rnd.pick(MALE_NAMES)} ${rnd.pick(FATHER_NAMES)[1]}`;
  }
  return `${rnd.pick(FEMALE_SURNAMES)} ${rnd.pick(FEMALE_NAMES)} ${rnd.pick(FATHER_NAMES)[0]}`;
}

function teacherId(index) {
  return `t${String(index + 1).padStart(5, '0')}`;
}

function educationFor(rnd, position, graduated) {
  const level =
    position === 'junior_educator'
      ? rnd.weighted([['secondary_vocational', 6], ['other', 4]])
      : rnd.weighted([['higher', 65], ['secondary_vocational', 30], ['other', 5]]);
  return {
    level,
    institution: rnd.pick(INSTITUTIONS[level]),
    year: graduated,
    specialty: rnd.pick(SPECIALTIES[position]),
  };
}

function coursesFor(rnd, count, fromYear) {
  const titles = rnd.shuffle(COURSES).slice(0, count);
  return titles
    .map((title) => ({ title, hours: rnd.pick([16, 36, 36, 72, 72, 108]), year: rnd.int(Math.max(fromYear, 2018), 2025) }))
    .sort((a, b) => a.year - b.year);
}

function categoryFields(rnd, category) {
  if (category === 'none') return {};
  const date = dateBetween(rnd, '2020-01-15', '2025-06-30');
  // Five years on; 29 February has no anniversary in 2029 and similar years.
  const until = `${+date.slice(0, 4) + 5}${date.slice(4).replace('-02-29', '-02-28')}`;
  return { category_date: date, category_valid_until: until };
}

/** An experienced pedagogue who leads pairs: experience ≥ 3 years on every pair start. */
function mentorTeacher(rnd, id) {
  const position = rnd.weighted([['educator', 70], ['senior_educator', 6], ['music_director', 5], ['speech_therapist', 6], ['psychologist', 5], ['pe_instructor', 4], ['methodologist', 4]]);
  const years = rnd.int(5, 32);
  const hired = dateBetween(rnd, `${Math.max(1994, 2025 - years)}-08-15`, '2023-09-01');
  const category = rnd.weighted([['highest', 45], ['first', 30], ['mentor', 15], ['methodist', 10]]);
  return {
    id,
    full_name: personName(rnd),
    position,
    ...(position === 'educator' ? { group: rnd.pick(GROUPS) } : {}),
    hired,
    experience: { years, as_of: '2025-09-01' },
    education: educationFor(rnd, position, 2025 - years - rnd.int(0, 2)),
    category,
    ...categoryFields(rnd, category),
    courses: coursesFor(rnd, rnd.int(1, 3), 2018),
  };
}

/** A mentee: usually a young specialist hired lately, sometimes an experienced teacher in a new post. */
function menteeTeacher(rnd, id, role) {
  if (role === 'experienced_young') {
    const position = rnd.weighted([['educator', 85], ['music_director', 3], ['pe_instructor', 4], ['psychologist', 3], ['speech_therapist', 3], ['tutor', 2]]);
    const hired = dateBetween(rnd, '2023-08-15', '2025-08-29');
    const years = rnd.pick([0, 0, 0, 0.5, 1]);
    const graduated = +hired.slice(0, 4) - rnd.int(0, 1);
    return {
      id,
      full_name: personName(rnd),
      position,
      ...(position === 'educator' ? { group: rnd.pick(GROUPS) } : {}),
      hired,
      experience: { years, as_of: hired },
      education: educationFor(rnd, position, graduated),
      category: 'none',
      ...(rnd.chance(0.3) ? { courses: coursesFor(rnd, 1, graduated) } : {}),
    };
  }
  const position = role === 'specialist_new_post'
    ? rnd.weighted([['speech_therapist', 3], ['defectologist', 2], ['senior_educator', 2], ['psychologist', 2], ['methodologist', 1]])
    : 'educator';
  const years = rnd.int(4, 20);
  const hired = role === 'specialist_new_post' ? dateBetween(rnd, '2025-06-01', '2025-08-29') : dateBetween(rnd, '2005-08-15', '2020-09-01');
  const category = rnd.weighted([['none', 3], ['first', 5], ['highest', 2]]);
  return {
    id,
    full_name: personName(rnd),
    position,
    ...(position === 'educator' ? { group: rnd.pick(GROUPS) } : {}),
    hired,
    experience: { years, as_of: '2025-09-01' },
    education: educationFor(rnd, position, 2025 - years - rnd.int(0, 3)),
    category,
    ...categoryFields(rnd, category),
    courses: coursesFor(rnd, rnd.int(1, 2), 2018),
  };
}

/** Everyone else: pedagogues outside the programme, junior educators, some who have left. */
function otherTeacher(rnd, id, position) {
  const junior = position === 'junior_educator';
  const years = junior ? 0 : rnd.int(0, 35);
  const hired = dateBetween(rnd, `${Math.max(1990, 2025 - Math.max(years, 1))}-01-10`, '2025-12-01');
  const left = rnd.chance(0.05) ? { left: rnd.chance(0.5) ? dateBetween(rnd, maxIso(hired, '2024-01-01'), '2025-08-31') : '2026-06-30' } : {};
  const category = junior ? 'none' : rnd.weighted([['none', 25], ['first', 35], ['highest', 30], ['methodist', 5], ['mentor', 5]]);
  const hasGroup = position === 'educator' || junior;
  return {
    id,
    full_name: personName(rnd),
    position,
    ...(hasGroup ? { group: rnd.pick(GROUPS) } : {}),
    hired,
    ...(left.left !== undefined && left.left >= hired ? left : {}),
    experience: { years, as_of: junior ? hired : '2025-09-01' },
    education: educationFor(rnd, position, Math.min(+hired.slice(0, 4), 2025 - years) - rnd.int(0, 2)),
    category,
    ...categoryFields(rnd, category),
    ...(!junior && rnd.chance(0.7) ? { courses: coursesFor(rnd, rnd.int(1, 3), 2018) } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Record texts.

function configText() {
  const [name, short] = ORGANIZATIONS[0];
  return `# yaml-language-server: $schema=../../schemas/config.schema.json
organization:
  name: ${scalar(name)}
  short_name: ${scalar(short)}
  city: г. Вологда
  head: Сидорова Наталья Ивановна
  curator: ${CURATOR_PLACEHOLDER}   # старший воспитатель
programme:
  title: Программа наставничества «Каждому таланту — наставника»
  target_coverage: 0.7
settings:                  # значения по умолчанию, выписаны явно
  mentor_max_mentees: 2
  mentor_min_experience_years: 3
  young_specialist_max_years: 3
  deficit_below: 1.0
  max_items_per_month: 4
  quarters: calendar
`;
}
const CURATOR_PLACEHOLDER = '@CURATOR@';

function teacherText(t) {
  const lines = ['# yaml-language-server: $schema=../../../schemas/teacher.schema.json', `id: ${t.id}`, `full_name: ${scalar(t.full_name)}`, `position: ${t.position}`];
  if (t.group) lines.push(`group: ${scalar(t.group)}`);
  lines.push(`hired: ${t.hired}`);
  if (t.left) lines.push(`left: ${t.left}`);
  lines.push(`experience: { years: ${t.experience.years}, as_of: ${t.experience.as_of} }`);
  const e = t.education;
  lines.push(`education: { level: ${e.level}, institution: ${flowString(e.institution)}, year: ${e.year}, specialty: ${flowString(e.specialty)} }`);
  lines.push(`category: ${t.category}`);
  if (t.category_date) lines.push(`category_date: ${t.category_date}`, `category_valid_until: ${t.category_valid_until}`);
  if (t.courses?.length) {
    lines.push('courses:');
    for (const c of t.courses) lines.push(`  - { title: ${flowString(c.title)}, hours: ${c.hours}, year: ${c.year} }`);
  }
  return `${lines.join('\n')}\n`;
}

function mentorText(m) {
  const lines = [
    '# yaml-language-server: $schema=../../../schemas/mentor.schema.json',
    `teacher: ${m.teacher}`,
    `consent: { date: ${m.consent} }   # письменное согласие, ст. 351.8 ТК РФ`,
    `expertise: [${m.expertise.join(', ')}]`,
  ];
  if (m.max_mentees !== undefined) lines.push(`max_mentees: ${m.max_mentees}`);
  lines.push('pairs:');
  for (const p of m.pairs) {
    lines.push(
      `  - mentee: ${p.mentee}`,
      `    kind: ${p.kind}`,
      `    role: ${p.role}`,
      `    start: ${p.start}`,
      `    end: ${p.end}`,
      `    agreement: { number: "${p.agreement.number}", date: ${p.agreement.date} }   # доп. соглашение к трудовому договору`,
      `    order: ${scalar(p.order)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function scoresFlow(scores) {
  const parts = DIRECTIONS.map((d) => `${d}: ${scores[d].toFixed(1)}`);
  return `{ ${parts.slice(0, 5).join(', ')},\n              ${parts.slice(5).join(', ')} }`;
}

function diagnosticsText(d) {
  const lines = [
    '# yaml-language-server: $schema=../../../../schemas/diagnostics.schema.json',
    `teacher: ${d.teacher}`,
    `year: "${YEAR}"`,
    'assessments:',
  ];
  for (const a of d.assessments) {
    lines.push(`  - kind: ${a.kind}`, `    date: ${a.date}`, `    scores: ${scoresFlow(a.scores)}`);
  }
  return `${lines.join('\n')}\n`;
}

function routeText(r) {
  const lines = [
    '# yaml-language-server: $schema=../../../../schemas/route.schema.json',
    `teacher: ${r.teacher}`,
    `mentor: ${r.mentor}`,
    `year: "${YEAR}"`,
    `period: { start: ${r.period.start}, end: ${r.period.end} }`,
    `approved: ${r.approved}`,
    `self_education_topic: ${scalar(r.self_education_topic)}`,
    `deficits: [${r.deficits.join(', ')}]`,
    `goal: ${scalar(r.goal)}`,
    'tasks:',
    ...r.tasks.map((task) => `  - ${scalar(task)}`),
    'items:',
  ];
  for (const item of r.items) {
    lines.push(
      `  - id: ${item.id}`,
      `    direction: ${item.direction}`,
      `    title: ${scalar(item.title)}`,
      `    forms: ${scalar(item.forms)}`,
      `    due: ${item.due}`,
      `    result: ${scalar(item.result)}`,
      `    status: ${item.status}`,
    );
    if (item.done_on) lines.push(`    done_on: ${item.done_on}`);
    if (item.evidence) lines.push(`    evidence: ${scalar(item.evidence)}`);
  }
  lines.push('meetings:');
  for (const m of r.meetings) lines.push(`  - { date: ${m.date}, topic: ${flowString(m.topic)}, minutes: ${m.minutes} }`);
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Diagnostics and routes of one mentee.

const tenth = (x) => Math.round(x * 10) / 10;
const clampScore = (x) => Math.min(2, Math.max(0, tenth(x)));

function diagnosticsFor(rnd, teacher) {
  // One to four directions start as deficits (below 1.0), the rest at 1.0..1.8.
  const deficits = rnd.shuffle(DIRECTIONS).slice(0, rnd.int(1, 4));
  const entry = {};
  for (const d of DIRECTIONS) entry[d] = deficits.includes(d) ? clampScore(rnd.int(2, 9) / 10) : clampScore(rnd.int(10, 18) / 10);
  const midterm = {};
  for (const d of DIRECTIONS) midterm[d] = clampScore(entry[d] + rnd.int(0, 5) / 10);
  return {
    record: {
      teacher,
      assessments: [
        { kind: 'entry', date: ENTRY_DATE, scores: entry },
        { kind: 'midterm', date: MIDTERM_DATE, scores: midterm },
      ],
    },
    deficits: DIRECTIONS.filter((d) => deficits.includes(d)),
  };
}

function routeFor(rnd, teacher, mentor, deficits) {
  // Twelve distinct activities, deficit directions first, spread over the nine month ends
  // (each month gets one, three months get a second).
  const pool = [];
  for (const d of deficits) for (const a of rnd.shuffle(ACTIVITIES[d]).slice(0, 2)) pool.push([d, a]);
  const rest = rnd.shuffle(DIRECTIONS.flatMap((d) => ACTIVITIES[d].map((a) => [d, a])));
  const seen = new Set();
  const chosen = [];
  for (const [d, a] of [...pool, ...rest]) {
    const id = `${d.replace(/_/g, '-')}-${a[0]}`;
    if (seen.has(id)) continue;
    seen.add(id);
    chosen.push({ id, direction: d, title: a[1], forms: a[2], result: a[3] });
    if (chosen.length === ITEMS_PER_ROUTE) break;
  }
  const doubled = new Set(rnd.shuffle(MONTH_ENDS.map((_, i) => i)).slice(0, ITEMS_PER_ROUTE - MONTH_ENDS.length));
  const dues = MONTH_ENDS.flatMap((due, i) => (doubled.has(i) ? [due, due] : [due]));
  const items = chosen.map((item, i) => {
    const due = dues[i];
    let status;
    if (due < TODAY) status = rnd.weighted([['done', 85], ['in_progress', 10], ['cancelled', 5]]);
    else if (due < '2026-04-01') status = rnd.weighted([['done', 25], ['in_progress', 50], ['planned', 25]]);
    else status = rnd.weighted([['planned', 80], ['in_progress', 20]]);
    const out = { ...item, due, status };
    if (status === 'done') {
      out.done_on = minIso(maxIso(addDays(due, -rnd.int(0, 14)), addDays(ROUTE_START, 1)), addDays(TODAY, -2));
      if (rnd.chance(0.4)) out.evidence = rnd.pick(EVIDENCE);
    }
    return out;
  });
  const meetingCount = rnd.int(6, 10);
  const meetingDays = new Set();
  while (meetingDays.size < meetingCount) meetingDays.add(rnd.int(dayNumber('2025-09-16'), dayNumber(TODAY)));
  const meetings = [...meetingDays].sort((a, b) => a - b).map((day) => ({ date: isoOf(day), topic: rnd.pick(MEETING_TOPICS), minutes: rnd.pick([30, 40, 45, 45, 50, 60]) }));
  const taskDirections = deficits.length >= 2 ? deficits : [...deficits, rnd.pick(DIRECTIONS.filter((d) => !deficits.includes(d)))];
  return {
    teacher,
    mentor,
    period: { start: ROUTE_START, end: ROUTE_END },
    approved: dateBetween(rnd, '2025-09-15', '2025-09-22'),
    self_education_topic: rnd.pick(SELF_EDUCATION_TOPICS),
    deficits,
    goal: rnd.pick(GOALS),
    tasks: taskDirections.map((d) => TASKS[d]),
    items,
    meetings,
  };
}

// ---------------------------------------------------------------------------------------------

/**
 * Writes a workspace of `teacherCount` teachers into `dir` (created; must be empty or absent).
 * About a seventh are mentors with one or two pairs each, a fifth are mentees with a
 * diagnostics record and a route; about 8 % are junior educators, outside the programme.
 * Returns counts of what was written.
 */
export function generateWorkspace(dir, teacherCount, { seed = 1 } = {}) {
  if (!Number.isInteger(teacherCount) || teacherCount < 10) throw new Error('teacherCount must be an integer ≥ 10');
  mkdirSync(dir, { recursive: true });
  if (readdirSync(dir).length > 0) throw new Error(`${dir} is not empty`);
  const rnd = makeRandom(seed);

  const mentorCount = Math.max(1, Math.round(teacherCount / 7));
  const menteeCount = Math.min(Math.round(teacherCount / 5), 2 * mentorCount);
  const juniorCount = Math.round(teacherCount * 0.08);
  const order = rnd.shuffle(Array.from({ length: teacherCount }, (_, i) => i));
  const mentorIdx = order.slice(0, mentorCount).sort((a, b) => a - b);
  const menteeIdx = order.slice(mentorCount, mentorCount + menteeCount);
  const otherIdx = order.slice(mentorCount + menteeCount);
  const juniorIdx = new Set(otherIdx.slice(0, juniorCount));
  const curatorIdx = otherIdx[juniorCount];

  const teachers = new Array(teacherCount);
  for (const i of mentorIdx) teachers[i] = mentorTeacher(rnd, teacherId(i));
  const roles = new Map();
  for (const i of menteeIdx) {
    const role = rnd.weighted([['experienced_young', 80], ['specialist_new_post', 15], ['leader_struggling', 5]]);
    roles.set(i, role);
    teachers[i] = menteeTeacher(rnd, teacherId(i), role);
  }
  for (const i of otherIdx) {
    let position;
    if (juniorIdx.has(i)) position = 'junior_educator';
    else if (i === curatorIdx) position = 'senior_educator';
    else position = rnd.chance(0.7) ? 'educator' : rnd.weighted(SPECIALIST_POSITIONS);
    teachers[i] = otherTeacher(rnd, teacherId(i), position);
  }
  if (curatorIdx !== undefined) {
    // The curator works for the whole year.
    delete teachers[curatorIdx].left;
  }

  // Pairs: mentees dealt round-robin, so no mentor has more than two (all pairs overlap).
  const mentors = mentorIdx.map((i) => {
    const expertise = new Set(rnd.shuffle(DIRECTIONS).slice(0, rnd.int(2, 4)));
    return {
      teacher: teacherId(i),
      consent: dateBetween(rnd, '2025-08-20', '2025-08-28'),
      expertise: DIRECTIONS.filter((d) => expertise.has(d)),
      pairs: [],
    };
  });
  const orderDate = '2025-08-29';
  const orderNo = rnd.int(90, 140);
  let agreementNo = rnd.int(1, 40);
  menteeIdx.forEach((menteeI, k) => {
    const mentor = mentors[k % mentors.length];
    const role = roles.get(menteeI);
    mentor.pairs.push({
      mentee: teacherId(menteeI),
      kind: role === 'specialist_new_post' ? 'traditional' : rnd.weighted([['traditional', 70], ['group', 15], ['virtual', 5], ['situational', 5], ['speed', 5]]),
      role,
      start: PAIR_START,
      end: PAIR_END,
      agreement: { number: String(agreementNo++), date: dateBetween(rnd, maxIso(mentor.consent, '2025-08-25'), orderDate) },
      order: `Приказ № ${orderNo}-о от ${russianDate(orderDate)}`,
    });
  });
  for (const m of mentors) if (rnd.chance(0.1)) m.max_mentees = 2;

  // Files.
  const counts = { teachers: 0, mentors: 0, diagnostics: 0, routes: 0, files: 0, bytes: 0 };
  const write = (rel, text) => {
    writeFileSync(join(dir, rel), text);
    counts.files++;
    counts.bytes += Buffer.byteLength(text);
  };
  for (const sub of ['teachers', 'mentors', `diagnostics/${YEAR_FOLDER}`, `routes/${YEAR_FOLDER}`]) mkdirSync(join(dir, sub), { recursive: true });
  write('mentor.yaml', configText().replace(CURATOR_PLACEHOLDER, teacherId(curatorIdx ?? mentorIdx[0])));
  for (const t of teachers) {
    write(`teachers/${t.id}.yaml`, teacherText(t));
    counts.teachers++;
  }
  for (const m of mentors) {
    write(`mentors/${m.teacher}.yaml`, mentorText(m));
    counts.mentors++;
    for (const p of m.pairs) {
      const diagnostics = diagnosticsFor(rnd, p.mentee);
      write(`diagnostics/${YEAR_FOLDER}/${p.mentee}.yaml`, diagnosticsText(diagnostics.record));
      counts.diagnostics++;
      write(`routes/${YEAR_FOLDER}/${p.mentee}.yaml`, routeText(routeFor(rnd, p.mentee, m.teacher, diagnostics.deficits)));
      counts.routes++;
    }
  }
  return counts;
}

// ---------------------------------------------------------------------------------------------
// CLI: node scripts/generate-workspace.mjs DIR N [--seed S]

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const seedAt = args.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(args.splice(seedAt, 2)[1]) : 1;
  const [dir, n] = args;
  if (!dir || !n || !Number.isInteger(Number(n)) || !Number.isInteger(seed)) {
    console.error('usage: node scripts/generate-workspace.mjs DIR TEACHER_COUNT [--seed N]');
    process.exit(2);
  }
  let counts;
  try {
    counts = generateWorkspace(resolve(dir), Number(n), { seed });
  } catch (error) {
    console.error(`generate-workspace: ${error.message}`);
    process.exit(1);
  }
  console.log(
    `${resolve(dir)}: ${counts.files} files (${counts.teachers} teachers, ${counts.mentors} mentors, ` +
      `${counts.diagnostics} diagnostics, ${counts.routes} routes), ${(counts.bytes / 1024 / 1024).toFixed(1)} MiB`,
  );
}
