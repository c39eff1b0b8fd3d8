// Unit tests of the schema layer: ajv errors on inline records become problems with stable rule ids.

import { describe, expect, it } from 'vitest';
import type { RecordKind } from '../../src/model/types.js';
import { checkSchema } from '../../src/validate/schema-check.js';

const TEACHER = {
  id: 'ivanova-ma',
  full_name: 'Иванова Мария Алексеевна',
  position: 'educator',
  hired: '2025-08-25',
  experience: { years: 0, as_of: '2025-08-25' },
  education: { level: 'higher', institution: 'ВоГУ', year: 2025, specialty: 'Дошкольное образование' },
  category: 'none',
};

const PAIR = {
  mentee: 'ivanova-ma',
  kind: 'traditional',
  role: 'experienced_young',
  start: '2025-09-01',
  end: '2026-05-31',
  agreement: { number: '12', date: '2025-09-01' },
};

const MENTOR = { teacher: 'petrova-ov', consent: { date: '2025-08-28' }, expertise: ['family'], pairs: [PAIR] };

const DIAGNOSTICS = {
  teacher: 'ivanova-ma',
  year: '2025/2026',
  assessments: [{ kind: 'entry', date: '2025-09-12', scores: { normative: 0.8, family: 0.6 } }],
};

const ROUTE = {
  teacher: 'ivanova-ma',
  mentor: 'petrova-ov',
  year: '2025/2026',
  period: { start: '2025-09-15', end: '2026-05-31' },
  deficits: ['family'],
  goal: 'Профессиональная адаптация',
  tasks: ['Выстроить взаимодействие с семьями'],
  items: [
    {
      id: 'family-meeting',
      direction: 'family',
      title: 'Родительское собрание',
      forms: 'С наставником',
      due: '2025-10-31',
      result: 'Протокол',
      status: 'done',
      done_on: '2025-10-30',
    },
  ],
  meetings: [{ date: '2025-09-18', topic: 'Знакомство', minutes: 40 }],
};

const CATALOG = {
  direction: 'family',
  title: 'Взаимодействие с семьями воспитанников',
  activities: [{ id: 'family-meeting', title: 'Собрание', forms: 'С наставником', months: [10, 11], result: 'Протокол', when: 'deficit' }],
};

const CONFIG = {
  organization: { name: 'МБДОУ «Детский сад № 12»', head: 'Сидорова Наталья Ивановна', curator: 'petrova-ov' },
  programme: { title: 'Программа наставничества', target_coverage: 0.7 },
  settings: { mentor_max_mentees: 2, quarters: 'academic' },
};

const FILE = 'teachers/ivanova-ma.yaml';

/** The teacher record with some fields replaced; a field set to undefined is left out. */
function teacher(patch: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...TEACHER, ...patch };
  for (const [key, value] of Object.entries(out)) if (value === undefined) delete out[key];
  return out;
}

function error(rule: string, pointer: string, params: Record<string, string | number>, file = FILE): object {
  return { rule, severity: 'error', file, pointer, params };
}

describe('checkSchema', () => {
  it.each<[RecordKind, unknown]>([
    ['config', CONFIG],
    ['teacher', TEACHER],
    ['mentor', MENTOR],
    ['diagnostics', DIAGNOSTICS],
    ['route', ROUTE],
    ['catalog', CATALOG],
  ])('finds nothing wrong with a valid %s record', (kind, value) => {
    expect(checkSchema(kind, value, 'x.yaml')).toEqual([]);
  });

  it('reports a missing top-level field at the record itself', () => {
    expect(checkSchema('teacher', teacher({ category: undefined }), FILE)).toEqual([error('schema-required', '', { field: 'category' })]);
  });

  it('reports a missing nested field at the object that lacks it', () => {
    expect(checkSchema('teacher', teacher({ experience: { years: 0 } }), FILE)).toEqual([
      error('schema-required', '/experience', { field: 'as_of' }),
    ]);
  });

  it('reports every missing field of one object, not only the first', () => {
    expect(checkSchema('teacher', teacher({ hired: undefined, category: undefined }), FILE)).toEqual([
      error('schema-required', '', { field: 'hired' }),
      error('schema-required', '', { field: 'category' }),
    ]);
  });

  it('reports an unknown field at its key, with the schema path for suggestions', () => {
    expect(checkSchema('teacher', teacher({ grup: 'Средняя группа' }), FILE)).toEqual([
      { ...error('schema-unknown-field', '/grup', { field: 'grup', schemaPath: '#/additionalProperties' }), atKey: true },
    ]);
  });

  it('reports an unknown field inside a list item with that item in its pointer', () => {
    const value = { ...MENTOR, pairs: [PAIR, { ...PAIR, mentee: 'sidorova-ni', agreemnt: PAIR.agreement }] };
    expect(checkSchema('mentor', value, 'mentors/petrova-ov.yaml')).toEqual([
      {
        ...error(
          'schema-unknown-field',
          '/pairs/1/agreemnt',
          { field: 'agreemnt', schemaPath: '#/properties/pairs/items/additionalProperties' },
          'mentors/petrova-ov.yaml',
        ),
        atKey: true,
      },
    ]);
  });

  it('escapes "/" and "~" of an unknown field name in its pointer', () => {
    expect(checkSchema('teacher', teacher({ 'a/b~c': 1 }), FILE)[0]?.pointer).toBe('/a~1b~0c');
  });

  it('reports a value outside an enumeration with the allowed values', () => {
    expect(checkSchema('teacher', teacher({ category: 'высокая' }), FILE)).toEqual([
      error('schema-enum', '/category', { field: 'category', value: 'высокая', allowed: 'none, first, highest, methodist, mentor' }),
    ]);
  });

  it('names the code for a Russian word that names one', () => {
    expect(checkSchema('teacher', teacher({ category: 'Высшая' }), FILE)).toEqual([
      error('schema-enum-russian', '/category', { field: 'category', value: 'Высшая', code: 'highest' }),
    ]);
  });

  it('reports an unquoted agreement number as a number where text is expected', () => {
    const value = { ...MENTOR, pairs: [{ ...PAIR, agreement: { number: 12, date: '2025-09-01' } }] };
    expect(checkSchema('mentor', value, 'mentors/petrova-ov.yaml')).toEqual([
      error('schema-type', '/pairs/0/agreement/number', { field: 'number', expected: 'string', value: '12' }, 'mentors/petrova-ov.yaml'),
    ]);
  });

  it('reports a fractional number where a whole number is expected', () => {
    const value = { ...CONFIG, settings: { mentor_max_mentees: 1.5 } };
    expect(checkSchema('config', value, 'mentor.yaml')).toEqual([
      error('schema-type', '/settings/mentor_max_mentees', { field: 'mentor_max_mentees', expected: 'integer', value: '1.5' }, 'mentor.yaml'),
    ]);
  });

  it('reports a date in another form once, not once for the pattern and again for the format', () => {
    expect(checkSchema('teacher', teacher({ hired: '2025.08.25' }), FILE)).toEqual([
      error('schema-date-format', '/hired', { field: 'hired', value: '2025.08.25' }),
    ]);
  });

  it('turns a day-first date into the form the records need', () => {
    expect(checkSchema('teacher', teacher({ hired: '25.08.2025' }), FILE)).toEqual([
      error('schema-date-dmy', '/hired', { field: 'hired', value: '25.08.2025', fixed: '2025-08-25' }),
    ]);
    expect(checkSchema('teacher', teacher({ hired: '1.9.2025' }), FILE)[0]?.params['fixed']).toBe('2025-09-01');
    // Not a day and a month: the general problem.
    expect(checkSchema('teacher', teacher({ hired: '13.13.2025' }), FILE)[0]?.rule).toBe('schema-date-format');
  });

  it('reports a number with a decimal comma once, with the number written right', () => {
    expect(checkSchema('teacher', teacher({ experience: { years: '2,5', as_of: '2025-09-01' } }), FILE)).toEqual([
      error('schema-decimal-comma', '/experience/years', { field: 'years', value: '2,5', fixed: '2.5' }),
    ]);
  });

  it('reports an empty mapping as one that needs its fields', () => {
    expect(checkSchema('teacher', teacher({ experience: null }), FILE)).toEqual([
      error('schema-empty-mapping', '/experience', { field: 'experience', fields: '', template: '' }),
    ]);
  });

  it('reports a well-formed date that is not on the calendar', () => {
    expect(checkSchema('teacher', teacher({ hired: '2025-02-30' }), FILE)).toEqual([
      error('schema-date-invalid', '/hired', { field: 'hired', value: '2025-02-30' }),
    ]);
  });

  it('reports bad dates in two fields separately', () => {
    const problems = checkSchema('teacher', teacher({ hired: '2025-02-30', experience: { years: 0, as_of: '1 сентября 2025' } }), FILE);
    expect(problems.map((p) => [p.rule, p.pointer])).toEqual([
      ['schema-date-invalid', '/hired'],
      ['schema-date-format', '/experience/as_of'],
    ]);
  });

  it('reports an id with characters outside the id alphabet', () => {
    expect(checkSchema('teacher', teacher({ id: 'ivanova_ma' }), FILE)).toEqual([
      error('schema-id-format', '/id', { field: 'id', value: 'ivanova_ma' }),
    ]);
  });

  it('reports an academic year written like a folder name', () => {
    const value = { ...DIAGNOSTICS, year: '2025-2026' };
    expect(checkSchema('diagnostics', value, 'd.yaml')).toEqual([
      error('schema-year-format', '/year', { field: 'year', value: '2025-2026' }, 'd.yaml'),
    ]);
  });

  it('reports other patterns by the pattern itself', () => {
    expect(checkSchema('catalog', { ...CATALOG, direction: 'Family' }, 'catalog/family.yaml')).toEqual([
      error('schema-pattern', '/direction', { field: 'direction', value: 'Family', pattern: '^[a-z][a-z0-9_]*$' }, 'catalog/family.yaml'),
    ]);
  });

  it('reports a number above its maximum with the comparison and the limit', () => {
    const value = { ...CONFIG, programme: { title: 'Программа', target_coverage: 1.5 } };
    expect(checkSchema('config', value, 'mentor.yaml')).toEqual([
      error('schema-range', '/programme/target_coverage', { field: 'target_coverage', value: '1.5', comparison: '<=', limit: 1 }, 'mentor.yaml'),
    ]);
  });

  it('reports a number at an exclusive minimum', () => {
    expect(checkSchema('teacher', teacher({ courses: [{ title: 'ФОП ДО', hours: 0, year: 2025 }] }), FILE)).toEqual([
      error('schema-range', '/courses/0/hours', { field: 'hours', value: '0', comparison: '>', limit: 0 }),
    ]);
  });

  it('reports an empty text', () => {
    expect(checkSchema('teacher', teacher({ full_name: '' }), FILE)).toEqual([error('schema-empty', '/full_name', { field: 'full_name' })]);
  });

  it('reports a list with too few entries, with the field named and not the index', () => {
    expect(checkSchema('diagnostics', { ...DIAGNOSTICS, assessments: [] }, 'd.yaml')).toEqual([
      error('schema-too-few', '/assessments', { field: 'assessments', limit: 1 }, 'd.yaml'),
    ]);
  });

  it('reports a list that repeats a value', () => {
    expect(checkSchema('mentor', { ...MENTOR, expertise: ['family', 'normative', 'family'] }, 'm.yaml')).toEqual([
      error('schema-repeated-item', '/expertise', { field: 'expertise' }, 'm.yaml'),
    ]);
  });

  it('reports a score key that is not a direction code once, at the key', () => {
    const value = { ...DIAGNOSTICS, assessments: [{ kind: 'entry', date: '2025-09-12', scores: { normative: 0.8, Family: 0.6 } }] };
    expect(checkSchema('diagnostics', value, 'd.yaml')).toEqual([
      { ...error('schema-key-format', '/assessments/0/scores/Family', { field: 'scores', key: 'Family' }, 'd.yaml'), atKey: true },
    ]);
  });

  it('reports a score above 2 as score-out-of-range with its direction and value', () => {
    const value = { ...DIAGNOSTICS, assessments: [{ kind: 'entry', date: '2025-09-12', scores: { normative: 0.8, family: 2.5 } }] };
    expect(checkSchema('diagnostics', value, 'd.yaml')).toEqual([
      error('score-out-of-range', '/assessments/0/scores/family', { direction: 'family', value: '2.5' }, 'd.yaml'),
    ]);
  });

  it('reports a negative score as score-out-of-range too', () => {
    const value = { ...DIAGNOSTICS, assessments: [{ kind: 'entry', date: '2025-09-12', scores: { normative: -0.5 } }] };
    expect(checkSchema('diagnostics', value, 'd.yaml').map((p) => [p.rule, p.params])).toEqual([
      ['score-out-of-range', { direction: 'normative', value: '-0.5' }],
    ]);
  });

  it('reports a record that is not a mapping as a type problem of the whole record', () => {
    expect(checkSchema('teacher', ['ivanova-ma'], FILE)).toEqual([
      error('schema-type', '', { field: '', expected: 'object', value: '["ivanova-ma"]' }),
    ]);
  });

  it('collects every problem of a record, in document order', () => {
    const problems = checkSchema('teacher', teacher({ id: 'Ivanova', position: 'teacher', full_name: '' }), FILE);
    expect(problems.map((p) => p.rule)).toEqual(['schema-id-format', 'schema-empty', 'schema-enum']);
  });
});
