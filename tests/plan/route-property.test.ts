// Plan stage, as a property over generated workspaces: every listed deficit has an activity, every
// item lies in the period, never in summer, at most max_items_per_month a month, never due sooner
// than its lead time — whatever the deficits, the period (1 to 9 months) and the planning day.

import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, dayNumber, isoFromDayNumber } from '../../src/model/dates.js';
import { BUILTIN_DIRECTIONS, POSITIONS } from '../../src/model/types.js';
import { mergeCatalog, type Catalog } from '../../src/plan/catalog.js';
import { generateRoute } from '../../src/plan/generate-route.js';
import { loadBuiltinCatalog } from '../../src/plan/load-catalog.js';
import { buildWorkspace } from '../rules/build.js';
import { seededRandom } from '../seeded-random.js';

const YEAR = '2025/2026';
const RUNS = 400;

let catalog: Catalog;
let leadDays: Map<string, number>;
beforeAll(async () => {
  catalog = mergeCatalog(await loadBuiltinCatalog(), []);
  leadDays = new Map(catalog.directions.flatMap((d) => d.activities.map((a) => [a.id, a.lead_days ?? 0] as const)));
});

const random = seededRandom;

const ROLES = ['experienced_young', 'leader_struggling', 'innovator_conservative', 'specialist_new_post'];
const PEDAGOGICAL = POSITIONS.filter((p) => p !== 'junior_educator');

function scenario(seed: number) {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  // A period of 1 to 9 academic months starting on any day from 1 September to 31 May.
  const startDay = dayNumber('2025-09-01') + Math.floor(rnd() * (dayNumber('2026-05-31') - dayNumber('2025-09-01')));
  const start = isoFromDayNumber(startDay);
  const end = isoFromDayNumber(Math.min(dayNumber('2026-05-31'), startDay + Math.floor(20 + rnd() * 250)));
  const today = isoFromDayNumber(startDay + Math.floor(rnd() * (dayNumber(end) - startDay + 1)));
  const scores = Object.fromEntries(BUILTIN_DIRECTIONS.filter(() => rnd() < 0.8).map((d) => [d, Math.round(rnd() * 20) / 10]));
  const settings = { max_items_per_month: 1 + Math.floor(rnd() * 5), max_items_per_route: 8 + Math.floor(rnd() * 15) };
  const ws = buildWorkspace({
    settings,
    teachers: [
      { id: 'petrova-ov', hired: '2010-09-01', experience: { years: 20, as_of: '2025-09-01' }, ...(rnd() < 0.6 ? { group: 'Старшая группа' } : {}) },
      {
        id: 'ivanova-ma',
        position: pick(PEDAGOGICAL),
        hired: rnd() < 0.5 ? start : '2018-09-01',
        experience: { years: Math.floor(rnd() * 12), as_of: start },
        ...(rnd() < 0.6 ? { group: 'Средняя группа' } : {}),
        courses: [{ title: 'КПК', hours: 36, year: 2019 + Math.floor(rnd() * 7) }],
      },
    ],
    mentors: [{ pairs: [{ start, end, role: pick(ROLES), agreement: { number: '1', date: start } }] }],
    diagnostics: [{ assessments: [{ kind: 'entry', date: start, scores }] }],
  });
  return { ws, start, end, today, settings, scores };
}

describe('generateRoute: a property over generated workspaces', () => {
  it(`holds for ${RUNS} random mentees, periods and planning days`, () => {
    let planned = 0;
    for (let seed = 1; seed <= RUNS; seed++) {
      const { ws, start, end, today, settings, scores } = scenario(seed);
      const result = generateRoute(ws, catalog, 'ivanova-ma', YEAR, today);
      const context = `seed ${seed}: ${start}…${end}, planned ${today}`;
      if (result === undefined) continue;
      planned++;
      const { route, notes } = result;
      const perMonth = new Map<string, number>();
      for (const item of route.items) {
        expect(item.due >= route.period.start && item.due <= route.period.end, `${context}: ${item.id} ${item.due}`).toBe(true);
        expect(['06', '07', '08'].includes(item.due.slice(5, 7)), `${context}: ${item.id} in summer`).toBe(false);
        expect(item.due >= addDays(today, leadDays.get(item.id) ?? 0), `${context}: ${item.id} due ${item.due}, lead time`).toBe(true);
        perMonth.set(item.due.slice(0, 7), (perMonth.get(item.due.slice(0, 7)) ?? 0) + 1);
      }
      expect(Math.max(...perMonth.values()), context).toBeLessThanOrEqual(settings.max_items_per_month);
      expect(route.items.length, context).toBeLessThanOrEqual(settings.max_items_per_route);
      for (const code of route.deficits) expect(route.items.some((i) => i.direction === code), `${context}: deficit ${code}`).toBe(true);
      // A deficit leaves the list only with a note that says so.
      const deferred = notes.filter((n) => n.code === 'deferred').map((n) => n.params['direction']);
      const below = Object.entries(scores).filter(([, s]) => s < 1).map(([d]) => d);
      expect([...route.deficits, ...deferred].sort(), context).toEqual(below.sort());
    }
    expect(planned).toBeGreaterThan(RUNS * 0.9);
  });
});
