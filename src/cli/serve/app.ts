// CLI (serve): the web view of a workspace — pages to read, forms that change the records through the
// edit core. Every route is here, as a table a reader can take in at once.

import { Hono, type Context } from 'hono';
import { basicAuth } from 'hono/basic-auth';
import { HTTPException } from 'hono/http-exception';
import { bodyLimit } from 'hono/body-limit';
import { academicYearOf, yearFolderName } from '../../model/dates.js';
import type { RecordFile } from '../../load/list-records.js';
import { describeProblem } from '../../messages/index.js';
import { directionTitles } from '../../plan/catalog.js';
import { renderTemplate } from '../../render/handlebars.js';
import { renderRoute } from '../../render/render-route.js';
import { renderReport } from '../../report/render-report.js';
import { toJson } from '../../report/json.js';
import { joinCsvForStdout, reportToCsv } from '../../report/csv.js';
import { defaultReportPeriod, parsePeriod } from '../../report/period.js';
import { findBrowser } from '../find-browser.js';
import { withPdfPrinter } from '../pdf-printer.js';
import type { ItemChange } from '../../edit/change-item.js';
import { addRouteMeeting, addSelfAssessment, changeRouteItem, type ActionContext, type ActionOutcome } from './actions.js';
import { Guard, MAX_BODY_BYTES } from './guard.js';
import { dashboardView, KIND_TITLES, pageFrame, problemsView, reportOf, routeView, teachersView, teacherView } from './page-views.js';
import type { WorkspaceState } from './workspace-state.js';

export interface ServeAppOptions {
  commit?: { author?: string };
  /** The browser for route PDFs (--browser, MENTOR_BROWSER); found on the machine otherwise. */
  browser?: string;
  env: NodeJS.ProcessEnv;
  /** The folder a relative --browser or MENTOR_BROWSER is taken from (the Io's). */
  cwd?: string;
}

const NOTICES: Readonly<Record<string, string>> = {
  done: 'Отметка о выполнении записана.',
  in_progress: 'Мероприятие снова в работе.',
  cancelled: 'Мероприятие отменено.',
  move: 'Срок перенесён.',
  meeting: 'Встреча записана в журнал.',
  assessment: 'Самооценка записана.',
};

const YEAR_FOLDER = /^\d{4}-\d{4}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function createServeApp(state: WorkspaceState, guard: Guard, options: ServeAppOptions): Hono {
  const app = new Hono();
  const root = state.root;

  app.use('*', async (c, next) => {
    if (!guard.isOwnHost(c.req.header('host'))) return c.text('Запрос к чужому адресу отклонён.', 403);
    await next();
  });
  if (guard.options.auth !== undefined) {
    const [username, ...rest] = guard.options.auth.split(':');
    app.use('*', basicAuth({ username: username ?? '', password: rest.join(':'), realm: 'mentor' }));
  }
  app.use('*', async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    if (!guard.isOwnOrigin(c.req.header('origin'))) return c.text('Запрос с чужой страницы отклонён.', 403);
    return next();
  });
  app.use('*', bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.text('Слишком большой запрос.', 413) }));

  const page = async (c: Context, template: string, title: string, data: Record<string, unknown>, status: 200 | 404 | 409 | 422 | 500 | 501 = 200) => {
    const snapshot = await state.current();
    const saved = c.req.query('saved');
    const notice = saved === undefined ? null : (NOTICES[saved] ?? null);
    return c.html(renderTemplate(template, { page: pageFrame(snapshot, title, guard.csrf, notice), ...data }, { workspaceRoot: root }), status);
  };
  const notFound = (c: Context) => page(c, 'serve-refused.html.hbs', 'Не найдено', { refused: { heading: 'Не найдено', text: 'Такой страницы нет: проверьте адрес.', problems: [], back: '/' } }, 404);

  app.get('/', async (c) => page(c, 'serve-dashboard.html.hbs', 'Главная', dashboardView(await state.current())));
  app.get('/teachers', async (c) => page(c, 'serve-teachers.html.hbs', 'Педагоги', teachersView(await state.current())));
  app.get('/teachers/:id', async (c) => {
    const teacher = teacherView(await state.current(), c.req.param('id'));
    return teacher === undefined ? notFound(c) : page(c, 'serve-teacher.html.hbs', teacher.name, { teacher });
  });
  app.get('/problems', async (c) => page(c, 'serve-problems.html.hbs', 'Проверка записей', problemsView(await state.current())));

  app.get('/routes/:year/:teacher', async (c) => {
    const snapshot = await state.current();
    const route = routeView(snapshot, c.req.param('year'), c.req.param('teacher'));
    if (route !== undefined) return page(c, 'serve-route.html.hbs', `ИОМ: ${route.teacher}`, { route });
    // A route whose record has errors is not shown as if it were right.
    const rel = `routes/${c.req.param('year')}/${c.req.param('teacher')}.yaml`;
    if (!snapshot.result.records.some((r) => r.file.rel === rel)) return notFound(c);
    const problems = problemsView(snapshot).problems.filter((p) => p.where.startsWith(`${rel}:`) && p.isError);
    const text = `В файле ${rel} есть ошибки: пока они не исправлены, маршрут не показывается и отметки в нём не делаются.`;
    return page(c, 'serve-refused.html.hbs', 'Маршрут с ошибками', { refused: { heading: 'Маршрут с ошибками', text, problems, back: '/problems' } }, 422);
  });
  app.get('/routes/:year/:teacher/document.html', async (c) => {
    const html = await routeDocument(c.req.param('year'), c.req.param('teacher'));
    return html === undefined ? notFound(c) : c.html(html);
  });
  app.get('/routes/:year/:teacher/document.pdf', async (c) => {
    const html = await routeDocument(c.req.param('year'), c.req.param('teacher'));
    if (html === undefined) return notFound(c);
    const browser = findBrowser(options.env, options.browser, options.cwd);
    if ('error' in browser) {
      const text = 'Для PDF нужен браузер Chromium, Chrome или Edge: установите его (Debian/Ubuntu: apt-get install chromium) или укажите путь ключом --browser. Документ можно напечатать из браузера по ссылке HTML.';
      return page(c, 'serve-refused.html.hbs', 'PDF недоступен', { refused: { heading: 'PDF недоступен', text, problems: [], back: '.' } }, 501);
    }
    const pdf = await withPdfPrinter(browser.path, (printer) => printer.print(html));
    return c.body(new Uint8Array(pdf), 200, { 'content-type': 'application/pdf', 'content-disposition': `inline; filename="route-${c.req.param('teacher')}-${c.req.param('year')}.pdf"` });
  });

  app.post('/routes/:year/:teacher/items/:item', async (c) => {
    const target = await routeTarget(c);
    if (target instanceof Response) return target;
    const form = await c.req.parseBody();
    const action = String(form['action'] ?? '');
    const change = itemChange(action, form);
    if (change === undefined) return refusedPage(c, { error: 'Не хватает данных формы: дата должна быть вида 2026-03-20.' }, target.back);
    return finish(c, await changeRouteItem(target.ctx, target.file, c.req.param('item'), change), target.back, action);
  });
  app.post('/routes/:year/:teacher/meetings', async (c) => {
    const target = await routeTarget(c);
    if (target instanceof Response) return target;
    const form = await c.req.parseBody();
    const minutes = Number(form['minutes']);
    const date = String(form['date'] ?? '');
    const topic = String(form['topic'] ?? '').trim();
    if (!DATE.test(date) || topic === '' || !Number.isInteger(minutes) || minutes < 1) {
      return refusedPage(c, { error: 'Укажите дату, тему и продолжительность встречи в минутах.' }, target.back);
    }
    return finish(c, await addRouteMeeting(target.ctx, target.file, { date, topic, minutes }), target.back, 'meeting');
  });

  app.get('/assess/:teacher', async (c) => {
    const snapshot = await state.current();
    const id = c.req.param('teacher');
    const teacher = snapshot.result.workspace.teachers.find((t) => t.value.id === id)?.value;
    if (teacher === undefined) return notFound(c);
    const assess = {
      name: teacher.full_name,
      action: `/assess/${id}`,
      today: snapshot.today,
      kinds: Object.entries(KIND_TITLES).map(([code, title]) => ({ code, title })),
      directions: [...directionTitles(snapshot.catalog)].map(([code, title]) => ({ code, title })),
    };
    return page(c, 'serve-assess.html.hbs', `Самооценка: ${teacher.full_name}`, { assess });
  });
  app.post('/assess/:teacher', async (c) => {
    state.invalidate();
    const snapshot = await state.current();
    const id = c.req.param('teacher');
    if (!snapshot.result.workspace.teacherIds.has(id)) return notFound(c);
    const form = await c.req.parseBody();
    if (!guard.isCsrfToken(form['_csrf'])) return c.text('Форма устарела: обновите страницу и отправьте её ещё раз.', 403);
    const kind = String(form['kind'] ?? '');
    const date = String(form['date'] ?? '');
    const scores: Record<string, number> = {};
    for (const [key, value] of Object.entries(form)) {
      const raw = String(value).trim().replace(',', '.');
      if (key.startsWith('score.') && raw !== '') scores[key.slice('score.'.length)] = Number(raw);
    }
    const back = `/teachers/${id}`;
    if (!(kind in KIND_TITLES) || !DATE.test(date) || Object.values(scores).some((s) => !Number.isFinite(s))) {
      return refusedPage(c, { error: 'Укажите вид самооценки, дату и баллы числами от 0 до 2.' }, back);
    }
    const year = academicYearOf(date);
    const folder = yearFolderName(year);
    const rel = `diagnostics/${folder}/${id}.yaml`;
    const listed = snapshot.result.records.find((r) => r.file.rel === rel)?.file;
    const file: RecordFile = listed ?? { path: `${root}/${rel}`, rel, kind: 'diagnostics', stem: id, folderYear: folder, root };
    const assessment = { kind: kind as 'entry' | 'midterm' | 'final', date, scores };
    return finish(c, await addSelfAssessment(actionContext(snapshot), file, id, year, assessment), back, 'assessment');
  });

  app.get('/report', async (c) => {
    const snapshot = await state.current();
    const period = periodOf(c.req.query('period'), snapshot);
    if (period === undefined) return refusedPage(c, { error: 'Такого периода нет. Пишите так: 2026Q1, 2025/2026, 2026-01.' }, '/report');
    const report = { code: period.code, label: period.label, base: `/report/${encodeURIComponent(period.code.replace(/\//g, '-'))}` };
    return page(c, 'serve-report.html.hbs', 'Отчёт', { report });
  });
  app.get('/report/:file', async (c) => {
    const snapshot = await state.current();
    const match = /^(.+)\.(html|md|csv|json)$/.exec(c.req.param('file'));
    const period = match === null ? undefined : periodOf(match[1]!.replace(/^(\d{4})-(\d{4})/, '$1/$2'), snapshot);
    if (match === null || period === undefined) return notFound(c);
    const report = { ...reportOf(snapshot, period), provenance: snapshot.provenance };
    const format = match[2]!;
    if (format === 'html') return c.html(renderReport(report, 'html', { workspaceRoot: root }));
    const body = format === 'md' ? renderReport(report, 'md', { workspaceRoot: root }) : format === 'json' ? toJson(report) : joinCsvForStdout(reportToCsv(report, { separator: ';' }));
    const type = { md: 'text/markdown', json: 'application/json', csv: 'text/csv' }[format as 'md' | 'json' | 'csv'];
    return c.body(body, 200, { 'content-type': `${type}; charset=utf-8`, 'content-disposition': `attachment; filename="report-${match[1]}.${format}"` });
  });

  app.notFound((c) => notFound(c));
  // A file changed between the read and the write (an editor, another run): nothing was written.
  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    state.invalidate();
    if (error.name === 'GitError') {
      const text = `Изменение записано в файл, но коммит не сделан: ${error.message}. Сделайте коммит сами (git commit) или укажите автора ключом --author.`;
      return page(c, 'serve-refused.html.hbs', 'Коммит не сделан', { refused: { heading: 'Коммит не сделан', text, problems: [], back: '/' } }, 500);
    }
    if (error.name !== 'WriteRefused') throw error;
    return refusedPage(c, { error: 'Файл изменился или его сейчас изменяет другая программа (редактор, другой запуск mentor): ничего не записано. Обновите страницу и повторите.' }, c.req.path.replace(/\/(items\/[^/]+|meetings)$/, ''), 409);
  });
  return app;

  function actionContext(snapshot: Awaited<ReturnType<WorkspaceState['current']>>): ActionContext {
    return { root, snapshot, ...(options.commit ? { commit: options.commit } : {}) };
  }

  async function routeDocument(folder: string, teacher: string): Promise<string | undefined> {
    const snapshot = await state.current();
    const route = snapshot.result.workspace.routes.find((r) => r.file === `routes/${folder}/${teacher}.yaml`);
    if (route === undefined) return undefined;
    return renderRoute(snapshot.result.workspace, route, directionTitles(snapshot.catalog), { workspaceRoot: root, provenance: snapshot.provenance }).html;
  }

  /** The route a form posts to: only a route of the workspace reaches the disk; the form's token checked. */
  async function routeTarget(c: Context): Promise<{ ctx: ActionContext; file: RecordFile; back: string } | Response> {
    // A change is made from the files as they are now, not as the page saw them.
    state.invalidate();
    const snapshot = await state.current();
    const folder = c.req.param('year') ?? '';
    const teacher = c.req.param('teacher') ?? '';
    const rel = `routes/${folder}/${teacher}.yaml`;
    const entry = YEAR_FOLDER.test(folder) ? snapshot.result.records.find((r) => r.file.rel === rel) : undefined;
    if (entry === undefined || !snapshot.result.workspace.routes.some((r) => r.file === rel)) return notFound(c);
    const form = await c.req.parseBody();
    if (!guard.isCsrfToken(form['_csrf'])) return c.text('Форма устарела: обновите страницу и отправьте её ещё раз.', 403);
    return { ctx: actionContext(snapshot), file: entry.file, back: `/routes/${folder}/${teacher}` };
  }

  function refusedPage(c: Context, what: { error: string; problems?: { where: string; message: string; advice: string }[] }, back: string, status: 409 | 422 = 422) {
    const heading = status === 409 ? 'Файл изменился' : 'Изменение не записано';
    return page(c, 'serve-refused.html.hbs', heading, { refused: { heading, text: what.error, problems: what.problems ?? [], back } }, status);
  }

  async function finish(c: Context, outcome: ActionOutcome, back: string, code: string): Promise<Response> {
    state.invalidate();
    if ('written' in outcome) return c.redirect(`${back}?saved=${code}`, 303);
    if ('refused' in outcome) {
      const problems = outcome.refused.errors.map((found) => ({ where: `${found.file}:${found.line ?? 1}:${found.column ?? 1}`, ...describeProblem(found, 'ru') }));
      return refusedPage(c, { error: 'Ничего не записано: изменение добавило бы ошибки в записи.', problems }, back);
    }
    if ('error' in outcome) {
      const text = outcome.error.kind === 'no-item' ? 'Такого мероприятия в маршруте нет.' : outcome.error.kind === 'alias' ? `В файле ${outcome.file} используется ссылка YAML: измените его в редакторе.` : 'Такая самооценка уже записана.';
      return refusedPage(c, { error: text }, back);
    }
    return refusedPage(c, { error: 'Ничего не записано.' }, back);
  }
}

function itemChange(action: string, form: Record<string, unknown>): ItemChange | undefined {
  const on = String(form['on'] ?? '');
  const evidence = String(form['evidence'] ?? '').trim();
  const reason = String(form['reason'] ?? '').trim();
  const due = String(form['due'] ?? '');
  if (action === 'done') return DATE.test(on) ? { status: 'done' as const, on, ...(evidence === '' ? {} : { evidence }) } : undefined;
  if (action === 'in_progress' || action === 'planned') return { status: action as 'in_progress' | 'planned' };
  if (action === 'cancelled') return { status: 'cancelled' as const, ...(reason === '' ? {} : { reason }) };
  if (action === 'move') return DATE.test(due) ? { due } : undefined;
  return undefined;
}

/** The period asked for, else the one `mentor report` chooses: the quarter just ended for 30 days, else the current one. */
function periodOf(code: string | undefined, snapshot: Awaited<ReturnType<WorkspaceState['current']>>) {
  if (code === undefined || code === '') return defaultReportPeriod(snapshot.today, snapshot.result.workspace.settings.quarters).period;
  return parsePeriod(code);
}
