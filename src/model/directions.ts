// Model stage: the built-in directions of a teacher's route, with their Russian titles.

import type { BuiltinDirection } from './types.js';

export const BUILTIN_DIRECTION_TITLES: Readonly<Record<BuiltinDirection, string>> = {
  normative: 'Изучение нормативно-правовой базы',
  documentation: 'Ведение документации',
  activity: 'Организация образовательной деятельности',
  environment: 'Развивающая предметно-пространственная среда',
  diagnostics: 'Педагогическая диагностика',
  family: 'Взаимодействие с семьями воспитанников',
  self_education: 'Самообразование',
  courses: 'Повышение квалификации',
  methodical: 'Методические мероприятия и конкурсы',
  ict: 'ИКТ и цифровая образовательная среда',
  inclusive: 'Инклюзивное образование и дети с ОВЗ',
  upbringing: 'Воспитательная работа',
};
