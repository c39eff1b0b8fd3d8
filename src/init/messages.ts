// Init: the words of `mentor init` — its questions, its refusals and its list of files, in both languages.

import { pluralEn, type Lang } from '../messages/catalogue.js';
import { pluralRu } from '../model/russian.js';
import type { AnswerFault, AnswerKey } from './answers.js';

export interface InitText {
  intro: string;
  question: Readonly<Record<AnswerKey, string>>;
  /** How a default (or an optional answer) is offered after a question. */
  offer: (fallback: string | undefined, required: boolean) => string;
  requiredAgain: string;
  fault: (fault: AnswerFault, flag: string, value: string) => string;
  /** Required values not given; `isTerminal`: the input is a terminal (so --yes stopped the questions). */
  missing: (flags: readonly string[], isTerminal: boolean) => string;
  notAFolder: (dir: string) => string;
  inputClosed: string;
  flagsUnused: (flags: readonly string[]) => string;
  created: (path: string) => string;
  kept: (path: string) => string;
  summary: (created: number, kept: number) => string;
  curatorToFill: (path: string) => string;
  next: string;
}

const POSITION_CODES = 'educator, senior_educator, methodologist, psychologist, speech_therapist, …';

export const INIT_TEXT: Record<Lang, InitText> = {
  ru: {
    intro: 'Новая рабочая папка mentor. Ответьте на вопросы; Enter — значение в скобках.',
    question: {
      name: 'Полное наименование детского сада (по уставу)',
      shortName: 'Краткое наименование, например МБДОУ «Детский сад № 12»',
      city: 'Населённый пункт, например г. Вологда',
      head: 'ФИО заведующего полностью',
      curatorName: 'ФИО куратора программы (старшего воспитателя или методиста) полностью',
      curator: 'Идентификатор куратора (латиницей: фамилия и инициалы)',
      curatorPosition: `Должность куратора (код: ${POSITION_CODES})`,
      programme: 'Название программы наставничества',
      target: 'Целевой охват педагогов наставничеством, от 0 до 1',
      quarters: 'Кварталы в отчётах: calendar (календарные) или academic (учебные)',
    },
    offer: (f, r) => (f !== undefined ? ` [${f}]: ` : r ? ': ' : ' (необязательно): '),
    requiredAgain: 'Это значение обязательно.',
    fault: (fault, flag, value) =>
      ({
        'bad-id': `${flag}: «${value}» — не идентификатор: только строчные латинские буквы, цифры и дефис (например, kuznetsova-ev).`,
        'bad-position': `${flag}: «${value}» — не код должности (${POSITION_CODES}).`,
        'bad-target': `${flag}: «${value}» — не доля от 0 до 1 (например, 0.7 или 70 %).`,
        'bad-quarters': `${flag}: «${value}» — допустимы только calendar и academic.`,
      })[fault],
    missing: (flags, isTerminal) =>
      `Не хватает данных для mentor.yaml: ${flags.join(', ')}. ` +
      (isTerminal
        ? 'С ключом --yes mentor init ничего не спрашивает: укажите эти ключи или запустите команду без --yes.'
        : 'Ввод идёт не с терминала, поэтому mentor init ничего не спрашивает: укажите эти ключи или запустите команду в терминале.') +
      ' Ничего не создано.',
    notAFolder: (d) => `${d} — не папка.`,
    inputClosed: 'Ввод закончился раньше, чем были получены ответы. Ничего не создано.',
    flagsUnused: (f) => `mentor.yaml уже есть, поэтому ${f.join(', ')} не использованы: правьте mentor.yaml сами.`,
    created: (p) => `создан: ${p}`,
    kept: (p) => `уже есть, оставлен без изменений: ${p}`,
    summary: (c, k) =>
      `Создано ${c} ${pluralRu(c, 'файл', 'файла', 'файлов')}, ` +
      `оставлено без изменений ${k} ${pluralRu(k, 'файл', 'файла', 'файлов')}.`,
    curatorToFill: (p) =>
      `В ${p} дата приёма, стаж, образование и категория куратора — заготовки с пометкой «# уточните»: впишите настоящие значения и удалите пометки. До тех пор mentor validate напоминает о них, а отчёт и подбор наставников их не учитывают.`,
    next: 'Дальше: добавьте педагогов и наставников (см. README.md) и проверьте записи командой mentor validate.',
  },
  en: {
    intro: 'A new mentor workspace. Answer the questions; Enter takes the value in brackets.',
    question: {
      name: 'Full name of the kindergarten (as in its charter)',
      shortName: 'Short name, e.g. МБДОУ «Детский сад № 12»',
      city: 'Town, e.g. г. Вологда',
      head: 'Full name of the head (заведующий)',
      curatorName: "Full name of the programme's curator (senior educator or methodologist)",
      curator: "The curator's id (Latin: surname and initials)",
      curatorPosition: `The curator's position (code: ${POSITION_CODES})`,
      programme: 'Title of the mentoring programme',
      target: 'Target share of teaching staff in mentoring, 0 to 1',
      quarters: 'Quarters in reports: calendar or academic',
    },
    offer: (f, r) => (f !== undefined ? ` [${f}]: ` : r ? ': ' : ' (optional): '),
    requiredAgain: 'This value is required.',
    fault: (fault, flag, value) =>
      ({
        'bad-id': `${flag}: "${value}" is not an id: lowercase Latin letters, digits and hyphens only (e.g. kuznetsova-ev).`,
        'bad-position': `${flag}: "${value}" is not a position code (${POSITION_CODES}).`,
        'bad-target': `${flag}: "${value}" is not a share from 0 to 1 (e.g. 0.7 or 70 %).`,
        'bad-quarters': `${flag}: "${value}" is not one of calendar, academic.`,
      })[fault],
    missing: (flags, isTerminal) =>
      `mentor.yaml needs ${flags.join(', ')}. ` +
      (isTerminal
        ? 'With --yes mentor init asks nothing: give these options, or run the command without --yes.'
        : 'Standard input is not a terminal, so mentor init asks nothing: give these options, or run the command in a terminal.') +
      ' Nothing was created.',
    notAFolder: (d) => `${d} is not a folder.`,
    inputClosed: 'The input ended before all the answers were given. Nothing was created.',
    flagsUnused: (f) => `mentor.yaml is already there, so ${f.join(', ')} went unused: edit mentor.yaml itself.`,
    created: (p) => `created: ${p}`,
    kept: (p) => `exists, left unchanged: ${p}`,
    summary: (c, k) => `${c} ${pluralEn(c, 'file', 'files')} created, ${k} left unchanged.`,
    curatorToFill: (p) =>
      `In ${p} the curator's hiring date, experience, education and category are placeholders marked "# уточните": write the real values and delete the marks. Until then mentor validate reminds you of them, and no report figure or mentor suggestion counts them.`,
    next: 'Next: add the teachers and mentors (see README.md) and check the records with mentor validate.',
  },
};
