import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-report.js';
import { describeOrganization } from '../../src/report/organization.js';
import { comparePeople, personRef } from '../../src/report/people.js';
import { roundTo, shareOf } from '../../src/report/rounding.js';
import { buildWorkspace } from '../rules/build.js';
import { OPTIONS, person, Q1_2026 } from './figures-setup.js';

describe('personRef', () => {
  const ws = buildWorkspace({ teachers: [person('gromova-la', 'Громова Лариса Анатольевна', { position: 'music_director' })] });

  it('names a teacher by full name and the Russian label of the position', () => {
    expect(personRef(ws, 'gromova-la')).toEqual({ id: 'gromova-la', name: 'Громова Лариса Анатольевна', position: 'музыкальный руководитель' });
  });

  it('shows an id with no teacher record as itself', () => {
    expect(personRef(ws, 'ghost-xx')).toEqual({ id: 'ghost-xx', name: 'ghost-xx', position: '' });
  });
});

describe('comparePeople', () => {
  it('sorts by name in Russian alphabetical order, then by id', () => {
    const people = [
      { id: 'b', name: 'Жукова', position: '' },
      { id: 'z', name: 'Ёлкина', position: '' },
      { id: 'y', name: 'Егорова', position: '' },
      { id: 'a', name: 'Жукова', position: '' },
    ];
    expect(people.sort(comparePeople).map((p) => p.id)).toEqual(['y', 'z', 'a', 'b']);
  });
});

describe('rounding', () => {
  it('rounds half away from zero, also for values stored a hair below their decimal form', () => {
    expect([roundTo(1.005, 2), roundTo(0.125, 2), roundTo(-0.125, 2), roundTo(-0.001, 2), roundTo(2 / 3, 4)]).toEqual([
      1.01, 0.13, -0.13, 0, 0.6667,
    ]);
  });

  it('gives a share with a null ratio when the denominator is 0', () => {
    expect(shareOf(0, 0)).toEqual({ numerator: 0, denominator: 0, ratio: null });
    expect(shareOf(1, 3)).toEqual({ numerator: 1, denominator: 3, ratio: 0.3333 });
  });
});

describe('describeOrganization and buildReport', () => {
  it('gives an empty header without mentor.yaml', () => {
    expect(describeOrganization(buildWorkspace())).toEqual({
      organization: { name: '', short_name: null, city: null, address: null, head: '', curator: null, executor: null },
      programme: { title: '', approved: null, accepted: null },
    });
  });

  it('takes the header from mentor.yaml, optional fields as null', () => {
    const ws = buildWorkspace({ config: {} });
    expect(describeOrganization(ws).organization).toEqual({
      name: 'МБДОУ «Детский сад № 12»',
      short_name: null,
      city: null,
      address: null,
      head: 'Сидорова Наталья Ивановна',
      curator: { id: 'petrova-ov', name: 'Петрова Ольга Викторовна', position: 'воспитатель' },
      // The executor defaults to the curator.
      executor: { id: 'petrova-ov', name: 'Петрова Ольга Викторовна', position: 'воспитатель', phone: null },
    });
  });

  it('builds a report of an empty workspace with every section present', () => {
    const report = buildReport(buildWorkspace({ teachers: [] }), Q1_2026, '2026-03-20', OPTIONS);
    expect(report).toMatchObject({
      version: '1.1',
      anonymized: false,
      pairs: { active: 0, list: [], mentor_load: [] },
      items: { due: 0, by_direction: [], by_mentee: [] },
      meetings: { held: 0, minutes: 0, by_mentee: [] },
      risks: [],
    });
    expect(report.growth).toHaveLength(12);
    // The report is plain data: JSON round-trips it unchanged.
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});
