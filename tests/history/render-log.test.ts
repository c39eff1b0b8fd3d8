// Unit tests of the history table and the JSON form.

import { describe, expect, it } from 'vitest';
import { renderLogJson, renderLogTable } from '../../src/history/render-log.js';
import type { History } from '../../src/history/types.js';

const at = { commit: 'abc1234', author: 'Анна Петрова', file: 'routes/2025-2026/ivanova-ma.yaml' };
const history: History = {
  id: 'ivanova-ma',
  entries: [
    { ...at, date: '2025-09-15', kind: 'item-added', item: 'docs-group', to: 'planned' },
    { ...at, date: '2025-10-03', kind: 'status-changed', item: 'family-meeting', from: 'planned', to: 'in_progress' },
    { ...at, date: '2025-10-20', kind: 'status-changed', item: 'docs-group', from: 'planned', to: 'done', done_on: '2025-10-01' },
    { ...at, date: '2025-10-20', kind: 'back-dated', item: 'docs-group', done_on: '2025-10-01', days: 19 },
    { ...at, date: '2025-11-10', kind: 'file-renamed', from: 'routes/2025-2026/ivanva-ma.yaml', to: at.file },
  ],
};

describe('renderLogTable', () => {
  it('prints aligned Russian columns, dates as ДД.ММ.ГГГГ, the warning in words, and a summary', () => {
    const table = renderLogTable(history, 'ru');
    const rows = table.split('\n');
    expect(rows[0]).toMatch(/^Дата\s+Коммит\s+Автор\s+Файл\s+Мероприятие\s+Изменение$/);
    expect(table).toContain('запланировано → в работе');
    expect(table).toContain('запланировано → выполнено 01.10.2025');
    expect(table).toContain('⚠ отметка задним числом: выполнено 01.10.2025, записано 20.10.2025 (19 дней)');
    expect(table).toContain('переименован, прежде: routes/2025-2026/ivanva-ma.yaml');
    expect(table.trimEnd().split('\n').at(-1)).toBe('4 события, 1 предупреждение');
    // Every change starts in the same column.
    const changeColumn = rows[0]!.indexOf('Изменение');
    expect(rows[3]!.slice(changeColumn)).toBe('запланировано → в работе');
  });

  it('speaks English, with ISO dates', () => {
    const table = renderLogTable(history, 'en');
    expect(table).toMatch(/^Date\s+Commit\s+Author\s+File\s+Item\s+Change\n/);
    expect(table).toContain('⚠ back-dated mark: done 2025-10-01, recorded 2025-10-20 (19 days)');
    expect(table).toContain('4 events, 1 warning');
  });

  it('styles the header and the warning rows only', () => {
    const table = renderLogTable(history, 'en', { header: (s) => `<h>${s}</h>`, warning: (s) => `<w>${s}</w>` });
    expect(table.split('\n').filter((l) => l.startsWith('<w>'))).toHaveLength(1);
    expect(table.startsWith('<h>Date')).toBe(true);
  });
});

describe('renderLogJson', () => {
  it('splits events and warnings under version 1', () => {
    const json = JSON.parse(renderLogJson(history)) as { version: number; id: string; events: unknown[]; warnings: { kind: string; days: number }[] };
    expect(json.version).toBe(1);
    expect(json.id).toBe('ivanova-ma');
    expect(json.events).toHaveLength(4);
    expect(json.warnings).toEqual([{ ...at, date: '2025-10-20', kind: 'back-dated', item: 'docs-group', done_on: '2025-10-01', days: 19 }]);
  });
});
