// The JSON Schemas in schemas/ (the machine form of the record format v1, ../shared/records.md):
// they compile in ajv strict mode, every node carries a Russian title and description,
// the samples of records.md pass and typical mistakes fail with the expected keyword.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsImport from 'ajv-formats';
import { parse } from 'yaml';

type FormatsPlugin = (typeof addFormatsImport)['default'];
// ajv-formats is CommonJS: under NodeNext the default import is module.exports, typed as the namespace.
const addFormats: FormatsPlugin =
  (addFormatsImport as unknown as { default?: FormatsPlugin }).default ?? (addFormatsImport as unknown as FormatsPlugin);

const KINDS = ['config', 'teacher', 'mentor', 'diagnostics', 'route', 'catalog', 'events', 'survey', 'questionnaire'] as const;
type Kind = (typeof KINDS)[number];

type SchemaNode = Record<string, unknown>;

function loadSchema(kind: Kind): SchemaNode {
  const url = new URL(`../schemas/${kind}.schema.json`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as SchemaNode;
}

function newAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv;
}

const validators = new Map<Kind, ValidateFunction>();
function validator(kind: Kind): ValidateFunction {
  let v = validators.get(kind);
  if (!v) {
    v = newAjv().compile(loadSchema(kind));
    validators.set(kind, v);
  }
  return v;
}

function validate(kind: Kind, yamlText: string): ErrorObject[] {
  const v = validator(kind);
  const data: unknown = parse(yamlText);
  return v(data) ? [] : [...(v.errors ?? [])];
}

function isNode(x: unknown): x is SchemaNode {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Every subschema that describes a value: root, properties, items, map values and keys, $defs. */
function walk(node: SchemaNode, path: string, visit: (node: SchemaNode, path: string) => void): void {
  visit(node, path);
  const children: [string, unknown][] = [];
  if (isNode(node['properties'])) {
    for (const [k, v] of Object.entries(node['properties'])) children.push([`${path}/properties/${k}`, v]);
  }
  if (isNode(node['$defs'])) {
    for (const [k, v] of Object.entries(node['$defs'])) children.push([`${path}/$defs/${k}`, v]);
  }
  for (const key of ['items', 'additionalProperties', 'propertyNames']) {
    if (isNode(node[key])) children.push([`${path}/${key}`, node[key]]);
  }
  for (const [p, child] of children) {
    if (isNode(child)) walk(child, p, visit);
  }
}

const CYRILLIC = /[А-Яа-яЁё]/;

const SAMPLES: Record<Kind, string> = {
  config: `
organization:
  name: Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад № 12 «Солнышко»
  short_name: МБДОУ «Детский сад № 12»   # optional
  city: г. Вологда                      # optional
  head: Сидорова Наталья Ивановна
  curator: kuznetsova-ev
programme:
  title: Программа наставничества «Каждому таланту — наставника»
  target_coverage: 0.7
settings:
  mentor_max_mentees: 2
  mentor_min_experience_years: 3
  young_specialist_max_years: 3
  deficit_below: 1.0
  max_items_per_month: 4
  quarters: calendar
  strength_from: 1.5
  max_items_per_route: 20
`,
  teacher: `
id: ivanova-ma
full_name: Иванова Мария Алексеевна
position: educator
group: Средняя группа «Звёздочки» (4–5 лет)   # optional
hired: 2025-08-25                              # in this kindergarten
left: 2026-06-30                               # optional
experience: { years: 0, as_of: 2025-08-25 }    # pedagogical experience on that date
education: { level: higher, institution: ВоГУ, year: 2025, specialty: Дошкольное образование }
category: none                                 # none | first | highest | methodist | mentor
category_date: 2024-03-15                      # optional
courses:                                       # optional (КПК)
  - { title: Реализация ФОП ДО, hours: 72, year: 2025 }
`,
  mentor: `
teacher: petrova-ov
consent: { date: 2025-08-28 }
expertise: [normative, activity, family]
max_mentees: 2
pairs:
  - mentee: ivanova-ma
    kind: traditional
    role: experienced_young
    start: 2025-09-01
    end: 2026-05-31
    agreement: { number: "12", date: 2025-09-01 }
    order: Приказ № 45-о от 01.09.2025
    ended_early: { date: 2026-01-20, reason: увольнение наставляемого }
`,
  diagnostics: `
teacher: ivanova-ma
year: 2025/2026
assessments:
  - kind: entry
    date: 2025-09-12
    scores: { normative: 0.8, documentation: 0.5, activity: 1.2, environment: 1.5,
              diagnostics: 0.7, family: 0.6, self_education: 1.0, methodical: 1.1 }
`,
  route: `
teacher: ivanova-ma
mentor: petrova-ov
year: 2025/2026
period: { start: 2025-09-15, end: 2026-05-31 }
approved: 2025-09-20
self_education_topic: Развитие речи детей средствами театрализованной деятельности
deficits: [documentation, family]
goal: Профессиональная адаптация и развитие компетенций молодого педагога
tasks: [Освоить ведение документации группы, Выстроить взаимодействие с семьями]
items:
  - id: normative-fop
    direction: normative
    title: Изучение ФОП ДО (раздел для своей возрастной группы)
    forms: Самостоятельное изучение, консультация наставника
    due: 2025-09-30
    result: Конспект, собеседование
    status: done
    done_on: 2025-09-28
    evidence: Конспект в папке наставника
  - id: courses-kpk
    direction: courses
    title: Курсы повышения квалификации
    forms: Дистанционное обучение
    due: 2026-03-31
    result: Удостоверение
    status: cancelled
    reason: перенесено решением педсовета
meetings:
  - { date: 2025-09-18, topic: Знакомство с документацией группы, minutes: 40 }
  - { date: 2025-10-02, topic: Календарный план, minutes: 30, form: консультация, recommendations: Сверять план с ФОП ДО }
approval: { order: "118-о", date: 2025-09-19 }
accepted: { body: методический совет, protocol: "2", date: 2025-09-18 }
conclusion:
  date: 2026-05-29
  mentor: Итоги работы наставника
  mentee: Самоанализ наставляемого
  recommendations: Продолжить работу по теме самообразования
`,
  catalog: `
direction: family
title: Взаимодействие с семьями воспитанников
activities:
  - id: family-meeting
    title: Подготовка и проведение родительского собрания
    forms: Совместная подготовка с наставником
    months: [10, 11]
    result: Протокол собрания, самоанализ
    when: deficit
  - id: methodical-master-class
    title: Мастер-класс для молодых педагогов
    forms: Показ
    months: [4]
    result: Конспект мастер-класса
    when: strength
    positions: [educator, music_director]
    needs_group: true
    lead_days: 30
    for: any
`,
  events: `
year: 2025/2026
events:
  - id: school-young-1
    title: "Школа молодого педагога: «Планирование образовательной деятельности»"
    stage: work
    kind: seminar
    date: 2025-10-15
    responsible: kuznetsova-ev
    expected: Календарные планы молодых педагогов
    status: done
    held_on: 2025-10-15
    participants: [ivanova-ma, belova-as]
    result: Протокол № 2; 2 молодых педагога составили планы
`,
  survey: `
id: final-mentees
year: 2025/2026
date: 2026-05-20
audience: mentees
questionnaire: satisfaction
responses:
  - answers: { q1: 9, q2: 8, q3: 10 }
    comment: Хотелось бы больше открытых занятий
`,
  questionnaire: `
id: satisfaction-local
title: Удовлетворённость программой
audience: mentees
questions:
  - { id: q1, text: Насколько комфортно вам работать с наставником? }
`,
};

/** The smallest records: only the required fields. */
const MINIMAL: Record<Kind, string> = {
  config: `
organization: { name: МБДОУ «Детский сад № 12», head: Сидорова Наталья Ивановна, curator: kuznetsova-ev }
programme: { title: Программа наставничества, target_coverage: 0.7 }
`,
  teacher: `
id: ivanova-ma
full_name: Иванова Мария Алексеевна
position: junior_educator
hired: 2025-08-25
experience: { years: 2.5, as_of: 2025-08-25 }
education: { level: other, institution: ВоГУ, year: 2025, specialty: Дошкольное образование }
category: mentor
`,
  mentor: `
teacher: petrova-ov
pairs: []
`,
  diagnostics: `
teacher: ivanova-ma
year: 2025/2026
assessments:
  - { kind: final, date: 2026-05-20, scores: { my_direction: 2 } }
`,
  route: `
teacher: ivanova-ma
mentor: petrova-ov
year: 2025/2026
period: { start: 2025-09-15, end: 2026-05-31 }
deficits: []
goal: Профессиональная адаптация
tasks: [Освоить ведение документации группы]
items:
  - { id: a, direction: local_dir2, title: Т, forms: Ф, due: 2025-09-30, result: Р, status: planned }
`,
  catalog: `
direction: local_dir
title: Своё направление
activities:
  - { id: x1, title: Т, forms: Ф, months: [9], result: Р, when: always }
`,
  events: `
year: 2025/2026
events: []
`,
  survey: `
id: s
year: 2025/2026
date: 2026-01-20
audience: mentors
questionnaire: satisfaction
responses: []
`,
  questionnaire: `
id: q
title: Анкета
audience: mentors
questions:
  - { id: q1, text: Вопрос }
`,
};

describe('schemas', () => {
  describe.each(KINDS)('%s.schema.json', (kind) => {
    const schema = loadSchema(kind);

    it('declares draft 2020-12 and its $id', () => {
      expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema['$id']).toBe(`https://mentor.example/schemas/v1/${kind}.schema.json`);
    });

    it('compiles in ajv strict mode', () => {
      expect(() => newAjv().compile(schema)).not.toThrow();
    });

    it('is self-contained: only local $ref', () => {
      const refs: string[] = [];
      walk(schema, '#', (node) => {
        if (typeof node['$ref'] === 'string') refs.push(node['$ref']);
      });
      for (const ref of refs) expect(ref).toMatch(/^#\/\$defs\//);
    });

    it('has a Russian title and description on every node', () => {
      const bad: string[] = [];
      walk(schema, '#', (node, path) => {
        for (const key of ['title', 'description']) {
          const value = node[key];
          if (typeof value !== 'string' || !CYRILLIC.test(value)) bad.push(`${path}: ${key}`);
          // Russian typography: «ёлочки», not straight quotes.
          else if (value.includes('"')) bad.push(`${path}: ${key} has straight quotes`);
        }
      });
      expect(bad).toEqual([]);
    });

    it('closes every object except the scores and answers maps', () => {
      const open: string[] = [];
      walk(schema, '#', (node, path) => {
        if (node['type'] === 'object' && node['additionalProperties'] !== false && !path.endsWith('/scores') && !path.endsWith('/answers')) {
          open.push(path);
        }
      });
      expect(open).toEqual([]);
    });

    it('accepts the sample of records.md', () => {
      expect(validate(kind, SAMPLES[kind])).toEqual([]);
    });

    it('accepts a record with only the required fields', () => {
      expect(validate(kind, MINIMAL[kind])).toEqual([]);
    });
  });

  it('puts the defaults of the settings into the config schema', () => {
    const settings = (loadSchema('config')['properties'] as Record<string, SchemaNode>)['settings'];
    const props = settings?.['properties'] as Record<string, SchemaNode> | undefined;
    const defaults = Object.fromEntries(Object.entries(props ?? {}).map(([k, v]) => [k, v['default']]));
    expect(defaults).toEqual({
      mentor_max_mentees: 2,
      mentor_min_experience_years: 3,
      young_specialist_max_years: 3,
      deficit_below: 1.0,
      max_items_per_month: 4,
      quarters: 'calendar',
      strength_from: 1.5,
      max_items_per_route: 20,
    });
  });

  describe('rejects typical mistakes', () => {
    const keywords = (errors: ErrorObject[]): string[] => errors.map((e) => e.keyword);

    it('a misspelt key → additionalProperties', () => {
      const errors = validate('teacher', SAMPLES.teacher.replace('full_name:', 'fullname:'));
      expect(keywords(errors)).toContain('additionalProperties');
      expect(errors.find((e) => e.keyword === 'additionalProperties')?.params).toEqual({
        additionalProperty: 'fullname',
      });
      expect(keywords(errors)).toContain('required');
    });

    it('a misspelt key deep inside → additionalProperties', () => {
      const errors = validate('mentor', SAMPLES.mentor.replace('mentee:', 'mente:'));
      const extra = errors.find((e) => e.keyword === 'additionalProperties');
      expect(extra?.instancePath).toBe('/pairs/0');
    });

    it('an unknown enumeration code → enum', () => {
      const errors = validate('teacher', SAMPLES.teacher.replace('position: educator', 'position: teacher'));
      expect(errors.map((e) => [e.keyword, e.instancePath])).toEqual([['enum', '/position']]);
      expect(keywords(validate('route', SAMPLES.route.replace('status: done', 'status: finished')))).toEqual(['enum']);
      expect(keywords(validate('mentor', SAMPLES.mentor.replace('kind: traditional', 'kind: classic')))).toEqual([
        'enum',
      ]);
      expect(keywords(validate('config', SAMPLES.config.replace('quarters: calendar', 'quarters: school')))).toEqual([
        'enum',
      ]);
    });

    it('a date not in YYYY-MM-DD → pattern', () => {
      const errors = validate('teacher', SAMPLES.teacher.replace('hired: 2025-08-25', 'hired: 25.08.2025'));
      expect(errors.map((e) => [e.keyword, e.instancePath])).toContainEqual(['pattern', '/hired']);
    });

    it('an impossible date → format', () => {
      const errors = validate('route', SAMPLES.route.replace('due: 2025-09-30', 'due: 2025-02-30'));
      expect(errors.map((e) => [e.keyword, e.instancePath])).toEqual([['format', '/items/0/due']]);
    });

    it('a score above 2 → maximum', () => {
      const errors = validate('diagnostics', SAMPLES.diagnostics.replace('activity: 1.2', 'activity: 2.5'));
      expect(errors.map((e) => [e.keyword, e.instancePath])).toEqual([['maximum', '/assessments/0/scores/activity']]);
    });

    it('a score key that is not a direction code → pattern', () => {
      const errors = validate('diagnostics', SAMPLES.diagnostics.replace('family:', 'Family:'));
      expect(keywords(errors)).toContain('pattern');
    });

    it('a bad id, academic year or direction → pattern', () => {
      expect(keywords(validate('teacher', SAMPLES.teacher.replace('id: ivanova-ma', 'id: Ivanova_MA')))).toEqual([
        'pattern',
      ]);
      expect(keywords(validate('route', SAMPLES.route.replace('year: 2025/2026', 'year: 2025-2026')))).toEqual([
        'pattern',
      ]);
      expect(keywords(validate('route', SAMPLES.route.replace('direction: normative', 'direction: Normative')))).toEqual(
        ['pattern'],
      );
    });

    it('numbers out of range', () => {
      expect(keywords(validate('config', SAMPLES.config.replace('target_coverage: 0.7', 'target_coverage: 70')))).toEqual(
        ['maximum'],
      );
      expect(keywords(validate('teacher', SAMPLES.teacher.replace('years: 0,', 'years: -1,')))).toEqual(['minimum']);
      expect(keywords(validate('teacher', SAMPLES.teacher.replace('hours: 72', 'hours: 0')))).toEqual([
        'exclusiveMinimum',
      ]);
      expect(keywords(validate('catalog', SAMPLES.catalog.replace('[10, 11]', '[10, 13]')))).toEqual(['maximum']);
      expect(keywords(validate('catalog', SAMPLES.catalog.replace('[10, 11]', '[10, 10]')))).toEqual(['uniqueItems']);
      expect(keywords(validate('catalog', SAMPLES.catalog.replace('[10, 11]', '[]')))).toEqual(['minItems']);
      expect(keywords(validate('route', SAMPLES.route.replace('minutes: 40', 'minutes: 40.5')))).toEqual(['type']);
    });

    it('empty required lists and strings → minItems, minLength', () => {
      const noItems = MINIMAL.route.replace(/items:\n.*\n/, 'items: []\n');
      expect(keywords(validate('route', noItems))).toEqual(['minItems']);
      expect(keywords(validate('route', MINIMAL.route.replace('goal: Профессиональная адаптация', 'goal: ""')))).toEqual(
        ['minLength'],
      );
      expect(
        keywords(validate('diagnostics', 'teacher: ivanova-ma\nyear: 2025/2026\nassessments: []\n')),
      ).toEqual(['minItems']);
    });

    it('an agreement number written as a bare number → type', () => {
      expect(keywords(validate('mentor', SAMPLES.mentor.replace('number: "12"', 'number: 12')))).toEqual(['type']);
    });

    it('a missing required field → required', () => {
      const errors = validate('mentor', SAMPLES.mentor.replace('    role: experienced_young\n', ''));
      expect(errors.map((e) => [e.keyword, e.params])).toEqual([['required', { missingProperty: 'role' }]]);
    });
  });
});

describe('the example workspace', () => {
  const FOLDER_KIND: Record<string, Kind> = {
    teachers: 'teacher',
    mentors: 'mentor',
    diagnostics: 'diagnostics',
    routes: 'route',
    catalog: 'catalog',
    events: 'events',
    surveys: 'survey',
    questionnaires: 'questionnaire',
  };

  function exampleFiles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return exampleFiles(path);
      return entry.name.endsWith('.yaml') ? [path] : [];
    });
  }

  const root = fileURLToPath(new URL('../examples/solnyshko/', import.meta.url));
  const files = exampleFiles(root).map((path) => relative(root, path));

  it.each(files)('%s passes its schema and names it on its first line', (file) => {
    const kind: Kind = file === 'mentor.yaml' ? 'config' : FOLDER_KIND[file.split('/')[0]!]!;
    const text = readFileSync(join(root, file), 'utf8');
    const depth = file.split('/').length - 1;
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${'../'.repeat(depth + 2)}schemas/${kind}.schema.json`);
    const validate = newAjv().compile(loadSchema(kind));
    expect(validate(parse(text)), JSON.stringify(validate.errors)).toBe(true);
  });
});
