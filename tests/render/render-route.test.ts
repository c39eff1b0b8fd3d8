import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../src/model/workspace.js';
import { renderRoute } from '../../src/render/render-route.js';
import { validateWorkspace } from '../../src/validate/validate-workspace.js';
import { buildWorkspace } from '../rules/build.js';

const COLUMNS = ['№', 'Содержание', 'Формы работы', 'Сроки', 'Форма предъявления результата', 'Отметка о выполнении'];
const XSS = '<script>alert(1)</script>';

let ws: Workspace;
let html: string;
let md: string;

beforeAll(async () => {
  ws = (await validateWorkspace('examples/solnyshko', { today: '2026-03-20' })).workspace;
  const route = ws.routes.find((r) => r.stem === 'ivanova-ma')!;
  ({ html, md } = renderRoute(ws, route, ws.directions));
});

const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function workspaceWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'mentor-render-'));
  temporary.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('the HTML of the example route', () => {
  it('is a Russian A4 document with numbered pages', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="ru">/);
    expect(html).toContain('size: A4');
    expect(html).toContain('content: counter(page)');
  });

  it('has the table with its six columns under a repeated header', () => {
    const thead = /<thead>([\s\S]*?)<\/thead>/.exec(html)?.[1] ?? '';
    for (const column of COLUMNS) expect(thead).toContain(`<th>${column}</th>`);
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toContain('tr { break-inside: avoid; }');
    const rows = [...html.matchAll(/<td class="number">(\d+)<\/td><td class="content">/g)].map((m) => Number(m[1]));
    expect(rows).toEqual(Array.from({ length: 16 }, (_v, i) => i + 1));
  });

  it('has «УТВЕРЖДАЮ» with the head, the header and the signatures', () => {
    expect(html).toContain('УТВЕРЖДАЮ');
    expect(html).toContain('Н.\u00a0И.\u00a0Сидорова');
    expect(html).toContain('Приказ от 19.09.2025 №\u00a0121-о');
    expect(html).toContain('ПРИНЯТО');
    expect(html).toContain('на педагогическом совете');
    expect(html).toContain('протокол от 18.09.2025 №\u00a01');
    expect(html).toContain('<h1>Индивидуальный образовательный маршрут педагога</h1>');
    expect(html).toContain('Иванова Мария Алексеевна');
    expect(html).toMatch(/Профессиональные дефициты \(по результатам самооценки от \d\d\.\d\d\.\d{4}\)/);
    const signatures = /<div class="signatures">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
    expect(signatures).toContain('Молодой педагог (наставляемый)');
    expect(signatures).toContain('>Наставник<');
    expect(signatures).toContain('Куратор (старший воспитатель)');
    expect(html).toContain('.signatures { break-inside: avoid;');
  });
});

describe('escaping', () => {
  const hostile = buildWorkspace({
    teachers: [
      { id: 'petrova-ov', full_name: 'Петрова Ольга Викторовна', experience: { years: 20, as_of: '2025-09-01' } },
      { id: 'ivanova-ma', full_name: XSS, group: `Группа ${XSS}`, experience: { years: 0, as_of: '2025-08-25' } },
    ],
    config: { organization: { name: `Сад ${XSS}`, head: 'Сидорова Наталья Ивановна', curator: 'petrova-ov' } },
    routes: [
      {
        goal: `Цель ${XSS}`,
        tasks: [`Задача ${XSS}`],
        self_education_topic: `"Тема" & ${XSS}`,
        items: [{ title: `Конспект | план ${XSS}`, forms: 'Беседа', result: 'a|b', evidence: XSS, status: 'done', done_on: '2025-09-20' }],
      },
    ],
  });
  const out = renderRoute(hostile, hostile.routes[0]!, hostile.directions);

  it('escapes every piece of user text in HTML', () => {
    expect(out.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out.html).toContain('&quot;Тема&quot; &amp; ');
    expect(out.html).not.toContain('<script');
  });

  it('escapes Markdown, and the pipe in a table cell', () => {
    expect(out.md).not.toMatch(/(?<!\\)<\/?script/); // every < is backslash-escaped
    expect(out.md).toContain('| 1 | Конспект \\| план \\<script\\>alert(1)\\</script\\> | Беседа |');
    expect(out.md).toContain('| a\\|b |');
    expect(out.md).toContain('"Тема" \\& ');
  });
});

describe('the Markdown of the example route', () => {
  it('has the header, the table with direction rows, the journal and the signatures', () => {
    expect(md).toContain('# Индивидуальный образовательный маршрут педагога');
    expect(md).toContain(`| ${COLUMNS.join(' | ')} |`);
    expect(md).toContain('| | **Изучение нормативно-правовой базы** | | | | |');
    expect(md).toMatch(/^\| 1 \| Изучение ФГОС ДО и ФОП ДО .* \| сентябрь 2025 \| .* \| выполнено 26\.09\.2025<br>\*Конспект в папке наставника\* \|$/m);
    expect(md).toMatch(/^\| 16 \| /m);
    expect(md).toContain('## Приложение. Журнал встреч наставника и наставляемого');
    expect(md).toContain('| № | Дата | Тема | Форма работы | Рекомендации | Продолжительность |');
    expect(md).toContain('| 1 | 18.09.2025 | Знакомство с ДОУ и документацией группы | экскурсия и консультация | Завести папку документации группы по описи | 45\u00a0мин |');
    expect(md).toContain('| Наставник | ____________ | О.\u00a0В.\u00a0Петрова | “\\_\\_” \\_\\_\\_\\_\\_\\_ 20\\_\\_\u00a0г. |');
    expect(md).not.toContain('&quot;');
  });
});

describe('workspace templates', () => {
  const route = () => ws.routes.find((r) => r.stem === 'ivanova-ma')!;

  it('replace the built-in template of the same name', () => {
    const root = workspaceWith({ 'templates/route.md.hbs': 'Свой шаблон: {{md teacher.fullName}}\n' });
    const out = renderRoute(ws, route(), ws.directions, { workspaceRoot: root });
    expect(out.md).toBe('Свой шаблон: Иванова Мария Алексеевна\n');
    expect(out.html).toContain('<h1>Индивидуальный образовательный маршрут педагога</h1>');
  });

  it('replace a built-in partial of the same name', () => {
    const root = workspaceWith({ 'templates/partials/route-style.hbs': 'body { font-size: 14pt; }' });
    const out = renderRoute(ws, route(), ws.directions, { workspaceRoot: root });
    expect(out.html).toContain('body { font-size: 14pt; }');
    expect(out.html).not.toContain('size: A4');
  });
});
