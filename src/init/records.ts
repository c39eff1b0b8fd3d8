// Init: the text of mentor.yaml and of the curator's teacher file, from the answers.

import type { InitAnswers } from './answers.js';
import { schemaHint } from './schema-paths.js';
import { yamlScalar } from './yaml-scalar.js';

/** mentor.yaml: the kindergarten, the programme, and every setting at its default, written out. */
export function configText(answers: InitAnswers, schemas: string): string {
  const optional = (key: string, value: string | undefined): string[] =>
    value === undefined ? [] : [`  ${key}: ${yamlScalar(value)}`];
  return [
    schemaHint(schemas, 0, 'config.schema.json'),
    'organization:',
    `  name: ${yamlScalar(answers.name)}`,
    ...optional('short_name', answers.shortName),
    ...optional('city', answers.city),
    `  head: ${yamlScalar(answers.head)}   # заведующий: утверждает документы`,
    `  curator: ${answers.curator}   # куратор программы: файл teachers/${answers.curator}.yaml`,
    'programme:',
    `  title: ${yamlScalar(answers.programme)}`,
    `  target_coverage: ${answers.target}   # доля педагогов в наставничестве, от 0 до 1`,
    'settings:                  # значения по умолчанию, выписаны явно; меняйте по положению о наставничестве',
    '  mentor_max_mentees: 2',
    '  mentor_min_experience_years: 3',
    '  young_specialist_max_years: 3',
    '  deficit_below: 1.0',
    '  max_items_per_month: 4',
    `  quarters: ${answers.quarters}`,
    '  lang: ru                   # язык справки и сообщений mentor: ru или en',
    '',
  ].join('\n');
}

/**
 * The curator's teacher file, so that `organization.curator` names a teacher from the start. Only
 * the name and the position are known: the rest are placeholders that validate, marked to fill in.
 */
export function curatorTeacherText(answers: InitAnswers & { curatorName: string }, schemas: string, today: string): string {
  return [
    schemaHint(schemas, 1, 'teacher.schema.json'),
    '# Запись создана командой mentor init. Поля с пометкой «# уточните» — заготовки: впишите настоящие значения и удалите пометку.',
    '# Пока пометка стоит, mentor validate напоминает о поле, а отчёт и подбор наставников его не учитывают.',
    `id: ${answers.curator}`,
    `full_name: ${yamlScalar(answers.curatorName)}`,
    `position: ${answers.curatorPosition}`,
    `hired: ${today}   # уточните: дата приёма в этот детский сад`,
    `experience: { years: 0, as_of: ${today} }   # уточните: педагогический стаж (лет) на дату as_of`,
    'education:   # уточните',
    '  level: higher   # higher — высшее, secondary_vocational — среднее профессиональное, other — иное',
    '  institution: уточните',
    `  year: ${today.slice(0, 4)}`,
    '  specialty: уточните',
    'category: none   # уточните: none, first, highest, methodist (педагог-методист), mentor (педагог-наставник)',
    '',
  ].join('\n');
}
