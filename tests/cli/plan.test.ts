// CLI tests: `mentor plan` — in-process, on copies of the example workspace (20.03.2026):
// new routes written safely, existing ones never overwritten, --update, --dry-run, refusals.

import { loadBuiltinCatalog } from '../../src/plan/load-catalog.js';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { RouteRecord } from '../../src/model/types.js';
import { EXAMPLE, runInProcess, snapshot, tempWorkspace, type RunResult } from './helpers.js';

const TODAY = ['--today', '2026-03-20'];
const NEW_ROUTE = 'routes/2025-2026/zaytseva-ok.yaml';
/** The mentees of the example without a route: a newcomer, a young music director, a teacher in a new post. */
const NEW_ROUTES = [NEW_ROUTE, 'routes/2025-2026/romanova-ka.yaml', 'routes/2025-2026/nikitina-es.yaml'];
const BELOVA = 'routes/2025-2026/belova-as.yaml';
const EXISTING_ROUTES = ['belova-as', 'ivanova-ma', 'orlova-dv', 'sokolova-ap'].map((id) => `routes/2025-2026/${id}.yaml`);

/** `mentor plan` run in the workspace folder, so that the default --out lands inside it. */
async function plan(dir: string, ...args: string[]): Promise<RunResult> {
  return await runInProcess(['plan', '--workspace', dir, ...TODAY, ...args], { cwd: dir });
}

async function validate(dir: string): Promise<RunResult> {
  return await runInProcess(['validate', '--workspace', dir, ...TODAY]);
}

function read(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}

function edit(dir: string, file: string, from: string, to: string): void {
  const text = read(dir, file);
  const next = text.replace(from, to);
  if (next === text) throw new Error(`the edit of ${file} changed nothing`);
  writeFileSync(join(dir, file), next);
}

function routeOf(dir: string, file: string): RouteRecord {
  return parse(read(dir, file)) as RouteRecord;
}

/** The lines of one route item, from its `- id:` line to the next item or key. */
function itemText(text: string, id: string): string {
  const lines = text.split('\n');
  const start = lines.indexOf(`  - id: ${id}`);
  if (start < 0) throw new Error(`no item ${id}`);
  let end = start + 1;
  while (end < lines.length && lines[end]!.startsWith('    ')) end++;
  return lines.slice(start, end).join('\n');
}

/**
 * A copy of the example that lives for a whole describe block (tempWorkspace's copies are removed
 * after each test), for tests that all look at the result of the same runs.
 */
function sharedCopy(): () => string {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mentor-plan-test-'));
    cpSync(EXAMPLE, dir, { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return () => dir;
}

describe('mentor plan on a copy of the example', () => {
  const dir = sharedCopy();
  let first: RunResult;
  let afterFirst: Record<string, string>;
  let second: RunResult;
  let afterSecond: Record<string, string>;

  beforeAll(async () => {
    first = await plan(dir());
    afterFirst = snapshot(dir());
    second = await plan(dir());
    afterSecond = snapshot(dir());
  });

  it('exits 0 and says it created the route of zaytseva-ok', async () => {
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toContain(`Created ${NEW_ROUTE}`);
  });

  it('creates routes/2025-2026/zaytseva-ok.yaml for her pair with fedorova-ls, from the pair start', async () => {
    expect(routeOf(dir(), NEW_ROUTE)).toMatchObject({
      teacher: 'zaytseva-ok',
      mentor: 'fedorova-ls',
      year: '2025/2026',
      period: { start: '2026-01-12', end: '2026-04-30' },
    });
  });

  it('creates no other route file than those of the three mentees without one', async () => {
    const routes = Object.keys(afterFirst).filter((f) => f.startsWith('routes/'));
    expect(routes.sort()).toEqual([...EXISTING_ROUTES, ...NEW_ROUTES].sort());
  });

  it('gives the music director and the teacher in a new post no group-bound item, and the latter no beginner item', async () => {
    const activities = new Map((await loadBuiltinCatalog()).flatMap((c) => c.activities.map((a) => [a.id, a] as const)));
    const items = (file: string) => (routeOf(dir(), file) as { items: { id: string }[] }).items.map((i) => activities.get(i.id));
    for (const file of NEW_ROUTES.slice(1)) {
      expect(items(file).filter((a) => a?.needs_group === true).map((a) => a?.id), file).toEqual([]);
      expect(items(file).some((a) => a?.id === 'activity-mentor-visits'), file).toBe(true);
    }
    const beginner = items('routes/2025-2026/nikitina-es.yaml').filter((a) => a?.for === 'newcomer' || a?.for === 'young');
    expect(beginner).toEqual([]);
    expect(items('routes/2025-2026/romanova-ka.yaml').some((a) => a?.positions?.includes('music_director'))).toBe(true);
  });

  it('leaves the four existing routes byte for byte as they were', async () => {
    for (const file of EXISTING_ROUTES) expect(afterFirst[file], file).toBe(readFileSync(join(EXAMPLE, file)).toString('base64'));
  });

  it('leaves no temporary file beside the new route', async () => {
    expect(readdirSync(join(dir(), 'routes', '2025-2026')).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('writes a route that mentor validate finds no problem with', async () => {
    const result = await validate(dir());
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^No problems in \d+ files\n$/);
  });

  it('renders the new route’s documents into out/ under the current folder', async () => {
    expect(first.stdout).toMatch(/Route documents: .*zaytseva-ok/);
    expect(readdirSync(join(dir(), 'out')).some((name) => name.includes('zaytseva-ok'))).toBe(true);
  });

  it('on a second run, exits 0 and says there is nothing to plan', async () => {
    expect(second.exitCode).toBe(0);
    expect(second.stdout).toContain('nothing to plan');
  });

  it('on a second run, changes no file and creates none', async () => {
    expect(afterSecond).toEqual(afterFirst);
  });
});

describe('mentor plan: determinism', () => {
  it('writes byte-identical routes on two fresh copies', async () => {
    const one = tempWorkspace();
    const two = tempWorkspace();
    expect((await plan(one)).exitCode).toBe(0);
    expect((await plan(two)).exitCode).toBe(0);
    expect(readFileSync(join(one, NEW_ROUTE)).equals(readFileSync(join(two, NEW_ROUTE)))).toBe(true);
  });
});

describe('mentor plan --dry-run', () => {
  it('writes nothing', async () => {
    const dir = tempWorkspace();
    const before = snapshot(dir);
    expect((await plan(dir, '--dry-run')).exitCode).toBe(0);
    expect(snapshot(dir)).toEqual(before);
  });

  it('prints the new route as a diff from /dev/null', async () => {
    const dir = tempWorkspace();
    const result = await plan(dir, '--dry-run', '--teacher', 'zaytseva-ok');
    const diff = result.stdout.slice(result.stdout.indexOf('--- /dev/null'));
    expect(result.stdout).toContain(`Would create ${NEW_ROUTE}`);
    expect(diff.split('\n').slice(0, 3)).toEqual(['--- /dev/null', `+++ ${NEW_ROUTE}`, expect.stringMatching(/^@@ -0,0 \+1,\d+ @@$/) as string]);
  });

  it('prints exactly the text that a real run then writes', async () => {
    const dir = tempWorkspace();
    const dry = (await plan(dir, '--dry-run')).stdout;
    expect((await plan(dir)).exitCode).toBe(0);
    const written = read(dir, NEW_ROUTE)
      .split('\n')
      .slice(0, -1)
      .map((line) => `+${line}`);
    expect(dry).toContain(written.join('\n'));
  });
});

describe('mentor plan --teacher', () => {
  it('says that a teacher who is not a mentee has no pair, and writes nothing', async () => {
    const dir = tempWorkspace();
    const before = snapshot(dir);
    const result = await plan(dir, '--teacher', 'gromova-la');
    expect(result.stdout).toContain('gromova-la has no mentoring pair active in 2025/2026: no route planned');
    expect(snapshot(dir)).toEqual(before);
  });

  it('names an unknown id and plans nothing for it', async () => {
    const dir = tempWorkspace();
    const before = snapshot(dir);
    const result = await plan(dir, '--teacher', 'zaytseva-ko');
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('zaytseva-ko is not a teacher of this workspace (did you mean zaytseva-ok?)');
    expect(snapshot(dir)).toEqual(before);
  });

  it('says that a mentee already has a route and leaves it alone', async () => {
    const dir = tempWorkspace();
    const before = snapshot(dir);
    const result = await plan(dir, '--teacher', 'ivanova-ma');
    expect(result.stdout).toContain('ivanova-ma already has a route (routes/2025-2026/ivanova-ma.yaml)');
    expect(snapshot(dir)).toEqual(before);
  });

  it('plans only the named mentee', async () => {
    const dir = tempWorkspace();
    const result = await plan(dir, '--teacher', 'zaytseva-ok');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(`Created ${NEW_ROUTE}`);
  });
});

describe('mentor plan finds what she means', () => {
  it('a year with no pair says so and how to add one, in both languages', async () => {
    const dir = tempWorkspace();
    const before = snapshot(dir);
    const en = await runInProcess(['plan', '--year', '2027/2028', ...TODAY], { cwd: dir, env: { LANG: 'en_US.UTF-8' } });
    expect(en.exitCode).toBe(0);
    expect(en.stdout).toBe(
      'No mentoring pair is active in 2027/2028: there is nobody to plan a route for. Add a pair with mentor plan --assign MENTEE=MENTOR --year 2027/2028 (who needs a mentor: mentor plan --suggest-mentors --year 2027/2028), then run mentor plan again\n',
    );
    const ru = await runInProcess(['--lang', 'ru', 'plan', '--year', '2027-2028', '--update', ...TODAY], { cwd: dir });
    expect(ru.stdout).toContain('В 2027/2028 учебном году нет ни одной пары наставничества: составлять маршруты не для кого. Закрепите наставника: mentor plan --assign');
    expect(ru.stdout).not.toContain('уже есть маршруты');
    expect(snapshot(dir)).toEqual(before);
  });

  it('--update --teacher with a mistyped id: did you mean, exit 1, nothing written', async () => {
    const dir = tempWorkspace();
    const before = snapshot(dir);
    const result = await runInProcess(['--lang', 'ru', 'plan', '--update', '--teacher', 'ivanova-mx', ...TODAY], { cwd: dir });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe('У ivanova-mx нет маршрута на 2025/2026 учебный год. Может быть, «ivanova-ma»?\n');
    expect(snapshot(dir)).toEqual(before);
  });

  it('--assign with a mistyped mentee or mentor: did you mean, nothing written', async () => {
    const dir = tempWorkspace();
    const before = snapshot(dir);
    const mentee = await runInProcess(['plan', '--assign', 'gromova-lb=petrova-ov', ...TODAY], { cwd: dir });
    expect(mentee.exitCode).toBe(1);
    expect(mentee.stderr).toContain('gromova-lb=petrova-ov: Teacher “gromova-lb” is not in teachers/. Did you mean “gromova-la”?');
    const mentor = await runInProcess(['--lang', 'ru', 'plan', '--assign', 'gromova-la=petrova-ou', ...TODAY], { cwd: dir });
    expect(mentor.stderr).toContain('Педагог «petrova-ou» не найден среди педагогов. Может быть, «petrova-ov»?');
    expect(snapshot(dir)).toEqual(before);
  });

  it('render route with a mistyped id: did you mean, exit 1, the others still rendered', async () => {
    const dir = tempWorkspace();
    const result = await runInProcess(['render', 'route', 'ivanova-mx', 'belova-as', ...TODAY], { cwd: dir });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe('ivanova-mx has no route for 2025/2026. Did you mean "ivanova-ma"?\n');
    expect(result.stdout).toContain('route-belova-as-2025-2026.html');
  });
});

describe('mentor plan refuses', () => {
  it('a workspace with a validation error: exit 1, the error shown, nothing written', async () => {
    const dir = tempWorkspace();
    edit(dir, 'diagnostics/2025-2026/zaytseva-ok.yaml', 'normative: 0.9', 'normative: 9');
    const before = snapshot(dir);
    const result = await plan(dir);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('plans, documents and reports are made from clean records only');
    expect(snapshot(dir)).toEqual(before);
  });

  it('a malformed --year: exit 2, nothing written', async () => {
    const dir = tempWorkspace();
    const before = snapshot(dir);
    const result = await plan(dir, '--year', '2025/26');
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('--year');
    expect(snapshot(dir)).toEqual(before);
  });

  it('a --year whose two years do not follow each other: exit 2', async () => {
    expect((await plan(tempWorkspace(), '--year', '2025/2027')).exitCode).toBe(2);
  });
});

/**
 * belova-as: her planned master class is marked overdue (due 31.01.2026) with a comment of the
 * methodist's above it, and a final self-assessment of 16.03.2026 finds a new deficit, family.
 */
function prepareBelova(dir: string): void {
  edit(dir, BELOVA, 'due: 2026-04-30\n    result: Материалы мастер-класса', 'due: 2026-01-31\n    result: Материалы мастер-класса');
  edit(dir, BELOVA, '  - id: methodical-master-class\n', '  # методист: мастер-класс перенести после конкурса\n  - id: methodical-master-class\n');
  const diagnostics = 'diagnostics/2025-2026/belova-as.yaml';
  writeFileSync(join(dir, diagnostics), `${read(dir, diagnostics)}  - kind: final\n    date: 2026-03-16\n    scores: { family: 0.4 }\n`);
}

describe('mentor plan --update', () => {
  const dir = sharedCopy();
  let prepared: string;
  let update: RunResult;
  let again: RunResult;
  let afterUpdate: Record<string, string>;
  let afterAgain: Record<string, string>;

  beforeAll(async () => {
    prepareBelova(dir());
    prepared = read(dir(), BELOVA);
    update = await plan(dir(), '--update');
    afterUpdate = snapshot(dir());
    again = await plan(dir(), '--update');
    afterAgain = snapshot(dir());
  });

  it('starts from a workspace that validates', async () => {
    // Checked after the run too; here the edits themselves are the subject.
    const copy = tempWorkspace();
    prepareBelova(copy);
    expect((await validate(copy)).exitCode).toBe(0);
  });

  it('exits 0 and says what it did to the route', async () => {
    expect(update.exitCode).toBe(0);
    expect(update.stdout).toContain(`Updated ${BELOVA}: 2 overdue items moved, 7 activities added`);
  });

  it('moves the overdue planned items to the current month', async () => {
    const items = routeOf(dir(), BELOVA).items;
    expect(items.find((i) => i.id === 'methodical-master-class')?.due).toBe('2026-03-31');
    expect(items.find((i) => i.id === 'methodical-site-publication')?.due).toBe('2026-03-31');
  });

  it('keeps the comment inserted in the file, and the file’s own comments', async () => {
    const text = read(dir(), BELOVA);
    for (const line of prepared.split('\n').filter((l) => l.includes('#'))) expect(text).toContain(line.slice(line.indexOf('#')));
    expect(text).toContain('  # методист: мастер-класс перенести после конкурса\n  - id: methodical-master-class\n');
  });

  it('leaves done, in-progress and cancelled items byte for byte', async () => {
    const text = read(dir(), BELOVA);
    const kept = (parse(prepared) as RouteRecord).items.filter((i) => i.status !== 'planned');
    expect(kept.map((i) => i.status)).toEqual(expect.arrayContaining(['done', 'in_progress', 'cancelled']));
    for (const item of kept) expect(itemText(text, item.id), item.id).toBe(itemText(prepared, item.id));
  });

  it('adds the new deficit code', async () => {
    expect(read(dir(), BELOVA)).toContain('deficits: [activity, environment, methodical, family]\n');
  });

  it('adds a task for the new deficit', async () => {
    expect(routeOf(dir(), BELOVA).tasks.at(-1)).toBe('Выстроить эффективное взаимодействие с семьями воспитанников');
  });

  it('adds the family activities, the kindergarten’s own among them, as planned items', async () => {
    const added = routeOf(dir(), BELOVA).items.slice((parse(prepared) as RouteRecord).items.length);
    expect(added.map((i) => i.id)).toEqual([
      'family-social-passport',
      'family-consultations',
      'family-difficult-talks',
      'family-joint-event',
      'family-final-meeting',
      'solnyshko-family-club',
      'solnyshko-family-open-day',
    ]);
    expect(added.every((i) => i.direction === 'family' && i.status === 'planned' && i.due >= '2026-03-31')).toBe(true);
  });

  it('leaves a route with nothing to re-plan byte for byte, and says so', async () => {
    expect(update.stdout).toContain('routes/2025-2026/ivanova-ma.yaml needs no change');
    expect(afterUpdate['routes/2025-2026/ivanova-ma.yaml']).toBe(readFileSync(join(EXAMPLE, 'routes/2025-2026/ivanova-ma.yaml')).toString('base64'));
  });

  it('leaves a workspace that mentor validate finds no problem with', async () => {
    expect((await validate(dir())).exitCode).toBe(0);
  });

  it('a second --update finds nothing to change and changes nothing', async () => {
    expect(again.exitCode).toBe(0);
    expect(again.stdout).not.toContain('Updated');
    expect(afterAgain).toEqual(afterUpdate);
  });
});

describe('mentor plan --update --dry-run', () => {
  it('changes nothing', async () => {
    const dir = tempWorkspace();
    prepareBelova(dir);
    const before = snapshot(dir);
    expect((await plan(dir, '--update', '--dry-run')).exitCode).toBe(0);
    expect(snapshot(dir)).toEqual(before);
  });

  it('prints the change as a diff of the route file', async () => {
    const dir = tempWorkspace();
    prepareBelova(dir);
    const result = await plan(dir, '--update', '--dry-run');
    expect(result.stdout).toContain(`--- ${BELOVA}\n+++ ${BELOVA}\n@@ `);
    expect(result.stdout).toContain('\n-    due: 2026-01-31\n');
    expect(result.stdout).toContain('\n+    due: 2026-03-31\n');
    expect(result.stdout).toContain('\n+  - id: family-social-passport\n');
  });
});

describe('mentor plan --update with no room left', () => {
  it('names the overdue items it could not move instead of saying the route needs no change', async () => {
    const dir = tempWorkspace();
    edit(dir, 'mentor.yaml', 'max_items_per_month: 4', 'max_items_per_month: 1');
    // sokolova-ap: March, April and May already hold an item each; her overdue passport has nowhere to go.
    const result = await plan(dir, '--update', '--teacher', 'sokolova-ap');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('documentation-cabinet-passport');
    expect(result.stdout).not.toContain('needs no change');
  });
});

describe('mentor plan --format json, and Russian output', () => {
  it('prints one JSON document with ids and codes, and writes nothing on --dry-run', async () => {
    const dir = tempWorkspace();
    const before = snapshot(dir);
    const result = await plan(dir, '--dry-run', '--format', 'json');
    expect(result.exitCode).toBe(0);
    const json = JSON.parse(result.stdout) as { version: number; routes: { file: string; action: string; deficits: string[]; items: { id: string }[] }[] };
    expect(json.version).toBe(1);
    expect(json.routes.map((r) => r.file).sort()).toEqual([...NEW_ROUTES].sort());
    expect(json.routes.every((r) => r.action === 'would_create')).toBe(true);
    expect(json.routes.find((r) => r.file === NEW_ROUTE)?.deficits).toEqual(['methodical', 'courses', 'normative']);
    expect(snapshot(dir)).toEqual(before);
  });

  it('in Russian, names deficits and activities by their titles, never by codes or ids', async () => {
    const dir = tempWorkspace();
    const result = await plan(dir, '--lang', 'ru');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('«Методические мероприятия и конкурсы»');
    const ids = (await loadBuiltinCatalog()).flatMap((c) => c.activities.map((a) => a.id));
    const prose = result.stdout.replace(/\S+\.(yaml|html|md)\b/g, '');
    for (const id of ids) expect(prose, id).not.toContain(id);
    for (const code of ['normative', 'documentation', 'methodical', 'courses', 'diagnostics', 'inclusive', 'upbringing']) {
      expect(prose, code).not.toMatch(new RegExp(`\\b${code}\\b`));
    }
  });
});
