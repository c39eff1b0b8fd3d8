// Serve: every page and every refusal through the app's own request injection — on a copy of the
// example, checking what reaches the disk.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServeApp } from '../../src/cli/serve/app.js';
import { Guard } from '../../src/cli/serve/guard.js';
import { WorkspaceState } from '../../src/cli/serve/workspace-state.js';
import { snapshot, tempWorkspace } from '../cli/helpers.js';

const ORIGIN = 'http://127.0.0.1:8080';
const ROUTE = 'routes/2025-2026/ivanova-ma.yaml';
const states: WorkspaceState[] = [];
afterEach(() => states.splice(0).forEach((s) => s.close()));

function server(dir = tempWorkspace(), today = '2026-03-20') {
  const state = new WorkspaceState(dir, () => today);
  states.push(state);
  const guard = new Guard({ host: '127.0.0.1', port: 8080 });
  const app = createServeApp(state, guard, { env: {} });
  const get = (path: string, headers: Record<string, string> = {}) => app.request(`${ORIGIN}${path}`, { headers: { host: '127.0.0.1:8080', ...headers } });
  const post = (path: string, form: Record<string, string>, headers: Record<string, string> = {}) =>
    app.request(`${ORIGIN}${path}`, {
      method: 'POST',
      headers: { host: '127.0.0.1:8080', origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(form).toString(),
    });
  return { dir, state, guard, get, post };
}

describe('pages', () => {
  it('answers every page in Russian, with the figures of the quarter and the route forms', async () => {
    const { get } = server();
    const dashboard = await (await get('/')).text();
    expect(dashboard).toContain('МБДОУ «Детский сад № 12 «Солнышко»');
    expect(dashboard).toContain('I квартал 2026\u00a0г.');
    expect(dashboard).toContain('Охват наставничеством');
    expect(dashboard).toContain('href="/routes/2025-2026/ivanova-ma"');
    for (const [path, text] of [
      ['/teachers', 'Петрова Ольга Владимировна'],
      ['/teachers/ivanova-ma', 'Самооценка'],
      ['/routes/2025-2026/ivanova-ma', 'Журнал встреч'],
      ['/assess/ivanova-ma', 'Записать самооценку'],
      ['/problems', 'Проблем не найдено'],
      ['/report', 'I квартал 2026\u00a0г.'],
      ['/report/2026Q1.html', 'Отчёт о реализации программы наставничества'],
      ['/routes/2025-2026/ivanova-ma/document.html', 'ИНДИВИДУАЛЬНЫЙ ОБРАЗОВАТЕЛЬНЫЙ МАРШРУТ ПЕДАГОГА'.toLowerCase()],
    ]) {
      const response = await get(path!);
      expect(response.status, path).toBe(200);
      expect((await response.text()).toLowerCase(), path).toContain(text!.toLowerCase());
    }
    const csv = await get('/report/2026Q1.csv');
    expect(csv.headers.get('content-disposition')).toContain('attachment');
  });

  it('offers the report `mentor report` would write: in January, the quarter that ended in December', async () => {
    const january = await (await server(tempWorkspace(), '2027-01-15').get('/report')).text();
    expect(january).toContain('IV квартал 2026\u00a0г.');
    expect(january).toContain('href="/report/2026Q4.html"');
    const february = await (await server(tempWorkspace(), '2027-02-15').get('/report')).text();
    expect(february).toContain('href="/report/2027Q1.html"');
  });

  it('says 404 in Russian for what is not in the workspace', async () => {
    const { get } = server();
    for (const path of ['/teachers/nobody', '/routes/2025-2026/nobody', '/routes/../etc/ivanova-ma', '/nothing']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text()).toContain('Такой страницы нет');
    }
  });

  it('says a route with errors has them, instead of showing it', async () => {
    const dir = tempWorkspace();
    const file = join(dir, ROUTE);
    writeFileSync(file, readFileSync(file, 'utf8').replace('status: planned', 'status: planed'));
    const response = await server(dir).get('/routes/2025-2026/ivanova-ma');
    expect(response.status).toBe(422);
    const text = await response.text();
    expect(text).toContain('маршрут не показывается');
    expect(text).toContain(`${ROUTE}:`);
  });

  it('sees a change made outside (an editor, git pull) on the next page load', async () => {
    const { dir, state, get } = server();
    state.watch();
    expect(await (await get('/teachers')).text()).toContain('Петрова Ольга Владимировна');
    const file = join(dir, 'teachers', 'petrova-ov.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Петрова Ольга Владимировна', 'Петрова-Смирнова Ольга Владимировна'));
    await new Promise((settle) => setTimeout(settle, 300));
    expect(await (await get('/teachers')).text()).toContain('Петрова-Смирнова Ольга Владимировна');
  });

  it('escapes what the records hold', async () => {
    const dir = tempWorkspace();
    const file = join(dir, 'teachers', 'ivanova-ma.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('full_name: Иванова Мария Алексеевна', 'full_name: "<script>alert(1)</script>"'));
    const page = await (await server(dir).get('/teachers')).text();
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).toContain('&lt;script&gt;');
  });
});

describe('changes', () => {
  it('marks an item done: 303 back to the route, only those lines changed on disk', async () => {
    const { dir, guard, post, get } = server();
    const before = readFileSync(join(dir, ROUTE), 'utf8');
    const response = await post('/routes/2025-2026/ivanova-ma/items/diagnostics-final', { _csrf: guard.csrf, action: 'done', on: '2026-03-19', evidence: 'Справка' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/routes/2025-2026/ivanova-ma?saved=done');
    const after = readFileSync(join(dir, ROUTE), 'utf8');
    expect(after.replace('    status: done\n    done_on: 2026-03-19\n    evidence: Справка\n', '    status: planned\n')).toBe(before);
    expect(await (await get('/routes/2025-2026/ivanova-ma?saved=done')).text()).toContain('Отметка о выполнении записана.');
  });

  it('adds a meeting and a self-assessment', async () => {
    const { dir, guard, post } = server();
    const meeting = await post('/routes/2025-2026/ivanova-ma/meetings', { _csrf: guard.csrf, date: '2026-03-19', topic: 'Анализ ООД', minutes: '40' });
    expect(meeting.status).toBe(303);
    expect(readFileSync(join(dir, ROUTE), 'utf8')).toContain('  - { date: 2026-03-19, topic: Анализ ООД, minutes: 40 }\n');
    const assess = await post('/assess/lebedev-ai', { _csrf: guard.csrf, kind: 'entry', date: '2026-03-10', 'score.activity': '0,5', 'score.family': '' });
    expect(assess.status).toBe(303);
    expect(readFileSync(join(dir, 'diagnostics', '2025-2026', 'lebedev-ai.yaml'), 'utf8')).toContain('scores: { activity: 0.5 }');
  });

  it('refuses an edit that would add an error (422, with the error) and writes nothing', async () => {
    const { dir, guard, post } = server();
    const files = snapshot(dir);
    const response = await post('/routes/2025-2026/ivanova-ma/items/diagnostics-final', { _csrf: guard.csrf, action: 'done', on: '2026-04-30' });
    expect(response.status).toBe(422);
    const text = await response.text();
    expect(text).toContain('Ничего не записано: изменение добавило бы ошибки в записи.');
    expect(text).toContain('routes/2025-2026/ivanova-ma.yaml:');
    expect(snapshot(dir)).toEqual(files);
  });

  it('refuses a form without the token, from another origin or host, or too large (403, 403, 403, 413)', async () => {
    const { dir, guard, post } = server();
    const files = snapshot(dir);
    const path = '/routes/2025-2026/ivanova-ma/items/diagnostics-final';
    expect((await post(path, { action: 'done', on: '2026-03-19' })).status).toBe(403);
    expect((await post(path, { _csrf: guard.csrf, action: 'done', on: '2026-03-19' }, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await post(path, { _csrf: guard.csrf, action: 'done', on: '2026-03-19' }, { host: 'evil.example:8080' })).status).toBe(403);
    expect((await post(path, { _csrf: guard.csrf, action: 'done', on: '2026-03-19', evidence: 'x'.repeat(1_100_000) })).status).toBe(413);
    expect(snapshot(dir)).toEqual(files);
  });

  it('makes a change from the file as saved elsewhere since the page was loaded, keeping that save', async () => {
    const { dir, guard, post, get } = server();
    await get('/routes/2025-2026/ivanova-ma');
    const path = join(dir, ROUTE);
    writeFileSync(path, `# сохранено в редакторе\n${readFileSync(path, 'utf8')}`);
    const response = await post('/routes/2025-2026/ivanova-ma/items/diagnostics-final', { _csrf: guard.csrf, action: 'in_progress' });
    expect(response.status).toBe(303);
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('# сохранено в редакторе\n')).toBe(true);
    expect(text).toContain('    status: in_progress\n');
  });

  it('refuses a change while another mentor run holds the file (409), writing nothing', async () => {
    const { dir, guard, post } = server();
    writeFileSync(join(dir, `${ROUTE}.mentor-lock`), `${process.pid}\n`);
    const files = snapshot(dir);
    const response = await post('/routes/2025-2026/ivanova-ma/items/diagnostics-final', { _csrf: guard.csrf, action: 'in_progress' });
    expect(response.status).toBe(409);
    expect(await response.text()).toContain('ничего не записано. Обновите страницу');
    expect(snapshot(dir)).toEqual(files);
  }, 20_000);
});

describe('basic auth', () => {
  it('asks for the password when one is set', async () => {
    const dir = tempWorkspace();
    const state = new WorkspaceState(dir, () => '2026-03-20');
    states.push(state);
    const app = createServeApp(state, new Guard({ host: '192.0.2.10', port: 8080, auth: 'metodist:секрет' }), { env: {} });
    const anonymous = await app.request('http://192.0.2.10:8080/', { headers: { host: '192.0.2.10:8080' } });
    expect(anonymous.status).toBe(401);
    const token = Buffer.from('metodist:секрет').toString('base64');
    const signed = await app.request('http://192.0.2.10:8080/', { headers: { host: '192.0.2.10:8080', authorization: `Basic ${token}` } });
    expect(signed.status).toBe(200);
  });
});
