// CLI: `mentor plan` — routes for the year's mentees, re-planning, mentor matching; writes safely.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { outDirOf } from './out-dir.js';
import { readAtRevision } from '../load/git-workspace.js';
import { readProvenance } from '../load/provenance.js';
import { VERSION } from './version.js';
import { loadYamlParse } from '../load/parse-record.js';
import { schemaHintFor } from '../load/schema-hint.js';
import { PLAN_TEXT } from '../messages/plan.js';
import { checkPlannedRoutes } from '../plan/check-planned.js';
import type { PlanNote } from '../plan/generate-route.js';
import { menteesOf, planWorkspace } from '../plan/plan-workspace.js';
import { makeSuggester } from '../model/did-you-mean.js';
import { routeToYaml } from '../plan/route-yaml.js';
import { updateRoute } from '../plan/update-route.js';
import type { Workspace } from '../model/workspace.js';
import type { Problem } from '../model/problem.js';
import { unifiedDiff } from './diff.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_PROBLEMS, type Io } from './io.js';
import { UI } from '../messages/ui.js';
import type { GlobalOptions } from './global-options.js';
import { loadWorkspaceContext, type PlanContext } from './context.js';
import { printProblems } from './print-problems.js';
import { checkRouteDocuments, renderRouteFiles } from './render-files.js';
import { writeRecord } from './write-record.js';
import { notesJson, planJson, plannedJson, type PlanJson } from './plan-json.js';
import { WriteRefused } from './write-refused.js';

export interface PlanCliOptions {
  rev?: string;
  year?: string;
  teacher?: string[];
  today?: string;
  dryRun?: boolean;
  update?: boolean;
  out: string;
  /** text (default) or json: one JSON document on stdout, ids and codes only. */
  format?: string;
}

export async function runPlan(globals: GlobalOptions, options: PlanCliOptions, io: Io): Promise<number> {
  if (options.rev !== undefined && !options.dryRun) {
    // A plan made from an old revision must not land in today's files.
    io.stderr(`${UI[globals.lang].revNeedsDryRun}\n`);
    return EXIT_FAILURE;
  }
  // In JSON, the sentences are left out and one document says what happened.
  const isJson = options.format === 'json';
  const textIo: Io = isJson ? Object.assign(Object.create(io) as Io, { stdout: () => undefined }) : io;
  const loaded = await loadWorkspaceContext(globals, options, textIo);
  if ('exitCode' in loaded) return loaded.exitCode;
  const context = loaded.context;
  const json = isJson ? planJson(context.year, context.today, options.dryRun === true, options.update === true) : undefined;
  const code = options.update ? await updateRoutes(context, options, json) : await createRoutes(context, options, json);
  if (json !== undefined) io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  return code;
}

async function createRoutes(ctx: PlanContext, options: PlanCliOptions, json?: PlanJson): Promise<number> {
  const text = PLAN_TEXT[ctx.globals.lang];
  const plan = planWorkspace(ctx.ws, ctx.catalog, ctx.year, ctx.today, options.teacher);
  json?.skipped.push(...plan.skipped);
  for (const skip of plan.skipped) {
    const line = {
      'route-exists': () => text.routeExists(skip.teacher, skip.file ?? ''),
      'no-pair': () => text.noPair(skip.teacher, ctx.year),
      'no-months': () => text.noMonths(skip.teacher),
      'unknown-teacher': () => text.unknownTeacher(skip.teacher, skip.suggestion ?? ''),
    }[skip.reason]();
    ctx.io.stdout(`${line}\n`);
  }
  if (plan.planned.length === 0 && plan.skipped.length === 0) {
    ctx.io.stdout(`${plan.mentees === 0 ? text.noPairs(ctx.year) : text.nothingToPlan(ctx.year)}\n`);
  }
  else if (plan.withRoute > 0 && plan.skipped.length === 0) ctx.io.stdout(`${text.withRoute(plan.withRoute, ctx.year)}\n`);
  const withYaml = await loadYamlParse();
  const samples = [...ctx.ws.routes, ...ctx.ws.diagnostics, ...ctx.ws.mentors, ...ctx.ws.teachers].map((r) => r.file);
  const drafts = plan.planned.map((planned) => ({
    planned,
    file: planned.file,
    text: routeToYaml(planned.route, schemaHintFor(ctx.root, samples, planned.file, 'route')),
  }));
  const checked = checkPlannedRoutes(ctx.ws, drafts, ctx.today, withYaml);
  if (!options.dryRun) checkDocuments(ctx, drafts.map((d) => d.planned.route.teacher), options.out);
  const written: string[] = [];
  let failed = false;
  for (const { planned, file, text: yaml } of drafts) {
    if (reportInvalid(ctx, file, yaml, checked.problems.get(file) ?? [])) {
      json?.routes.push(plannedJson(planned, 'invalid'));
      failed = true;
      continue;
    }
    json?.routes.push(plannedJson(planned, options.dryRun ? 'would_create' : 'created'));
    const deficits = planned.route.deficits.map((code) => (ctx.globals.lang === 'ru' ? `«${deficitName(ctx, code)}»` : code)).join(', ');
    if (options.dryRun) {
      ctx.io.stdout(`${text.wouldCreate(file, planned.route.items.length, deficits)}\n`);
      ctx.io.stdout(unifiedDiff('', yaml, '/dev/null', file));
    } else {
      writeRecord(join(ctx.root, file), undefined, yaml, ctx.root);
      written.push(file);
      ctx.io.stdout(`${text.created(file, planned.route.items.length, deficits)}\n`);
    }
    printNotes(planned.notes, ctx);
  }
  if (written.length > 0) {
    const documents = renderAndReport(ctx, checked.workspace, written, options.out);
    json?.documents.push(...documents);
  }
  // A mentee named on the command line who got no route is a failure the caller should see.
  return failed || plan.skipped.some((s) => s.reason !== 'route-exists') ? EXIT_PROBLEMS : EXIT_OK;
}

/** Says that a generated text fails validation (a bug of mentor); true when it does. */
function reportInvalid(ctx: PlanContext, file: string, text: string, problems: readonly Problem[]): boolean {
  if (problems.length === 0) return false;
  ctx.io.stderr(`${PLAN_TEXT[ctx.globals.lang].generatedInvalid(file)}\n`);
  printProblems(problems, new Map([[file, text]]), ctx.root, ctx.globals, ctx.io, 'stderr');
  return true;
}

async function updateRoutes(ctx: PlanContext, options: PlanCliOptions, json?: PlanJson): Promise<number> {
  const text = PLAN_TEXT[ctx.globals.lang];
  const only = options.teacher && options.teacher.length > 0 ? new Set(options.teacher) : undefined;
  const routes = ctx.ws.routes.filter((r) => r.value.year === ctx.year && (only === undefined || only.has(r.value.teacher)));
  // A named mentee without a route of the year: said, with the nearest route's mentee.
  const ofYear = ctx.ws.routes.filter((r) => r.value.year === ctx.year).map((r) => r.value.teacher);
  const missing = [...(only ?? [])].filter((id) => !ofYear.includes(id));
  const suggest = makeSuggester(ofYear);
  for (const id of missing) ctx.io.stderr(`${text.noRoute(id, ctx.year, suggest(id))}\n`);
  if (only === undefined && ofYear.length === 0) {
    ctx.io.stdout(`${(menteesOf(ctx.ws, ctx.year).length === 0 ? text.noPairs : text.noRoutesToUpdate)(ctx.year)}\n`);
  }
  const withYaml = await loadYamlParse();
  const updates = routes.map((route) => {
    const before = ctx.revision
      ? (readAtRevision(ctx.revision, [route.file]).get(route.file)?.toString('utf8') ?? '')
      : readFileSync(join(ctx.root, route.file), 'utf8');
    return { route, before, update: updateRoute(before, route.value, ctx.ws, ctx.catalog, ctx.today) };
  });
  const drafts = updates.filter((u) => u.update.text !== u.before).map((u) => ({ file: u.route.file, text: u.update.text }));
  const checked = checkPlannedRoutes(ctx.ws, drafts, ctx.today, withYaml);
  if (!options.dryRun) checkDocuments(ctx, updates.filter((u) => u.update.text !== u.before).map((u) => u.route.value.teacher), options.out);
  const changed: string[] = [];
  let failed = false;
  for (const { route, before, update } of updates) {
    const entry = (action: string) => ({ file: route.file, teacher: route.value.teacher, action, moved: update.moved, added: update.added, notes: notesJson(update.notes) });
    if (update.refusal?.code === 'alias') {
      json?.routes.push(entry('refused'));
      ctx.io.stderr(`${text.aliasInRoute(route.file, update.refusal.line, update.refusal.alias)}\n`);
      failed = true;
      continue;
    }
    // Saved between the check of the workspace and the read: what was checked is not what is there.
    if (update.refusal?.code === 'stale') throw new WriteRefused('changed', join(ctx.root, route.file));
    if (update.text === before) {
      json?.routes.push(entry('unchanged'));
      ctx.io.stdout(`${update.notes.length > 0 ? text.notMoved(route.file) : text.unchanged(route.file)}\n`);
      printNotes(update.notes, ctx);
      continue;
    }
    if (reportInvalid(ctx, route.file, update.text, checked.problems.get(route.file) ?? [])) {
      json?.routes.push(entry('invalid'));
      failed = true;
      continue;
    }
    json?.routes.push(entry(options.dryRun ? 'would_update' : 'updated'));
    if (options.dryRun) {
      ctx.io.stdout(`${text.updated(route.file, update.moved.length, update.added.length)}\n`);
      ctx.io.stdout(unifiedDiff(before, update.text, route.file, route.file));
    } else {
      // Refused (WriteRefused) when the file changed since it was read: "Updated" only once written.
      writeRecord(join(ctx.root, route.file), before, update.text, ctx.root);
      changed.push(route.file);
      ctx.io.stdout(`${text.updated(route.file, update.moved.length, update.added.length)}\n`);
    }
    printNotes(update.notes, ctx);
  }
  if (changed.length > 0) {
    const documents = renderAndReport(ctx, checked.workspace, changed, options.out);
    json?.documents.push(...documents);
  }
  return failed || missing.length > 0 ? EXIT_PROBLEMS : EXIT_OK;
}

/** Notes grouped per route: one line for the moved activities, one for those left out. */
function printNotes(notes: readonly PlanNote[], ctx: PlanContext): void {
  const text = PLAN_TEXT[ctx.globals.lang];
  const names = activityNames(ctx);
  for (const note of notes.filter((n) => n.code === 'no-diagnostics')) ctx.io.stdout(`  ! ${text.noDiagnostics(note.teacher)}\n`);
  const moved = notes.filter((n) => n.code === 'moved');
  if (moved.length > 0) {
    ctx.io.stdout(`  · ${text.moved(moved.map((n) => ({ activity: names(String(n.params['activity'])), month: String(n.params['month']) })))}\n`);
  }
  const unplaced = notes.filter((n) => n.code === 'unplaced').map((n) => names(String(n.params['activity'])));
  if (unplaced.length > 0) ctx.io.stdout(`  ! ${text.unplaced(unplaced)}\n`);
  const leftOut = notes
    .filter((n) => n.code === 'left-out')
    .map((n) => ({ activity: names(String(n.params['activity'])), reason: String(n.params['reason']), lead: Number(n.params['lead']) }));
  if (leftOut.length > 0) ctx.io.stdout(`  ! ${text.leftOut(leftOut)}\n`);
  const deferred = notes.filter((n) => n.code === 'deferred').map((n) => deficitName(ctx, String(n.params['direction'])));
  if (deferred.length > 0) ctx.io.stdout(`  ! ${text.deferred(deferred)}\n`);
}

/** How a person reads an activity: its title in Russian output, its id in English. */
function activityNames(ctx: PlanContext): (id: string) => string {
  if (ctx.globals.lang !== 'ru') return (id) => id;
  const titles = new Map(ctx.catalog.directions.flatMap((d) => d.activities.map((a) => [a.id, a.title] as const)));
  return (id) => titles.get(id) ?? id;
}

/** A direction as a person reads it: its Russian title in Russian output, its code in English. */
function deficitName(ctx: PlanContext, code: string): string {
  if (ctx.globals.lang !== 'ru') return code;
  return ctx.catalog.directions.find((d) => d.direction === code)?.title ?? ctx.ws.directions.get(code) ?? code;
}

/** Refuses the run (WriteRefused) before any route is written when its documents could not be. */
function checkDocuments(ctx: PlanContext, teachers: readonly string[], out: string | undefined): void {
  checkRouteDocuments(teachers, ctx.year, ctx.root, outDirOf(ctx.root, ctx.io.cwd, out), ctx.io.cwd);
}

/** Renders the documents of the routes just written, from the workspace they were checked in. */
function renderAndReport(ctx: PlanContext, ws: Workspace, files: readonly string[], out: string | undefined): string[] {
  const routes = ws.routes.filter((r) => files.includes(r.file));
  const provenance = readProvenance(ctx.root, VERSION);
  const documents = renderRouteFiles({ ws, routes, catalog: ctx.catalog, root: ctx.root, outDir: outDirOf(ctx.root, ctx.io.cwd, out), cwd: ctx.io.cwd, provenance });
  ctx.io.stdout(`${PLAN_TEXT[ctx.globals.lang].documents(documents.map((d) => d.display).join(', '))}\n`);
  return documents.map((d) => d.display);
}
