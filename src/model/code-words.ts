// Model: the Russian words a methodist may write instead of a code (`category: первая`), by code.
//
// Every enumeration of schemas/*.json has its codes here with the Russian labels the documents
// print (src/model/labels.ts and the report's words) and their common variants. Only used when
// a value is not one of the codes, so a clean run never builds the lookup.

import { categoryLabel, educationLabel, eventKindLabel, eventStageLabel, pairKindLabel, pairRoleLabel, positionLabel } from './labels.js';

/** Code → the Russian words for it; the labels of labels.ts are added below. */
const WORDS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  position: {
    educator: ['воспитатель'],
    senior_educator: ['старший воспитатель', 'ст. воспитатель', 'ст воспитатель'],
    junior_educator: ['младший воспитатель', 'помощник воспитателя', 'мл. воспитатель'],
    music_director: ['музыкальный руководитель', 'музрук', 'муз. руководитель'],
    pe_instructor: ['инструктор по физической культуре', 'инструктор по физкультуре', 'инструктор по фк', 'физинструктор'],
    psychologist: ['педагог-психолог', 'психолог'],
    speech_therapist: ['учитель-логопед', 'логопед'],
    defectologist: ['учитель-дефектолог', 'дефектолог'],
    additional_education: ['педагог дополнительного образования', 'пдо', 'педагог доп. образования'],
    methodologist: ['методист'],
    tutor: ['тьютор', 'тьютер'],
  },
  category: {
    none: ['без категории', 'нет', 'нет категории', 'соответствие занимаемой должности', 'сзд'],
    first: ['первая', '1', 'первая категория', '1 категория'],
    highest: ['высшая', 'высшая категория'],
    methodist: ['педагог-методист', 'методист'],
    mentor: ['педагог-наставник', 'наставник'],
  },
  level: {
    higher: ['высшее', 'высшее образование', 'высшее профессиональное', 'впо', 'во'],
    secondary_vocational: ['среднее профессиональное', 'среднее специальное', 'среднее профессиональное образование', 'спо', 'средне-специальное'],
    other: ['иное', 'другое', 'прочее'],
  },
  pair_kind: {
    traditional: ['традиционное', 'традиционная', 'один на один', 'индивидуальное', 'индивидуальная'],
    group: ['групповое', 'групповая'],
    short_term: ['краткосрочное', 'краткосрочная', 'целеполагающее', 'целеполагающая'],
    reverse: ['реверсивное', 'реверсивная', 'обратное', 'обратная'],
    situational: ['ситуационное', 'ситуационная'],
    speed: ['скоростное', 'скоростная'],
    virtual: ['виртуальное', 'виртуальная', 'дистанционное', 'дистанционная'],
  },
  pair_role: {
    experienced_young: ['опытный педагог – молодой специалист', 'опытный педагог - молодой специалист', 'опытный – молодой', 'опытный педагог молодой специалист'],
    leader_struggling: ['лидер – педагог, испытывающий затруднения', 'лидер педагогического сообщества – педагог, испытывающий затруднения'],
    innovator_conservative: ['педагог-новатор – консервативный педагог', 'новатор – консерватор', 'новатор – консервативный педагог'],
    specialist_new_post: ['опытный специалист – педагог, перешедший на новую должность', 'педагог на новой должности'],
  },
  assessment_kind: {
    entry: ['входная', 'входящая', 'входной', 'начальная', 'стартовая', 'входная самооценка', 'входная диагностика'],
    midterm: ['промежуточная', 'промежуточный', 'промежуточная самооценка', 'промежуточная диагностика'],
    final: ['итоговая', 'итоговый', 'финальная', 'итоговая самооценка', 'итоговая диагностика'],
  },
  item_status: {
    planned: ['запланировано', 'запланирован', 'запланирована', 'план', 'планируется', 'не начато'],
    in_progress: ['в работе', 'выполняется', 'в процессе', 'начато'],
    done: ['выполнено', 'выполнен', 'выполнена', 'сделано', 'готово', 'проведено', 'проведён', 'проведена'],
    cancelled: ['отменено', 'отменён', 'отменена', 'отмена'],
  },
  event_stage: {
    preparation: ['подготовительный', 'подготовка', 'подготовительный этап'],
    forming: ['формирование наставнических пар', 'формирование пар', 'формирование'],
    work: ['реализация программы', 'реализация', 'основной', 'основной этап'],
    closing: ['завершение', 'заключительный', 'заключительный этап', 'завершающий'],
    dissemination: ['распространение опыта', 'распространение', 'трансляция опыта', 'диссеминация'],
  },
  event_kind: {
    council: ['педагогический совет', 'педсовет', 'методический совет', 'метод. совет', 'совет'],
    seminar: ['семинар', 'семинар-практикум'],
    master_class: ['мастер-класс', 'мастер класс'],
    open_lesson: ['открытое занятие', 'открытый показ', 'открытый просмотр'],
    contest: ['конкурс'],
    training: ['тренинг'],
    other: ['другое', 'иное', 'прочее'],
  },
  event_status: {
    planned: ['запланировано', 'запланирован', 'запланирована', 'план'],
    done: ['проведено', 'проведён', 'проведена', 'выполнено', 'состоялось'],
    cancelled: ['отменено', 'отменён', 'отменена', 'отмена', 'не состоялось'],
  },
  quarters: {
    calendar: ['календарные', 'календарный', 'календарь', 'по календарю', 'календарный год'],
    academic: ['учебные', 'учебный', 'учебный год', 'по учебному году'],
  },
  lang: {
    ru: ['русский', 'рус', 'по-русски'],
    en: ['английский', 'англ', 'по-английски'],
  },
  activity_when: {
    always: ['всегда'],
    deficit: ['дефицит', 'при дефиците', 'при наличии дефицита'],
    strength: ['сильная сторона', 'сила', 'при сильной стороне'],
  },
  activity_for: {
    newcomer: ['новичок', 'новый сотрудник', 'вновь принятый', 'новенький'],
    young: ['молодой специалист', 'молодой', 'молодой педагог'],
    any: ['любой', 'все', 'всем', 'для всех'],
  },
  audience: {
    mentees: ['наставляемые', 'наставляемый', 'наставляемым'],
    mentors: ['наставники', 'наставник', 'наставникам'],
  },
};

/** The labels the documents print, so that whatever a document shows can be typed back. */
const LABELS: Readonly<Record<string, (code: string) => string>> = {
  position: positionLabel,
  category: categoryLabel,
  level: educationLabel,
  pair_kind: pairKindLabel,
  pair_role: pairRoleLabel,
  event_stage: eventStageLabel,
  event_kind: eventKindLabel,
};

/** Words that only say what the field is: «первая категория» is «первая». */
const FILLER = /(?<!\p{L})(?:квалификационная|категория|кв\.?|статус|вид|этап)(?!\p{L})/gu;

/** Lower case, е for ё, one kind of dash and space, no quotes, no filler words. */
export function normalizeWord(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"'“”„]/g, '')
    .replace(/\s*[–—]\s*/g, ' – ')
    .replace(/\s*-\s*/g, '-')
    .replace(/[()]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/[.;,]+$/, '')
    .trim();
}

/** Normalized word → codes it names, per vocabulary; built on first use. */
let lookup: Map<string, Map<string, string>> | undefined;

function buildLookup(): Map<string, Map<string, string>> {
  const byVocabulary = new Map<string, Map<string, string>>();
  for (const [vocabulary, codes] of Object.entries(WORDS)) {
    const words = new Map<string, string>();
    for (const [code, variants] of Object.entries(codes)) {
      const label = LABELS[vocabulary]?.(code);
      const all = label === undefined || label === code ? variants : [label, ...variants];
      for (const word of all) {
        for (const form of [normalizeWord(word), normalizeWord(word.replace(/\s*\(.*\)$/, '')), stripFiller(word)]) {
          if (form !== '' && !words.has(form)) words.set(form, code);
        }
      }
    }
    byVocabulary.set(vocabulary, words);
  }
  return byVocabulary;
}

function stripFiller(word: string): string {
  return normalizeWord(word.toLowerCase().replace(/ё/g, 'е').replace(FILLER, ' '));
}

/**
 * The code that `value` names among `allowed` (an enumeration of a schema), or undefined. A
 * vocabulary is used when it has every allowed code of the field, so that «отменено» is
 * `cancelled` both for an item and for an event, but «методист» is `methodologist` only where
 * a position is meant (and `methodist` where a category is).
 */
export function codeForWord(value: string, allowed: readonly string[]): string | undefined {
  lookup ??= buildLookup();
  const allowedSet = new Set(allowed);
  const forms = [normalizeWord(value), stripFiller(value)];
  for (const [vocabulary, words] of lookup) {
    const codes = new Set(Object.keys(WORDS[vocabulary] ?? {}));
    if (!allowed.every((code) => codes.has(code))) continue;
    for (const form of forms) {
      const code = words.get(form);
      if (code !== undefined && allowedSet.has(code)) return code;
    }
  }
  return undefined;
}

/** Every vocabulary's codes, for the test that each enumeration of the schemas is covered. */
export function vocabularies(): readonly (readonly string[])[] {
  return Object.values(WORDS).map((codes) => Object.keys(codes));
}
