// Test helpers: throwaway git repositories with commits at chosen dates, by chosen authors — and the
// repository `log` tests share: a workspace in a Cyrillic subfolder, with a rename, a deletion,
// a back-dated mark and a file outside the workspace.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Git with no user or system configuration, so that nothing on the machine changes the outcome. */
export function git(cwd: string, args: string[], env: Record<string, string> = {}): string {
  const result = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', ...env },
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

export class TempRepo {
  readonly root: string;
  constructor() {
    this.root = realpathSync(mkdtempSync(join(tmpdir(), 'mentor-log-')));
    git(this.root, ['init', '-q', '-b', 'main']);
  }

  write(path: string, text: string): this {
    mkdirSync(dirname(join(this.root, path)), { recursive: true });
    writeFileSync(join(this.root, path), text);
    return this;
  }

  git(...args: string[]): this {
    git(this.root, args);
    return this;
  }

  /** Stages everything and commits as `author` on `date` (noon UTC), author and committer alike. */
  commit(date: string, author: string, message: string): this {
    git(this.root, ['add', '-A']);
    const when = `${date}T12:00:00+00:00`;
    git(
      this.root,
      ['-c', `user.name=${author}`, '-c', 'user.email=author@example.org', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', message],
      { GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when },
    );
    return this;
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** The workspace folder inside the repository: Cyrillic and a space, as a kindergarten might name it. */
export const WORKSPACE = 'детский сад';

const route = (teacher: string, items: string): string =>
  `teacher: ${teacher}\nmentor: petrova-ov\nyear: 2025/2026\nperiod: { start: 2025-09-15, end: 2026-05-31 }\n` +
  `deficits: [documentation]\ngoal: Адаптация\ntasks: [Освоить документацию]\nitems:\n${items}`;

const item = (id: string, status: string, doneOn?: string): string =>
  `  - id: ${id}\n    direction: normative\n    title: Мероприятие ${id}\n    forms: Консультация\n    due: 2025-10-31\n` +
  `    result: Конспект\n    status: ${status}\n${doneOn === undefined ? '' : `    done_on: ${doneOn}\n`}`;

const teacher = (id: string, left?: string): string =>
  `id: ${id}\nfull_name: Педагог ${id}\nposition: educator\nhired: 2025-08-25\n${left === undefined ? '' : `left: ${left}\n`}` +
  `experience: { years: 0, as_of: 2025-08-25 }\neducation: { level: higher }\ncategory: none\n`;

const mentor = (sidorovaEnded?: string): string =>
  `teacher: petrova-ov\nconsent: { date: 2025-08-28 }\npairs:\n` +
  `  - mentee: ivanova-ma\n    kind: traditional\n    role: experienced_young\n    start: 2025-09-01\n    end: 2026-05-31\n` +
  `  - mentee: sidorova-aa\n    kind: traditional\n    role: experienced_young\n    start: 2025-09-01\n    end: 2026-05-31\n` +
  (sidorovaEnded === undefined ? '' : `    ended_early: { date: ${sidorovaEnded}, reason: увольнение наставляемого }\n`);

/**
 * The shared history, oldest first:
 * 1. 2025-09-15 Анна Петрова: the workspace; ivanova-ma's route under a mistyped name (ivanva-ma).
 * 2. 2025-09-20 Анна Петрова: the route renamed to ivanova-ma.yaml.
 * 3. 2025-10-03 Мария Иванова: normative-fop done on 2025-09-28 (5 days before), family-meeting
 *    in progress; a change outside the workspace too.
 * 4. 2025-10-20 Анна Петрова: docs-group done on 2025-09-30 (20 days before: back-dated).
 * 5. 2025-11-01 Анна Петрова: sidorova-aa's route.
 * 6. 2025-11-10 Анна Петрова: sidorova-aa leaves; her route deleted, her pair ended early.
 */
export function buildHistoryRepo(): TempRepo {
  const repo = new TempRepo();
  const ws = (path: string): string => `${WORKSPACE}/${path}`;
  repo
    .write('документы/план.yaml', 'план: черновик\n')
    .write(ws('mentor.yaml'), 'organization: { name: Детский сад, head: Сидорова Н. И., curator: petrova-ov }\n')
    .write(ws('teachers/ivanova-ma.yaml'), teacher('ivanova-ma'))
    .write(ws('teachers/sidorova-aa.yaml'), teacher('sidorova-aa'))
    .write(ws('mentors/petrova-ov.yaml'), mentor())
    .write(ws('routes/2025-2026/ivanva-ma.yaml'), route('ivanova-ma', item('normative-fop', 'planned') + item('family-meeting', 'planned') + item('docs-group', 'planned')))
    .commit('2025-09-15', 'Анна Петрова', 'Рабочая папка и ИОМ Ивановой')
    .git('mv', ws('routes/2025-2026/ivanva-ma.yaml'), ws('routes/2025-2026/ivanova-ma.yaml'))
    .commit('2025-09-20', 'Анна Петрова', 'Опечатка в имени файла')
    .write(ws('routes/2025-2026/ivanova-ma.yaml'), route('ivanova-ma', item('normative-fop', 'done', '2025-09-28') + item('family-meeting', 'in_progress') + item('docs-group', 'planned')))
    .write('документы/план.yaml', 'план: готов\n')
    .commit('2025-10-03', 'Мария Иванова', 'Отметки за сентябрь')
    .write(ws('routes/2025-2026/ivanova-ma.yaml'), route('ivanova-ma', item('normative-fop', 'done', '2025-09-28') + item('family-meeting', 'in_progress') + item('docs-group', 'done', '2025-09-30')))
    .commit('2025-10-20', 'Анна Петрова', 'Отметка: документация группы')
    .write(ws('routes/2025-2026/sidorova-aa.yaml'), route('sidorova-aa', item('normative-fop', 'planned')))
    .commit('2025-11-01', 'Анна Петрова', 'ИОМ Сидоровой')
    .git('rm', '-q', ws('routes/2025-2026/sidorova-aa.yaml'))
    .write(ws('teachers/sidorova-aa.yaml'), teacher('sidorova-aa', '2025-11-30'))
    .write(ws('mentors/petrova-ov.yaml'), mentor('2025-11-10'))
    .commit('2025-11-10', 'Анна Петрова', 'Сидорова увольняется');
  return repo;
}
