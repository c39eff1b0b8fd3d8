// Init: the README of a new workspace — the methodist's guide, in Russian, to its records and commands.

import { academicYearOf, yearFolderName } from '../model/dates.js';
import type { InitAnswers } from './answers.js';

/** The dates of the examples, in the academic year of `today`, so they can be copied as they are. */
function exampleDates(today: string) {
  const year = academicYearOf(today);
  const first = Number(year.slice(0, 4));
  return {
    year,
    folder: yearFolderName(year),
    hired: `${first}-08-25`,
    consent: `${first}-08-27`,
    agreement: `${first}-08-29`,
    start: `${first}-09-01`,
    entry: `${first}-09-12`,
    end: `${first + 1}-05-31`,
    quarter: `${first + 1}Q1`,
    meeting: `${first}-10-14`,
    doneOn: `${first + 1}-05-20`,
  };
}

function heading(answers: InitAnswers | undefined): string {
  if (answers === undefined) return '# Наставничество педагогов: рабочая папка mentor';
  return `# Наставничество педагогов: ${answers.shortName ?? answers.name}`;
}

function curatorOf(answers: InitAnswers): string {
  const id = `\`${answers.curator}\``;
  return answers.curatorName === undefined ? id : `${answers.curatorName} (${id})`;
}

/** The guide; `answers` is absent when mentor.yaml was already there. */
export function readmeText(answers: InitAnswers | undefined, today: string): string {
  const d = exampleDates(today);
  const placeholders =
    answers?.curatorName === undefined
      ? ''
      : `
В записи \`teachers/${answers.curator}.yaml\` дата приёма, стаж, образование и категория — заготовки
с пометкой \`# уточните\`: впишите настоящие значения и удалите пометки. До тех пор
\`mentor validate\` напоминает о них, а отчёт и подбор наставников их не учитывают.`;
  const curator = answers === undefined ? '' : `\n**${answers.programme}.** Куратор — ${curatorOf(answers)}.${placeholders}\n`;
  return `${heading(answers)}

Здесь хранятся записи программы наставничества педагогов детского сада: педагоги, наставники
и их пары, самооценка, индивидуальные образовательные маршруты (ИОМ). Каждая запись — отдельный
файл YAML. Программа \`mentor\` проверяет записи, составляет маршруты и готовит квартальный отчёт.
${curator}
## Что где лежит

| папка или файл | что в ней |
|---|---|
| \`mentor.yaml\` | сведения о детском саде, программа наставничества и её настройки |
| \`teachers/\` | по файлу на каждого сотрудника: \`teachers/ivanova-ma.yaml\` |
| \`mentors/\` | по файлу на каждого наставника, с его парами: \`mentors/petrova-ov.yaml\` |
| \`diagnostics/${d.folder}/\` | самооценка педагогов за учебный год |
| \`routes/${d.folder}/\` | индивидуальные образовательные маршруты педагогов (их составляет \`mentor plan\`) |
| \`catalog/\` | свои мероприятия детского сада для маршрутов (необязательно) |
| \`templates/\` | свои шаблоны документов (необязательно) |
| \`out/\` | готовые документы; в git не попадает |

Имя файла — идентификатор записи: фамилия и инициалы латиницей, строчными буквами, через дефис
(Иванова Мария Алексеевна — \`ivanova-ma\`, Фёдорова Людмила Сергеевна — \`fedorova-ls\`).
Даты пишутся так: \`${d.start}\`, учебный год — \`"${d.year}"\` (в кавычках).

Удобнее всего править записи в VS Code с расширением YAML (Red Hat): настройки в \`.vscode/\`
подключают схемы, и редактор подсказывает поля по-русски и подчёркивает ошибки прямо при вводе.

## Как добавить педагога

Создайте файл \`teachers/<идентификатор>.yaml\`, например \`teachers/ivanova-ma.yaml\`:

\`\`\`yaml
# teachers/ivanova-ma.yaml
id: ivanova-ma
full_name: Иванова Мария Алексеевна
position: educator
group: Средняя группа «Звёздочки» (4–5 лет)
hired: ${d.hired}
experience: { years: 0, as_of: ${d.hired} }
education: { level: higher, institution: ВоГУ, year: ${d.hired.slice(0, 4)}, specialty: Дошкольное образование }
category: none
\`\`\`

- \`position\` — должность: \`educator\` воспитатель, \`senior_educator\` старший воспитатель,
  \`music_director\` музыкальный руководитель, \`pe_instructor\` инструктор по физической культуре,
  \`psychologist\` педагог-психолог, \`speech_therapist\` учитель-логопед, \`defectologist\`
  учитель-дефектолог, \`additional_education\` педагог дополнительного образования, \`methodologist\`
  методист, \`tutor\` тьютор, \`junior_educator\` младший воспитатель (он не педагогический работник:
  в охват не входит, наставником и наставляемым быть не может).
- \`hired\` — дата приёма в этот детский сад; \`experience\` — педагогический стаж в годах
  (можно дробный: 2.5) на дату \`as_of\`. Уволившемуся педагогу добавьте \`left: ГГГГ-ММ-ДД\`, файл
  не удаляйте.
- \`education.level\`: \`higher\` высшее, \`secondary_vocational\` среднее профессиональное, \`other\` иное.
- \`category\`: \`none\` без категории, \`first\` первая, \`highest\` высшая, \`methodist\`
  «педагог-методист», \`mentor\` «педагог-наставник»; дата присвоения — \`category_date\`.
- \`group\` и курсы повышения квалификации (\`courses: [{ title: …, hours: 72, year: … }]\`) —
  по желанию.

## Как добавить пару «наставник — наставляемый»

С 1 марта 2025 г. наставничество педагогов ведётся по статье 351.8 Трудового кодекса РФ:
наставник даёт **письменное согласие**, и с ним заключается **дополнительное соглашение
к трудовому договору** (срок, наставляемые, доплата). Прежде чем записывать пару, оформите оба
документа. Наставник и наставляемый уже должны быть в \`teachers/\`.

Пары наставника записываются в его файл \`mentors/<идентификатор наставника>.yaml\`:

\`\`\`yaml
# mentors/petrova-ov.yaml
teacher: petrova-ov
consent: { date: ${d.consent} }   # письменное согласие наставника, ст. 351.8 ТК РФ
expertise: [normative, documentation, activity, family]
pairs:
  - mentee: ivanova-ma
    kind: traditional
    role: experienced_young
    start: ${d.start}
    end: ${d.end}
    agreement: { number: "14", date: ${d.agreement} }   # доп. соглашение к трудовому договору
    order: Приказ № 118-о от ${d.agreement.split('-').reverse().join('.')}
\`\`\`

- Согласие одно на все пары наставника, но его дата — не позже начала каждой пары.
- Номер доп. соглашения пишется в кавычках (\`"14"\`), даже если это число.
- \`kind\` — вид наставничества: \`traditional\` традиционное (один на один), \`group\` групповое,
  \`short_term\` краткосрочное, \`reverse\` реверсивное, \`situational\` ситуационное, \`speed\`
  скоростное, \`virtual\` виртуальное.
- \`role\` — ролевая модель: \`experienced_young\` «опытный педагог — молодой специалист»,
  \`leader_struggling\` «лидер педагогического сообщества — педагог, испытывающий затруднения»,
  \`innovator_conservative\` «педагог-новатор — консервативный педагог», \`specialist_new_post\`
  «опытный специалист — педагог на новой должности».
- У наставника одновременно не больше двух наставляемых (настройка \`mentor_max_mentees\` в
  \`mentor.yaml\` или поле \`max_mentees\` в файле наставника).
- Если пара закончилась раньше срока, добавьте в неё
  \`ended_early: { date: ГГГГ-ММ-ДД, reason: увольнение наставляемого }\`.
- Наставника можно подобрать командой \`npx mentor plan --suggest-mentors\`, а записать пару —
  \`npx mentor plan --assign ivanova-ma=petrova-ov\` (согласие и соглашение потом допишите).

## Как записать самооценку педагога

Самооценка за учебный год — файл \`diagnostics/${d.folder}/<идентификатор педагога>.yaml\`. Входная
самооценка проводится в начале работы пары, промежуточная и итоговая дописываются в тот же файл:

\`\`\`yaml
# diagnostics/${d.folder}/ivanova-ma.yaml
teacher: ivanova-ma
year: "${d.year}"
assessments:
  - kind: entry
    date: ${d.entry}
    scores: { normative: 1.0, documentation: 0.5, activity: 1.1, environment: 1.2, diagnostics: 0.6,
              family: 0.7, self_education: 1.0, courses: 1.0, methodical: 1.1 }
\`\`\`

- \`kind\`: \`entry\` входная, \`midterm\` промежуточная, \`final\` итоговая.
- Оценки — от 0 до 2 (0 — не владею, 1 — частично, 2 — владею). Направление с оценкой ниже 1
  (настройка \`deficit_below\`) считается дефицитом, и в маршрут попадают мероприятия по нему.
- Направления: \`normative\` нормативно-правовая база, \`documentation\` документация, \`activity\`
  образовательная деятельность, \`environment\` развивающая предметно-пространственная среда,
  \`diagnostics\` педагогическая диагностика, \`family\` взаимодействие с семьями, \`self_education\`
  самообразование, \`courses\` повышение квалификации, \`methodical\` методические мероприятия и конкурсы,
  \`ict\` ИКТ и цифровая образовательная среда, \`inclusive\` инклюзивное образование и дети с ОВЗ,
  \`upbringing\` воспитательная работа.
  Можно оценивать не все направления.

## Как отметить выполнение мероприятия

Проще всего — командой (она сама допишет дату и проверит, что запись осталась без ошибок):

\`\`\`
npx mentor done ivanova-ma diagnostics-final --on ${d.doneOn} --evidence "Аналитическая справка"
\`\`\`

Или вручную: найдите мероприятие в маршруте \`routes/${d.folder}/ivanova-ma.yaml\` по его \`id\`,
замените \`status\` на \`done\` и допишите дату выполнения \`done_on\` (не позже сегодняшнего дня)
и, по желанию, \`evidence\` — где лежит подтверждение:

\`\`\`yaml
  - id: diagnostics-final
    direction: diagnostics
    title: Итоговая самооценка профессиональных компетенций
    due: ${d.end}
    status: done
    done_on: ${d.doneOn}
    evidence: Аналитическая справка
\`\`\`

Начатое мероприятие — \`status: in_progress\`, без даты. Выполненное позже срока исправлять
не нужно: в отчёте оно будет показано как выполненное с опозданием.

## Как записать встречу

Командой:

\`\`\`
npx mentor meeting ivanova-ma --date ${d.meeting} --topic "Анализ открытого занятия" --minutes 40
\`\`\`

Или вручную: встречи наставника с наставляемым записываются в журнал \`meetings\` в конце маршрута;
новая встреча дописывается в конец списка — дата, тема, продолжительность в минутах (только число),
по желанию форма встречи и рекомендации наставника:

\`\`\`yaml
meetings:
  - date: ${d.meeting}
    topic: Анализ открытого занятия
    minutes: 40
    form: консультация
    recommendations: Продумать смену видов деятельности в середине занятия
\`\`\`

## Команды

Команды запускаются в этой папке (или с ключом \`--workspace ПАПКА\`). Справка и сообщения —
по-русски: так указано в mentor.yaml (\`lang: ru\`; \`lang: en\` — по-английски).

- \`npx mentor validate\` — проверить все записи. Каждая ошибка выводится с файлом, строкой,
  отрывком файла и советом, как исправить. Код возврата 0 — ошибок нет, 1 — есть ошибки.
  Проверяйте записи после каждой правки.
- \`npx mentor plan\` — в сентябре: составить маршруты (ИОМ) на учебный год всем наставляемым,
  у которых их ещё нет, по дефицитам входной самооценки. Маршруты появятся в \`routes/${d.folder}/\`,
  документы для печати — в \`out/\`. \`--dry-run\` покажет, что будет записано, ничего не меняя;
  \`--update\` пересоставит существующие маршруты после новой самооценки.
- \`npx mentor render route ivanova-ma\` — документ маршрута для печати.
- \`npx mentor report --period ${d.quarter}\` — отчёт за квартал для заведующего и управления
  образования: \`out/report-${d.quarter}.html\` (откройте в браузере и распечатайте). Для отчёта,
  который уходит из детского сада, добавьте \`--anonymize\`; таблицы для Excel —
  \`--format csv --csv-separator ";" --out out/report.csv\`.

- \`npx mentor done\`, \`npx mentor meeting\`, \`npx mentor assess\` — отметить выполнение мероприятия,
  записать встречу, записать самооценку без ручной правки YAML; правка, которая внесла бы ошибку,
  не записывается, а \`--dry-run\` покажет изменение, ничего не меняя.
- \`npx mentor serve\` — то же на веб-странице: откройте в браузере адрес, который она напечатает.

Маршруты и отчёты составляются только по записям без ошибок: сначала \`npx mentor validate\`.

## Автоматическая проверка

- \`package.json\` — mentor как зависимость разработки: один раз выполните \`npm install\`
  (нужен [Node.js](https://nodejs.org) 20 или новее), после этого работают команды \`npx mentor …\`
  и подсказки полей в редакторе. \`package.json\` и \`package-lock.json\` добавьте в git.
- \`.pre-commit-config.yaml\` — проверка изменённых записей перед каждым коммитом: один раз
  выполните \`pre-commit install\` (нужен [pre-commit](https://pre-commit.com)).
- \`.github/workflows/mentor.yml\` (GitHub) и \`.gitlab-ci.yml\` (GitLab) проверяют записи при каждой
  отправке изменений; GitHub показывает ошибки прямо на строках файлов, GitLab — в отчёте
  о тестах. Эти файлы работают, когда эта папка — корень репозитория.

Все три закреплены за той версией mentor, которая их создала; чтобы перейти на новую версию,
замените её номер в этих файлах и в \`package.json\`.
`;
}
