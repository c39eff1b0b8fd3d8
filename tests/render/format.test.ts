import { describe, expect, it } from 'vitest';
import { countRu, formatDateLong, formatDateQuoted, formatDateShort, formatInitials } from '../../src/model/russian.js';
import { formatDue, formatItemMark, formatMinutes, formatPeriod, formatYears } from '../../src/render/format.js';
import {
  categoryLabel,
  categoryPhrase,
  educationLabel,
  pairKindLabel,
  pairRoleLabel,
  positionLabel,
} from '../../src/model/labels.js';
import { escapeMarkdown, escapeMarkdownCell } from '../../src/render/helpers.js';
import { CATEGORIES, EDUCATION_LEVELS, PAIR_KINDS, PAIR_ROLES, POSITIONS } from '../../src/model/types.js';

describe('dates', () => {
  it('prints the long, short and signature forms', () => {
    expect(formatDateLong('2026-03-31')).toBe('31 марта 2026\u00a0г.');
    expect(formatDateLong('2025-09-01')).toBe('1 сентября 2025\u00a0г.');
    expect(formatDateShort('2026-03-31')).toBe('31.03.2026');
    expect(formatDateQuoted('2025-09-09')).toBe('“09” сентября 2025\u00a0г.');
    expect(formatPeriod('2025-09-15', '2026-05-31')).toBe('с 15 сентября 2025\u00a0г. по 31 мая 2026\u00a0г.');
  });

  it('prints a month-end deadline as the month, any other as the date', () => {
    expect(formatDue('2025-09-30')).toBe('сентябрь 2025');
    expect(formatDue('2026-02-28')).toBe('февраль 2026');
    expect(formatDue('2028-02-28')).toBe('до 28.02.2028'); // a leap year: February ends on the 29th
    expect(formatDue('2025-10-15')).toBe('до 15.10.2025');
    expect(formatDue('2025-12-31')).toBe('декабрь 2025');
  });
});

describe('plurals and counts', () => {
  it.each([
    [0, '0 лет'],
    [1, '1 год'],
    [2, '2 года'],
    [2.5, '2,5 года'],
    [5, '5 лет'],
    [11, '11 лет'],
    [21, '21 год'],
    [24, '24 года'],
    [2.97, '2,5 года'],
    [0.06, '0 лет'],
    [-1, '0 лет'],
  ])('%s years → %s', (years, text) => {
    expect(formatYears(years)).toBe(text);
  });

  it('counts meetings and minutes', () => {
    expect(countRu(9, 'встреча', 'встречи', 'встреч')).toBe('9 встреч');
    expect(countRu(21, 'встреча', 'встречи', 'встреч')).toBe('21 встреча');
    expect(formatMinutes(45)).toBe('45\u00a0мин');
    expect(formatMinutes(60)).toBe('1\u00a0ч');
    expect(formatMinutes(430)).toBe('7\u00a0ч\u00a010\u00a0мин');
  });
});

describe('the mark of an item', () => {
  it('says what happened; a planned item leaves the cell for a handwritten mark', () => {
    expect(formatItemMark({ status: 'done', done_on: '2025-09-28' })).toBe('выполнено 28.09.2025');
    expect(formatItemMark({ status: 'in_progress' })).toBe('в работе');
    expect(formatItemMark({ status: 'cancelled' })).toBe('отменено');
    expect(formatItemMark({ status: 'planned' })).toBe('');
  });
});

describe('names', () => {
  it('puts initials before the surname, joined by non-breaking spaces', () => {
    expect(formatInitials('Иванова Мария Алексеевна')).toBe('М.\u00a0А.\u00a0Иванова');
    expect(formatInitials('ivanova-ma')).toBe('ivanova-ma');
  });
});

describe('labels', () => {
  it('has a Russian label for every code of the record format', () => {
    for (const code of POSITIONS) expect(positionLabel(code)).not.toBe(code);
    for (const code of CATEGORIES) expect(categoryLabel(code)).not.toBe(code);
    for (const code of EDUCATION_LEVELS) expect(educationLabel(code)).not.toBe(code);
    for (const code of PAIR_KINDS) expect(pairKindLabel(code)).not.toBe(code);
    for (const code of PAIR_ROLES) expect(pairRoleLabel(code)).not.toBe(code);
  });

  it('prints the labels of records.md', () => {
    expect(positionLabel('educator')).toBe('воспитатель');
    expect(positionLabel('pe_instructor')).toBe('инструктор по физической культуре');
    expect(positionLabel('additional_education')).toBe('педагог дополнительного образования');
    expect(categoryLabel('none')).toBe('без категории');
    expect(categoryLabel('methodist')).toBe('педагог-методист');
    expect(educationLabel('secondary_vocational')).toBe('среднее профессиональное');
    expect(pairRoleLabel('experienced_young')).toBe('опытный педагог – молодой специалист');
  });

  it('names a category as a header line says it', () => {
    expect(categoryPhrase('first')).toBe('первая квалификационная категория');
    expect(categoryPhrase('mentor')).toBe('квалификационная категория «педагог-наставник»');
    expect(categoryPhrase('none')).toBe('без категории');
  });

  it('prints an unknown code as itself', () => {
    expect(positionLabel('astronaut')).toBe('astronaut');
  });
});

describe('Markdown escaping', () => {
  it('escapes markup, and in a cell the pipe and line breaks', () => {
    expect(escapeMarkdown('a *b* <i>c</i> [d](e) _f_')).toBe('a \\*b\\* \\<i\\>c\\</i\\> \\[d\\](e) \\_f\\_');
    expect(escapeMarkdownCell('Конспект | план\nвторая строка')).toBe('Конспект \\| план<br>вторая строка');
  });

  it('keeps a line from starting a heading or a list, and leaves dates alone', () => {
    expect(escapeMarkdown('# заголовок')).toBe('\\# заголовок');
    expect(escapeMarkdown('- пункт')).toBe('\\- пункт');
    expect(escapeMarkdown('1. пункт')).toBe('1\\. пункт');
    expect(escapeMarkdown('15.09.2025')).toBe('15.09.2025');
  });
});
