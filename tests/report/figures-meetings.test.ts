import { describe, expect, it } from 'vitest';
import { countMeetings } from '../../src/report/meetings.js';
import { buildWorkspace } from '../rules/build.js';
import { newcomer, Q1_2026 } from './figures-setup.js';

// Period 2026-01-01..2026-03-31. Андреева's route has meetings on 2025-12-31 (before the period),
// 2026-01-01 (30 min), 2026-03-20 (45 min) and 2026-03-25 (60 min). Борисова's route covers the
// period with no meeting in it; Власова's route of 2024/2025 has a meeting but no overlap.
const ws = buildWorkspace({
  teachers: [
    newcomer('andreeva-aa', 'Андреева Анна Андреевна'),
    newcomer('borisova-bb', 'Борисова Белла Борисовна'),
    newcomer('vlasova-vv', 'Власова Вера Викторовна'),
  ],
  routes: [
    {
      teacher: 'andreeva-aa',
      meetings: [
        { date: '2025-12-31', topic: 'Встреча', minutes: 20 },
        { date: '2026-01-01', topic: 'Встреча', minutes: 30 },
        { date: '2026-03-20', topic: 'Встреча', minutes: 45 },
        { date: '2026-03-25', topic: 'Встреча', minutes: 60 },
      ],
    },
    { teacher: 'borisova-bb', meetings: [{ date: '2025-10-01', topic: 'Встреча', minutes: 40 }] },
    {
      teacher: 'vlasova-vv',
      year: '2024/2025',
      period: { start: '2024-09-15', end: '2025-05-31' },
      meetings: [{ date: '2025-03-01', topic: 'Встреча', minutes: 40 }],
    },
  ],
});

describe('countMeetings', () => {
  it('counts meetings in the period up to today, with a zero row for a route without any', () => {
    // Today 2026-03-20: 01-01 and 03-20 (today itself) = 2 meetings, 75 minutes.
    expect(countMeetings(ws, Q1_2026, '2026-03-20')).toEqual({
      held: 2,
      minutes: 75,
      by_mentee: [
        { mentee: { id: 'andreeva-aa', name: 'Андреева Анна Андреевна', position: 'воспитатель' }, held: 2, minutes: 75 },
        { mentee: { id: 'borisova-bb', name: 'Борисова Белла Борисовна', position: 'воспитатель' }, held: 0, minutes: 0 },
      ],
    });
  });

  it('counts every meeting of the period once today is past it', () => {
    // 30 + 45 + 60 = 135.
    expect(countMeetings(ws, Q1_2026, '2026-04-10')).toMatchObject({ held: 3, minutes: 135 });
  });
});
