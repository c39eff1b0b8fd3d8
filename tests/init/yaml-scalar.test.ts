// Init: texts typed by the user come back from YAML as the same strings, plain where that is safe.

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { yamlScalar } from '../../src/init/yaml-scalar.js';

const roundTrip = (text: string): unknown => (parse(`key: ${yamlScalar(text)}\n`) as { key: unknown }).key;

describe('yamlScalar', () => {
  it('leaves ordinary Russian names plain, as the example writes them', () => {
    for (const text of [
      'Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад № 12 «Солнышко»',
      'МБДОУ «Детский сад № 12»',
      'г. Вологда',
      'Программа наставничества «Каждому таланту — наставника»',
      'Сидорова Наталья Ивановна',
    ]) {
      expect(yamlScalar(text)).toBe(text);
      expect(roundTrip(text)).toBe(text);
    }
  });

  it.each([
    'Детский сад: «Берёзка»',
    'Детский сад № 5 # филиал',
    '- список',
    '? вопрос',
    '#12',
    '"в кавычках"',
    "'апостроф'",
    '[скобки]',
    '{фигурные}',
    '*звёздочка',
    '&якорь',
    '!тег',
    '%процент',
    '@собака',
    '`обратная`',
    '|черта',
    '>больше',
    'yes',
    'No',
    'null',
    '~',
    '12',
    '0.7',
    '1e3',
    '0x1F',
    '2025-09-01',
    '.inf',
    'конец:',
    'пробел в конце ',
    'строка\nвторая',
    'таб\tвнутри',
    'обратный \\ слеш',
  ])('%j reads back unchanged', (text) => {
    expect(roundTrip(text)).toBe(text);
  });
});
