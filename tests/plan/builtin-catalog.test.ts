// The built-in activity catalog (templates/catalog/<direction>.yaml): nine banks, one per built-in
// direction, that `mentor plan` composes routes from. Each file passes the catalog schema, ids are
// unique across the banks, preferred months stay inside the academic year (September–May), and a
// full route (the `always` activities plus three deficit directions) fits the default limit of four
// items a month.
import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsImport from 'ajv-formats';
import { parse } from 'yaml';

type FormatsPlugin = (typeof addFormatsImport)['default'];
// ajv-formats is CommonJS: under NodeNext the default import is module.exports, typed as the namespace.
const addFormats: FormatsPlugin =
  (addFormatsImport as unknown as { default?: FormatsPlugin }).default ?? (addFormatsImport as unknown as FormatsPlugin);

const CATALOG_DIR = fileURLToPath(new URL('../../templates/catalog/', import.meta.url));
const SCHEMA_PATH = fileURLToPath(new URL('../../schemas/catalog.schema.json', import.meta.url));

const TITLES: Readonly<Record<string, string>> = {
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
const DIRECTIONS = Object.keys(TITLES);

/** The academic year's months in order; June–August (the summer period) are never preferred. */
const ACADEMIC_MONTHS = [9, 10, 11, 12, 1, 2, 3, 4, 5] as const;
const MAX_ITEMS_PER_MONTH = 4;
const FIRST_LINE = '# yaml-language-server: $schema=../../schemas/catalog.schema.json';

interface Activity {
  id: string;
  title: string;
  forms: string;
  months: number[];
  result: string;
  when: 'always' | 'deficit' | 'strength';
  positions?: string[];
  lead_days?: number;
}

interface Catalog {
  direction: string;
  title: string;
  task?: string;
  activities: Activity[];
}

interface Bank {
  file: string;
  text: string;
  data: unknown;
}

function readBank(direction: string): Bank {
  const file = `${direction}.yaml`;
  const text = readFileSync(`${CATALOG_DIR}${file}`, 'utf8');
  return { file, text, data: parse(text) as unknown };
}

const banks: Bank[] = DIRECTIONS.filter((d) => existsSync(`${CATALOG_DIR}${d}.yaml`)).map(readBank);
const catalogs = banks.map((b) => b.data as Catalog);
const allActivities: Activity[] = catalogs.flatMap((c) => c.activities);

function texts(c: Catalog): string[] {
  return [c.title, ...(c.task === undefined ? [] : [c.task]), ...c.activities.flatMap((a) => [a.title, a.forms, a.result])];
}

/**
 * Whether every activity can take one of its preferred months with at most `cap` activities a
 * month (bipartite matching by augmenting paths), whatever order the planner places them in.
 */
function fitsPreferredMonths(activities: readonly Activity[], cap: number): boolean {
  const slots = new Map<number, number[]>(ACADEMIC_MONTHS.map((m) => [m, []]));
  const place = (i: number, seen: Set<number>): boolean => {
    const activity = activities[i];
    if (activity === undefined) return false;
    for (const month of activity.months) {
      if (seen.has(month)) continue;
      seen.add(month);
      const taken = slots.get(month);
      if (taken === undefined) continue;
      if (taken.length < cap) {
        taken.push(i);
        return true;
      }
      for (let k = 0; k < taken.length; k++) {
        const other = taken[k];
        if (other === undefined) continue;
        taken.splice(k, 1);
        if (place(other, seen)) {
          taken.push(i);
          return true;
        }
        taken.splice(k, 0, other);
      }
    }
    return false;
  };
  return activities.every((_, i) => place(i, new Set()));
}

describe('built-in activity catalog', () => {
  it('has exactly the twelve built-in directions, each file named by its direction', () => {
    const files = readdirSync(CATALOG_DIR)
      .filter((f) => f.endsWith('.yaml'))
      .sort();
    expect(files).toEqual(DIRECTIONS.map((d) => `${d}.yaml`).sort());
    for (const bank of banks) {
      expect((bank.data as Catalog).direction, bank.file).toBe(bank.file.replace(/\.yaml$/, ''));
    }
  });

  it('passes the catalog schema (ajv strict mode)', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as object);
    expect(banks).toHaveLength(DIRECTIONS.length);
    for (const bank of banks) {
      const ok = validate(bank.data);
      expect(ok ? [] : validate.errors, bank.file).toEqual([]);
    }
  });

  it('starts each file with the schema modeline and gives the Russian title and a route task', () => {
    for (const bank of banks) {
      expect(bank.text.split('\n')[0], bank.file).toBe(FIRST_LINE);
      const c = bank.data as Catalog;
      expect(c.title, bank.file).toBe(TITLES[c.direction]);
      expect(c.task, bank.file).toMatch(/^[А-ЯЁ]/);
    }
  });

  it('holds 4–14 activities per direction (the most in `activity`: visits and specialists’ work)', () => {
    for (const c of catalogs) {
      expect(c.activities.length, c.direction).toBeGreaterThanOrEqual(4);
      expect(c.activities.length, c.direction).toBeLessThanOrEqual(14);
    }
  });

  it('uses ids unique across all directions, prefixed with a stem of the direction', () => {
    const ids = allActivities.map((a) => a.id);
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(repeated).toEqual([]);
    for (const c of catalogs) {
      const stem = c.direction.replace(/_/g, '-');
      for (const a of c.activities) expect(a.id.startsWith(`${stem}-`), a.id).toBe(true);
    }
  });

  it('prefers months of the academic year only (September–May), without repeats', () => {
    const allowed = new Set<number>(ACADEMIC_MONTHS);
    for (const a of allActivities) {
      expect(a.months.length, a.id).toBeGreaterThan(0);
      expect(new Set(a.months).size, a.id).toBe(a.months.length);
      for (const m of a.months) expect(allowed.has(m), `${a.id}: month ${m}`).toBe(true);
    }
  });

  it('marks 10–18 activities for every position as always, the core of every route', () => {
    const always = allActivities.filter((a) => a.when === 'always' && a.positions === undefined);
    expect(always.length).toBeGreaterThanOrEqual(10);
    expect(always.length).toBeLessThanOrEqual(18);
  });

  it('gives each specialist at least four activities of her own post, two of them always', () => {
    for (const position of ['music_director', 'pe_instructor', 'psychologist', 'speech_therapist', 'defectologist']) {
      const own = allActivities.filter((a) => a.positions?.includes(position));
      expect(own.length, position).toBeGreaterThanOrEqual(4);
      expect(own.filter((a) => a.when === 'always').length, position).toBeGreaterThanOrEqual(2);
    }
  });

  it('has showcase (`when: strength`) activities in at least five directions, each with a lead time', () => {
    const showcase = catalogs.filter((c) => c.activities.some((a) => a.when === 'strength'));
    expect(showcase.length).toBeGreaterThanOrEqual(5);
    for (const a of allActivities.filter((x) => x.when === 'strength')) expect(a.lead_days ?? 0, a.id).toBeGreaterThanOrEqual(30);
  });

  it('writes texts with typographic quotes and no stray spaces', () => {
    for (const c of catalogs) {
      for (const t of texts(c)) {
        expect(t.includes('"'), t).toBe(false);
        expect(t, t).toBe(t.trim());
        expect(/ {2}/.test(t), t).toBe(false);
      }
    }
    for (const bank of banks) {
      bank.text.split('\n').forEach((line, i) => {
        expect(/[ \t]$/.test(line), `${bank.file}:${i + 1}`).toBe(false);
      });
    }
  });

  it('fits an educator’s always activities and the first activities of any three deficits into preferred months, four a month', () => {
    const always = allActivities.filter(
      (a) => a.when === 'always' && a.positions === undefined && a.id !== 'activity-visit-mentor-sessions',
    );
    const deficitOf = (direction: string): Activity[] =>
      catalogs.filter((c) => c.direction === direction).flatMap((c) => c.activities.filter((a) => a.when === 'deficit' && a.positions === undefined).slice(0, 1));
    const misfits: string[] = [];
    for (let i = 0; i < DIRECTIONS.length; i++) {
      for (let j = i + 1; j < DIRECTIONS.length; j++) {
        for (let k = j + 1; k < DIRECTIONS.length; k++) {
          const chosen = [DIRECTIONS[i], DIRECTIONS[j], DIRECTIONS[k]].filter((d) => d !== undefined);
          const route = [...always, ...chosen.flatMap(deficitOf)];
          if (!fitsPreferredMonths(route, MAX_ITEMS_PER_MONTH)) misfits.push(chosen.join(' + '));
        }
      }
    }
    expect(misfits).toEqual([]);
  });
});
