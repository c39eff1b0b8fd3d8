import { beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../src/model/workspace.js';
import { renderRoadmap } from '../../src/render/render-roadmap.js';
import { validateWorkspace } from '../../src/validate/validate-workspace.js';

const NBSP = '\u00a0';

describe('the дорожная карта of the example, 2025/2026', () => {
  let ws: Workspace;
  let html: string;
  let md: string;
  beforeAll(async () => {
    ws = (await validateWorkspace('examples/solnyshko', { today: '2026-03-20' })).workspace;
    ({ html, md } = renderRoadmap(ws, '2025/2026'));
  });

  it('has «ПРИНЯТО» and «УТВЕРЖДАЮ» from programme.accepted and approved', () => {
    expect(html).toContain('<div class="approval-word">ПРИНЯТО</div>\n    <div>педагогический совет</div>');
    expect(html).toContain(`<div>протокол от 29.08.2025 №${NBSP}1</div>`);
    expect(html).toContain(`<div>Приказ от 29.08.2025 №${NBSP}45/2-р</div>`);
    expect(html).toContain(`Н.${NBSP}И.${NBSP}Сидорова`);
  });

  it('has the columns of a дорожная карта, the stage named once, and the marks', () => {
    expect(html).toContain(
      '<tr><th>№</th><th>Этап</th><th>Мероприятие</th><th>Сроки</th><th>Ответственный</th><th>Ожидаемый результат</th><th>Отметка о выполнении</th></tr>',
    );
    expect(html.match(/<td>Реализация программы<\/td>/g)).toHaveLength(1);
    expect(html).toContain(`<td>проведено 25.02.2026. Проведены два открытых занятия; рекомендации записаны в журналы наставников</td>`);
    expect(html).toContain('<td>отменено: перенесён на апрель из-за карантина по гриппу</td>');
    expect(html).toContain(`<td>Смирнова${NBSP}Т.${NBSP}Н., воспитатель</td>`);
    expect(md).toContain('| № | Этап | Мероприятие | Сроки | Ответственный | Ожидаемый результат | Отметка о выполнении |');
  });

  it('says so for a year with no plan', () => {
    expect(renderRoadmap(ws, '2024/2025').html).toContain('Мероприятия на этот учебный год не запланированы');
  });
});
