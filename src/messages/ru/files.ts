// Messages (Russian): problems of files and YAML, and of the schema layer.

import type { FilesCatalogue } from '../catalogue.js';
import { decimalComma, pluralRu } from '../../model/russian.js';
import { didYouMean } from './rules.js';

const typeNames: Record<string, string> = {
  string: 'текстом',
  number: 'числом',
  integer: 'целым числом',
  object: 'набором полей',
  array: 'списком',
  boolean: 'значением true или false',
  null: 'пустым',
};

const comparisons: Record<string, string> = {
  '>=': 'не меньше',
  '<=': 'не больше',
  '>': 'больше',
  '<': 'меньше',
};

const kindNames: Record<string, string> = {
  config: 'запись настроек программы',
  teacher: 'запись педагога',
  mentor: 'запись наставника',
  diagnostics: 'запись самооценки',
  route: 'запись маршрута',
  catalog: 'запись банка мероприятий',
};

const specialKindsRu: Record<string, string> = {
  directory: 'папка',
  fifo: 'именованный канал (FIFO)',
  device: 'устройство',
  socket: 'сокет',
  other: 'особый файл',
};

const suggest = (p: { suggestion?: string }): string => (p.suggestion ? ` ${didYouMean(p, '')}` : '');

export const filesRu: FilesCatalogue = {
  'unknown-file': {
    message: () => 'Этот файл не является записью и пропущен',
    advice: (p) => `Записи хранятся в ${p.expected}; переместите, переименуйте (.yaml) или удалите файл.`,
  },
  'file-too-large': {
    message: (p) => `Файл занимает ${decimalComma(p.size)} МБ — больше предела в ${p.limit} МБ — и не прочитан`,
    advice: () => 'Запись занимает несколько килобайт; проверьте, тот ли это файл.',
  },
  'file-unreadable': {
    message: (p) => `Файл не удаётся прочитать (${p.reason})`,
    advice: () => 'Проверьте права доступа к файлу или что это файл, а не битая ссылка.',
  },
  'file-outside-workspace': {
    message: (p) => `Файл — ссылка на «${p.target}» за пределами рабочей папки; он не прочитан`,
    advice: () => 'Положите сюда саму запись, а не ссылку на файл в другом месте: ссылка может вести только на файл внутри рабочей папки.',
  },
  'file-not-regular': {
    message: (p) => `Это не обычный файл, а ${specialKindsRu[String(p.kind)] ?? p.kind}; он не прочитан`,
    advice: () => 'Записи — обычные текстовые файлы: замените его таким файлом или удалите.',
  },
  'file-not-utf8': {
    message: (p) => `Файл записан не в кодировке UTF-8 (байт ${p.byte})`,
    advice: () => 'Сохраните файл заново в кодировке UTF-8 (вероятно, он сохранён в Windows-1251).',
  },
  'problems-truncated': {
    message: (p) => {
      const n = Number(p.count);
      const what = pluralRu(n, 'проблема', 'проблемы', 'проблем');
      return p.rule === undefined
        ? `…и ещё ${n} ${what} в этом файле`
        : `…и ещё ${n} ${what} такого же вида (${p.rule}) в этом файле`;
    },
    advice: () => 'Показаны только первые; исправьте их (остальные — скорее всего, та же ошибка) и запустите проверку ещё раз.',
  },
  'wrong-folder': {
    message: (p) => `Это ${kindNames[String(p.kind)] ?? p.kind}, и она лежит не в своей папке`,
    advice: (p) => `Перенесите файл в ${p.folder}.`,
  },
  'yaml-syntax': {
    message: (p) => `Ошибка синтаксиса YAML: ${p.detail}`,
    advice: () => 'Проверьте отступы (пробелы, не табуляция), двоеточия после ключей и кавычки вокруг текста с «:» или «#».',
  },
  'yaml-duplicate-key': {
    message: () => 'Один и тот же ключ указан дважды',
    advice: () => 'Оставьте один из них: иначе второй незаметно заменит первый.',
  },
  'file-empty': {
    message: () => 'Файл пуст',
    advice: () => 'Заполните запись или удалите файл.',
  },
  'file-not-mapping': {
    message: () => 'Файл должен содержать набор полей (строки «ключ: значение»), а не список или одно значение',
    advice: () => 'Начните запись с её полей, например «id: ivanova-ma».',
  },
  'yaml-alias-bomb': {
    message: (p) => `В файле больше ${p.limit} ссылок YAML (*имя)`,
    advice: () => 'Запишите значения полностью вместо повторения через ссылки.',
  },
  'yaml-odd-space': {
    message: (p) => `В отступе стоит не обычный пробел, а ${p.code === 'U+3000' ? 'идеографический' : 'неразрывный'} (${p.code}): YAML не считает его отступом`,
    advice: () => 'Замените его обычным пробелом: такие пробелы попадают в текст при копировании из Word или с веб-страницы.',
  },
  'yaml-too-deep': {
    message: (p) => `Данные вложены глубже ${p.limit} уровней`,
    advice: () => 'Записи хватает нескольких уровней вложенности: поищите незакрытые скобки или отступы, которые всё растут.',
  },
  'schema-required': {
    message: (p) => `Не хватает обязательного поля «${p.field}»`,
    advice: (p) => `Добавьте здесь «${p.field}:» (формат поля описан в records.md).`,
  },
  'schema-unknown-field': {
    message: (p) => `Неизвестное поле «${p.field}»`,
    advice: (p) => `Проверьте написание или удалите поле.${suggest(p)}`,
  },
  'schema-enum': {
    message: (p) => `«${p.value}» — недопустимое значение поля «${p.field}»`,
    advice: (p) => `Допустимые значения: ${p.allowed}.`,
  },
  'schema-type': {
    message: (p) =>
      `Поле «${p.field}» должно быть ${typeNames[String(p.expected)] ?? p.expected}, а не «${p.value}»`,
    advice: (p) =>
      p.expected === 'string' ? 'Заключите значение в кавычки, например "12".' : 'Исправьте значение на ожидаемое.',
  },
  'schema-date-format': {
    message: (p) => `«${p.value}» в поле «${p.field}» — не дата вида ГГГГ-ММ-ДД`,
    advice: () => 'Записывайте даты так: 2025-09-01.',
  },
  'schema-date-invalid': {
    message: (p) => `«${p.value}» в поле «${p.field}» — несуществующая дата`,
    advice: () => 'Проверьте число и месяц.',
  },
  'schema-date-range': {
    message: (p) => `«${p.value}» в поле «${p.field}» — год вне допустимых пределов: он должен быть от ${p.from} до ${p.to}`,
    advice: () => 'Проверьте год: скорее всего, это опечатка.',
  },
  'schema-id-format': {
    message: (p) => `«${p.value}» в поле «${p.field}» — недопустимый идентификатор`,
    advice: () => 'Идентификатор состоит из строчных латинских букв, цифр и дефисов, например ivanova-ma.',
  },
  'schema-year-format': {
    message: (p) => `«${p.value}» в поле «${p.field}» — не учебный год`,
    advice: () => 'Запишите учебный год в кавычках: "2025/2026".',
  },
  'schema-pattern': {
    message: (p) => `«${p.value}» в поле «${p.field}» записано в неверном виде`,
    advice: (p) => `Значение должно соответствовать шаблону ${p.pattern}.`,
  },
  'schema-range': {
    message: (p) =>
      `Значение ${decimalComma(p.value)} в поле «${p.field}» вне допустимых пределов: должно быть ${comparisons[String(p.comparison)] ?? p.comparison} ${decimalComma(p.limit)}`,
    advice: () => 'Исправьте число.',
  },
  'schema-empty': {
    message: (p) => `Поле «${p.field}» пустое`,
    advice: () => 'Заполните его или удалите, если поле необязательное.',
  },
  'schema-too-few': {
    message: (p) => {
      const n = Number(p.limit);
      return `В поле «${p.field}» нужно не меньше ${n} ${pluralRu(n, 'элемента', 'элементов', 'элементов')}`;
    },
    advice: () => 'Добавьте недостающие элементы.',
  },
  'schema-repeated-item': {
    message: (p) => `В поле «${p.field}» одно и то же значение указано дважды`,
    advice: () => 'Удалите повтор.',
  },
  'schema-key-format': {
    message: (p) => `«${p.key}» — недопустимый ключ в поле «${p.field}»`,
    advice: () => 'Ключами здесь служат коды направлений, например normative или family.',
  },
  'schema-invalid': {
    message: (p) => `Поле «${p.field}» заполнено неверно: ${p.detail}`,
    advice: () => 'Сверьтесь с форматом записей в records.md.',
  },
};
