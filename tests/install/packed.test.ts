// The packed tool installed into a new records repository: only what it needs is shipped, and every
// command works through npx, as a kindergarten would run it.

import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { INIT_FLAGS, IN_CI, REPO, must, packTool, recordsRepository, run, tempDir } from './setup.js';

const HAS_CHROMIUM = run(REPO, 'chromium', ['--version']).status === 0;

let tarball: string;
let records: string;
const mentor = (args: string[], cwd = records) => run(cwd, 'npx', ['--no', '--', 'mentor', ...args]);

beforeAll(() => {
  tarball = packTool(tempDir('pack'));
  records = recordsRepository('records');
  must(records, 'npm', ['install', '--save-dev', '--no-audit', '--no-fund', tarball]);
}, 120_000);

describe('the packed tarball', () => {
  it('holds the bin, the built bundle, the schemas and the templates, and nothing else', () => {
    const listing = must(REPO, 'tar', ['-tzf', tarball])
      .split('\n')
      .filter((line) => line !== '' && !line.endsWith('/'))
      .map((line) => line.replace(/^package\//, ''));
    const allowed = /^(bin\/mentor\.js|dist\/[\w.-]+\.(cjs|cache)|schemas\/[\w-]+\.schema\.json|templates\/.+\.(hbs|yaml)|package\.json|README\.md|LICENSE|CHANGELOG\.md)$/;
    expect(listing.filter((path) => !allowed.test(path))).toEqual([]);
    for (const needed of ['bin/mentor.js', 'dist/mentor.cjs', 'schemas/teacher.schema.json', 'templates/route.html.hbs', 'templates/report.html.hbs']) {
      expect(listing, needed).toContain(needed);
    }
    const manifest = JSON.parse(must(REPO, 'tar', ['-xzOf', tarball, 'package/package.json'])) as { dependencies?: object };
    // What the build leaves out of the bundle (loaded only by the commands that need it) is exactly
    // what npm installs beside it.
    const build = readFileSync(join(REPO, 'scripts', 'build.mjs'), 'utf8');
    const external = [...(/external: \[([^\]]*)\]/.exec(build)?.[1] ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]);
    expect(external.length).toBeGreaterThan(0);
    expect(Object.keys(manifest.dependencies ?? {}).sort()).toEqual([...external].sort());
  });
});

describe('mentor installed from the tarball into a new records repository', () => {
  it('answers --version', () => {
    const version = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
    expect(mentor(['--version'])).toMatchObject({ status: 0, stdout: `${version.version}\n` });
  });

  it('starts the workspace with init, and it validates clean; a broken record fails naming the problem', () => {
    const init = mentor(['init', ...INIT_FLAGS]);
    expect(init.status, init.stderr).toBe(0);
    // The editor hints name schemas that exist inside the records repository.
    const hint = /^# yaml-language-server: \$schema=(\S+)/.exec(readFileSync(join(records, 'teachers', 'kuznetsova-ev.yaml'), 'utf8'))?.[1];
    expect(hint).toBe('../node_modules/mentor/schemas/teacher.schema.json');
    expect(existsSync(join(records, 'teachers', hint!))).toBe(true);
    // init keeps the package.json that installed it.
    expect(JSON.parse(readFileSync(join(records, 'package.json'), 'utf8'))).toMatchObject({ devDependencies: { mentor: expect.stringContaining('.tgz') } });
    // init writes `lang: ru` into mentor.yaml, which wins over the English locale of the tests;
    // the curator's hire date, experience, education and category wait to be filled in (warnings).
    const fresh = mentor(['validate']);
    expect(fresh.status).toBe(0);
    expect(fresh.stdout).toMatch(/^0 ошибок, 4 предупреждения в 2 файлах$/m);
    const kinds = fresh.stdout.match(/^\S+: (?:ошибка|предупреждение) \[[^\]]+\]/gm) ?? [];
    expect(kinds).toHaveLength(4);
    for (const kind of kinds) expect(kind).toMatch(/^teachers\/kuznetsova-ev\.yaml:\d+:\d+: предупреждение \[placeholder\]$/);

    const teacher = readFileSync(join(REPO, 'examples', 'solnyshko', 'teachers', 'orlova-dv.yaml'), 'utf8');
    writeFileSync(join(records, 'teachers', 'orlova-dv.yaml'), teacher.replace(/^position: \w+/m, 'position: coach'));
    const broken = mentor(['validate']);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toMatch(/^teachers\/orlova-dv\.yaml:4:11: ошибка \[schema-enum\] .*coach/m);
    const github = mentor(['validate', '--format', 'github']);
    expect(github.stdout).toMatch(/^::error file=teachers\/orlova-dv\.yaml,line=4,col=11,title=schema-enum::/m);
    rmSync(join(records, 'teachers', 'orlova-dv.yaml'));
  });

  it('plans, renders a route and writes the report from its own templates and catalog', () => {
    const ws = join(records, 'example');
    cpSync(join(REPO, 'examples', 'solnyshko'), ws, { recursive: true });
    const today = ['--today', '2026-03-20'];
    expect(mentor(['validate', ...today], ws)).toMatchObject({ status: 0, stdout: 'No problems in 42 files\n' });
    const plan = mentor(['plan', '--dry-run', ...today], ws);
    expect(plan.status, plan.stderr).toBe(0);
    expect(plan.stdout).toContain('+++ routes/2025-2026/');
    const render = mentor(['render', 'route', 'ivanova-ma', ...today], ws);
    expect(render.status, render.stderr).toBe(0);
    const route = readFileSync(join(ws, 'out', 'route-ivanova-ma-2025-2026.html'), 'utf8');
    expect(route).toContain('Индивидуальный образовательный маршрут');
    const report = mentor(['report', '--period', '2026Q1', ...today], ws);
    expect(report.status, report.stderr).toBe(0);
    expect(readFileSync(join(ws, 'out', 'report-2026Q1.html'), 'utf8')).toContain('<svg');
  });

  it('writes the report as .docx, its charts drawn by the installed @resvg/resvg-js', () => {
    const ws = join(records, 'example');
    const docx = mentor(['report', '--period', '2026Q1', '--format', 'docx', '--today', '2026-03-20'], ws);
    expect(docx.status, docx.stderr).toBe(0);
    expect(readFileSync(join(ws, 'out', 'report-2026Q1.docx')).subarray(0, 2).toString()).toBe('PK');
  });

  it.skipIf(!HAS_CHROMIUM && !IN_CI)('prints a route as PDF with the installed playwright-core and the machine\'s Chromium', () => {
    const ws = join(records, 'example');
    const pdf = mentor(['render', 'route', 'ivanova-ma', '--format', 'pdf', '--today', '2026-03-20'], ws);
    expect(pdf.status, pdf.stderr).toBe(0);
    expect(readFileSync(join(ws, 'out', 'route-ivanova-ma-2025-2026.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
