// Plan stage: the activity catalog — the built-in banks with the workspace's catalog/ over them.

import { describe, expect, it } from 'vitest';
import type { CatalogActivity, CatalogRecord } from '../../src/model/types.js';
import { directionOrder, directionTitles, mergeCatalog } from '../../src/plan/catalog.js';
import { loadBuiltinCatalog } from '../../src/plan/load-catalog.js';

function activity(id: string, patch: Partial<CatalogActivity> = {}): CatalogActivity {
  return { id, title: `Мероприятие ${id}`, forms: 'С наставником', months: [10], result: 'Отчёт', when: 'deficit', ...patch };
}

/** A small built-in catalog: two directions, the first with a task. */
function builtin(): CatalogRecord[] {
  return [
    { direction: 'normative', title: 'Изучение нормативно-правовой базы', task: 'Изучить нормативную базу', activities: [activity('normative-fop', { when: 'always' }), activity('normative-fgos')] },
    { direction: 'family', title: 'Взаимодействие с семьями воспитанников', activities: [activity('family-first-meeting'), activity('family-consultations')] },
  ];
}

const ids = (catalog: ReturnType<typeof mergeCatalog>, direction: string): string[] =>
  catalog.directions.find((d) => d.direction === direction)?.activities.map((a) => a.id) ?? [];

describe('mergeCatalog', () => {
  it('is the built-in catalog, in its order, when the workspace has none', () => {
    const catalog = mergeCatalog(builtin(), []);
    expect(directionOrder(catalog)).toEqual(['normative', 'family']);
    expect(ids(catalog, 'family')).toEqual(['family-first-meeting', 'family-consultations']);
    expect(catalog.directions[0]!.task).toBe('Изучить нормативную базу');
  });

  it('adds a workspace activity to the end of its built-in direction', () => {
    const own: CatalogRecord = { direction: 'family', title: 'Взаимодействие с семьями воспитанников', activities: [activity('solnyshko-family-club')] };
    expect(ids(mergeCatalog(builtin(), [own]), 'family')).toEqual(['family-first-meeting', 'family-consultations', 'solnyshko-family-club']);
  });

  it('replaces a built-in activity of the same id in place', () => {
    const changed = activity('family-first-meeting', { title: 'Собрание «Знакомство»', months: [9], when: 'always' });
    const own: CatalogRecord = { direction: 'family', title: 'Взаимодействие с семьями воспитанников', activities: [changed] };
    const family = mergeCatalog(builtin(), [own]).directions.find((d) => d.direction === 'family')!;
    expect(family.activities).toEqual([changed, activity('family-consultations')]);
  });

  it('adds a new direction after the built-in ones, new directions in code order', () => {
    const music: CatalogRecord = { direction: 'music', title: 'Музыкальное воспитание', activities: [activity('music-matinee')] };
    const art: CatalogRecord = { direction: 'art', title: 'Изобразительная деятельность', task: 'Освоить техники рисования', activities: [activity('art-drawing')] };
    const catalog = mergeCatalog(builtin(), [music, art]);
    expect(directionOrder(catalog)).toEqual(['normative', 'family', 'art', 'music']);
    expect(catalog.directions[2]).toEqual({ direction: 'art', title: 'Изобразительная деятельность', task: 'Освоить техники рисования', activities: [activity('art-drawing')] });
  });

  it('takes the title and the task of a workspace file for a built-in direction', () => {
    const own: CatalogRecord = { direction: 'family', title: 'Работа с родителями', task: 'Наладить работу с родителями', activities: [] };
    const family = mergeCatalog(builtin(), [own]).directions.find((d) => d.direction === 'family')!;
    expect(family.title).toBe('Работа с родителями');
    expect(family.task).toBe('Наладить работу с родителями');
    expect(family.activities.map((a) => a.id)).toEqual(['family-first-meeting', 'family-consultations']);
  });

  it('keeps the built-in task when the workspace file gives none', () => {
    const own: CatalogRecord = { direction: 'normative', title: 'Нормативная база', activities: [] };
    const normative = mergeCatalog(builtin(), [own]).directions.find((d) => d.direction === 'normative')!;
    expect(normative).toMatchObject({ title: 'Нормативная база', task: 'Изучить нормативную базу' });
  });

  it('moves an activity listed under another direction to that direction', () => {
    const own: CatalogRecord = { direction: 'normative', title: 'Изучение нормативно-правовой базы', activities: [activity('family-consultations')] };
    const catalog = mergeCatalog(builtin(), [own]);
    expect(ids(catalog, 'family')).toEqual(['family-first-meeting']);
    expect(ids(catalog, 'normative')).toEqual(['normative-fop', 'normative-fgos', 'family-consultations']);
  });

  it('does not change the built-in records it was given', () => {
    const records = builtin();
    const own: CatalogRecord = { direction: 'family', title: 'Работа с родителями', task: 'Задача', activities: [activity('family-first-meeting', { months: [9] }), activity('x')] };
    mergeCatalog(records, [own]);
    expect(records).toEqual(builtin());
  });

  it('gives the same catalog whatever the order of the workspace files', () => {
    const a: CatalogRecord = { direction: 'music', title: 'Музыка', activities: [activity('music-a')] };
    const b: CatalogRecord = { direction: 'family', title: 'Семьи', activities: [activity('family-b')] };
    expect(mergeCatalog(builtin(), [a, b])).toEqual(mergeCatalog(builtin(), [b, a]));
  });
});

describe('directionTitles', () => {
  it('maps each direction code to its (possibly overridden) title', () => {
    const own: CatalogRecord = { direction: 'family', title: 'Работа с родителями', activities: [] };
    expect([...directionTitles(mergeCatalog(builtin(), [own]))]).toEqual([
      ['normative', 'Изучение нормативно-правовой базы'],
      ['family', 'Работа с родителями'],
    ]);
  });
});

describe('mergeCatalog with the real built-in catalog and the example’s catalog/family.yaml', () => {
  it('adds the kindergarten’s three activities to the end of the family direction', async () => {
    const own: CatalogRecord = {
      direction: 'family',
      title: 'Взаимодействие с семьями воспитанников',
      activities: [activity('solnyshko-family-club'), activity('solnyshko-family-vk', { when: 'always' }), activity('solnyshko-family-open-day')],
    };
    const records = await loadBuiltinCatalog();
    const builtinFamily = records.find((r) => r.direction === 'family')!.activities.map((a) => a.id);
    const catalog = mergeCatalog(records, [own]);
    expect(directionOrder(catalog)).toEqual(records.map((r) => r.direction));
    expect(ids(catalog, 'family')).toEqual([...builtinFamily, 'solnyshko-family-club', 'solnyshko-family-vk', 'solnyshko-family-open-day']);
  });
});
