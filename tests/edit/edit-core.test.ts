// Edit stage: marking items, adding meetings and assessments change only the lines they must.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addAssessment } from '../../src/edit/add-assessment.js';
import { addMeeting } from '../../src/edit/add-meeting.js';
import { changeItem } from '../../src/edit/change-item.js';
import type { EditResult } from '../../src/edit/edit-result.js';
import type { DiagnosticsRecord, RouteRecord } from '../../src/model/types.js';

const EXAMPLE = join(import.meta.dirname, '..', '..', 'examples', 'solnyshko');
const ROUTE = readFileSync(join(EXAMPLE, 'routes', '2025-2026', 'ivanova-ma.yaml'), 'utf8');
const route = (text: string): RouteRecord => parse(text) as RouteRecord;

function textOf(result: EditResult): string {
  if ('error' in result) throw new Error(`edit refused: ${JSON.stringify(result.error)}`);
  return result.text;
}

/** The lines removed and added, in order: the whole effect of an edit. */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return { removed: a.slice(start, endA), added: b.slice(start, endB) };
}

const planned = route(ROUTE).items.find((item) => item.status === 'planned')!;

describe('changeItem', () => {
  it('marks a planned item done: its status line changes and a done date (and evidence) is added to it', () => {
    const after = textOf(changeItem(ROUTE, route(ROUTE), planned.id, { status: 'done', on: '2026-03-20', evidence: 'Справка: мониторинг, 20.03.2026' }));
    const item = route(after).items.find((i) => i.id === planned.id)!;
    expect(item).toMatchObject({ status: 'done', done_on: '2026-03-20', evidence: 'Справка: мониторинг, 20.03.2026' });
    const { removed, added } = changedLines(ROUTE, after);
    expect(removed).toEqual(['    status: planned']);
    expect(added).toEqual(['    status: done', '    done_on: 2026-03-20', '    evidence: "Справка: мониторинг, 20.03.2026"']);
  });

  it('takes the done date away when an item goes back in progress, and moves a due date in place', () => {
    const done = route(ROUTE).items.find((item) => item.status === 'done' && item.evidence === undefined)!;
    const back = textOf(changeItem(ROUTE, route(ROUTE), done.id, { status: 'in_progress' }));
    expect(route(back).items.find((i) => i.id === done.id)).not.toHaveProperty('done_on');
    expect(changedLines(ROUTE, back).removed).toEqual(['    status: done', `    done_on: ${done.done_on}`]);
    const moved = textOf(changeItem(ROUTE, route(ROUTE), planned.id, { due: '2026-04-30' }));
    expect(changedLines(ROUTE, moved)).toEqual({ removed: [`    due: ${planned.due}`], added: ['    due: 2026-04-30'] });
  });

  it('cancels with a reason, and keeps CRLF line ends', () => {
    const crlf = ROUTE.replace(/\n/g, '\r\n');
    const after = textOf(changeItem(crlf, route(crlf), planned.id, { status: 'cancelled', reason: 'перенесено решением педсовета' }));
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    expect(route(after).items.find((i) => i.id === planned.id)).toMatchObject({ status: 'cancelled', reason: 'перенесено решением педсовета' });
  });

  it('edits a flow-style item too', () => {
    const text = 'items:\n  - { id: a, status: planned, due: 2026-03-31 }  # важно\n';
    const after = textOf(changeItem(text, parse(text) as RouteRecord, 'a', { status: 'done', on: '2026-03-20' }));
    expect(after).toBe('items:\n  - { id: a, status: done, due: 2026-03-31, done_on: 2026-03-20 }  # важно\n');
    const back = textOf(changeItem(after, parse(after) as RouteRecord, 'a', { status: 'planned' }));
    expect(back).toBe('items:\n  - { id: a, status: planned, due: 2026-03-31 }  # важно\n');
  });

  it('refuses an unknown item with the nearest ids, and a route with an alias', () => {
    const result = changeItem(ROUTE, route(ROUTE), planned.id.slice(0, -1), { status: 'in_progress' });
    expect(result).toEqual({ error: { kind: 'no-item', id: planned.id.slice(0, -1), suggestion: expect.stringContaining(planned.id) } });
    const aliased = 'base: &d 2026-03-31\nitems:\n  - { id: a, status: planned, due: *d }\n';
    expect(changeItem(aliased, parse(aliased) as RouteRecord, 'a', { due: '2026-04-30' })).toEqual({ error: { kind: 'alias', alias: 'd', line: 3 } });
  });
});

describe('addMeeting', () => {
  it('appends to the journal in its own style, quoting what needs quotes', () => {
    const after = textOf(addMeeting(ROUTE, { date: '2026-03-19', topic: 'Анализ ООД: речевое развитие', minutes: 40, form: 'консультация' }));
    expect(changedLines(ROUTE, after)).toEqual({
      removed: [],
      added: ['  - { date: 2026-03-19, topic: "Анализ ООД: речевое развитие", minutes: 40, form: консультация }'],
    });
    expect(route(after).meetings?.at(-1)).toEqual({ date: '2026-03-19', topic: 'Анализ ООД: речевое развитие', minutes: 40, form: 'консультация' });
  });

  it('starts the journal when the route has none', () => {
    const text = 'teacher: a\nitems: []';
    expect(textOf(addMeeting(text, { date: '2026-03-19', topic: 'Знакомство', minutes: 30 }))).toBe(
      'teacher: a\nitems: []\nmeetings:\n  - { date: 2026-03-19, topic: Знакомство, minutes: 30 }\n',
    );
  });
});

describe('addAssessment', () => {
  const text = readFileSync(join(EXAMPLE, 'diagnostics', '2025-2026', 'ivanova-ma.yaml'), 'utf8');
  const record = parse(text) as DiagnosticsRecord;

  it('appends the final self-assessment after the others', () => {
    const after = textOf(addAssessment({ text, record }, 'ivanova-ma', '2025/2026', { kind: 'final', date: '2026-05-20', scores: { normative: 1.5, documentation: 2 } }, ''));
    expect(changedLines(text, after).added).toEqual(['  - kind: final', '    date: 2026-05-20', '    scores: { normative: 1.5, documentation: 2.0 }']);
    expect((parse(after) as DiagnosticsRecord).assessments.at(-1)).toEqual({ kind: 'final', date: '2026-05-20', scores: { normative: 1.5, documentation: 2 } });
  });

  it('refuses a second assessment of a kind, and starts a new file', () => {
    expect(addAssessment({ text, record }, 'ivanova-ma', '2025/2026', { kind: 'entry', date: '2026-05-20', scores: {} }, '')).toEqual({
      error: { kind: 'assessment-exists', assessment: 'entry', date: '2025-09-12' },
    });
    const created = textOf(addAssessment(undefined, 'lebedev-ai', '2025/2026', { kind: 'entry', date: '2025-10-10', scores: { activity: 0.5 } }, '# hint'));
    expect(created).toBe('# hint\nteacher: lebedev-ai\nyear: "2025/2026"\nassessments:\n  - kind: entry\n    date: 2025-10-10\n    scores: { activity: 0.5 }\n');
  });
});
