// CLI: parse the command line, run one command, return the exit code (0 ok, 1 problems, 2 failure).
// The commands are one table (COMMANDS): name, arguments, options, description in both languages,
// and what runs; main() builds commander from it in the language of the run.

import { CommanderError, Option, type Command } from 'commander';
import { describeProblem } from '../messages/index.js';
import { normalizeDay, normalizeYear } from '../model/dates.js';
import type { Lang } from '../messages/catalogue.js';
import { USAGE, type Bilingual } from '../messages/usage.js';
import { withChildEnv } from '../load/child-env.js';
import { forgetRealPaths } from '../load/read-within.js';
import type { Problem } from '../model/problem.js';
import { UI } from '../messages/ui.js';
import { displayPath } from './display-path.js';
import type { GlobalOptions } from './global-options.js';
import { EXIT_FAILURE, EXIT_OK, type Io } from './io.js';
import { makeArgument, makeOption, MentorCommand, speak, type ArgumentSpec, type OptionSpec } from './localized-command.js';
import { runValidate, type ValidateCliOptions } from './validate.js';
import { DOCUMENT_OPTIONS, EDIT_OPTIONS, shared, type SharedOption } from './shared-options.js';
import { VERSION } from './version.js';
import { langFromArgv, langFromConfig, langFromLocale } from './workspace-lang.js';
import type { InitCliOptions } from './init.js';
import type { LogCliOptions } from './log.js';
import type { MatchCliOptions } from './match.js';
import type { PlanCliOptions } from './plan.js';
import type { AssessCliOptions } from './assess.js';
import type { DoneCliOptions } from './done.js';
import type { MeetingCliOptions } from './meeting.js';
import type { RenderCliOptions } from './render.js';
import type { RoadmapCliOptions } from './render-roadmap.js';
import type { ServeCliOptions } from './serve.js';
import type { ReportCliOptions } from './report.js';

/** A command of the table. `run` gets the arguments and options as commander parsed them. */
export interface CommandSpec {
  name: string;
  description: Bilingual;
  arguments?: readonly ArgumentSpec[];
  /** Its own options, and the shared ones by name (src/cli/shared-options.ts), in help order. */
  options?: readonly (OptionSpec | SharedOption)[];
  run?: (globals: GlobalOptions, args: never, options: never, io: Io) => Promise<number>;
  subcommands?: readonly CommandSpec[];
}

/**
 * One entry of the table, typed by its handler: the arguments and options the handler declares
 * are what commander hands it (the declarations above say which ones there are).
 */
function command<Args extends unknown[], Options>(spec: Omit<CommandSpec, 'run'> & {
  run?: (globals: GlobalOptions, args: Args, options: Options, io: Io) => Promise<number>;
}): CommandSpec {
  return spec;
}

/** The options every command takes, before or after its name. */
export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  {
    flags: '-w, --workspace <dir>',
    description: {
      en: 'the workspace folder (default: the nearest folder upward with mentor.yaml)',
      ru: 'рабочая папка (по умолчанию — ближайшая папка с mentor.yaml: текущая или выше)',
    },
  },
  {
    flags: '--lang <lang>',
    description: {
      en: 'language of messages where mentor.yaml has no settings.lang; without it, English if the locale is English, else Russian',
      ru: 'язык сообщений, если в mentor.yaml нет settings.lang; без него — английский, если система настроена на английский, иначе русский',
    },
    choices: ['ru', 'en'],
  },
  { flags: '--no-color', description: { en: 'no colours in the output', ru: 'без цвета в выводе' } },
];

const DESCRIPTION: Bilingual = {
  en: 'Records, checks and documents of a kindergarten teachers’ mentoring programme',
  ru: 'Записи, проверки и документы программы наставничества педагогов детского сада',
};

const TEACHER_ARGUMENT: ArgumentSpec = {
  name: '<teacher>',
  description: { en: 'the mentee whose route it is (teacher id)', ru: 'наставляемый, чей это маршрут (идентификатор педагога)' },
};

const DAY_OPTION = (what: Bilingual): OptionSpec => ({ flags: '--date <date>', description: what, mandatory: true });

export const COMMANDS: readonly CommandSpec[] = [
  command<[string[]], ValidateCliOptions>({
    name: 'validate',
    description: {
      en: 'check every record file against the schemas and the programme rules',
      ru: 'проверить все файлы записей по схемам и правилам программы',
    },
    arguments: [
      {
        name: '[paths...]',
        description: {
          en: 'only the problems of these files or folders (references still checked across the workspace)',
          ru: 'только проблемы этих файлов или папок (ссылки всё равно проверяются по всей рабочей папке)',
        },
      },
    ],
    options: [
      { flags: '--strict', description: { en: 'treat warnings as errors', ru: 'считать предупреждения ошибками' } },
      { flags: '-q, --quiet', description: { en: 'errors only; nothing at all when there is none', ru: 'только ошибки; если их нет, ничего не выводить' } },
      {
        flags: '-f, --format <format>',
        description: { en: 'output format', ru: 'формат вывода' },
        choices: ['text', 'json', 'github', 'junit', 'sarif'],
        default: 'text',
      },
      {
        flags: '--today <date>',
        description: {
          en: 'the reference date for "in the future" checks (default: today)',
          ru: 'дата, от которой проверяется «в будущем» (по умолчанию — сегодня)',
        },
      },
      {
        flags: '--rev <rev>',
        description: {
          en: 'check the records as they were at this git revision (read from the repository, nothing written)',
          ru: 'проверить записи такими, какими они были в этой ревизии git (читаются из репозитория, ничего не записывается)',
        },
      },
      {
        flags: '--changed',
        description: {
          en: 'report only the problems that are new against the base (committed since it, or not committed yet), in any file',
          ru: 'показать только проблемы, которых не было в базовой ревизии (закоммиченные после неё или ещё не закоммиченные), в любом файле',
        },
      },
      {
        flags: '--base <ref>',
        description: {
          en: 'the base for --changed (default: the merge base with the remote default branch, else main)',
          ru: 'базовая ревизия для --changed (по умолчанию — общий предок с основной веткой удалённого репозитория, иначе main)',
        },
      },
    ],
    run: (globals, [paths], options, io) => runValidate(globals, paths, options, io),
  }),

  // plan and the rest load their modules (Handlebars, the catalog) only when they run.
  command<[], PlanCliOptions & MatchCliOptions>({
    name: 'plan',
    description: {
      en: "build the individual educational routes of the year's mentees, and their documents",
      ru: 'составить индивидуальные образовательные маршруты наставляемых на год и их документы',
    },
    options: [
      { flags: '--teacher <ids...>', description: { en: 'only these mentees', ru: 'только эти наставляемые' } },
      {
        flags: '--update',
        description: {
          en: 're-plan existing routes: move overdue planned items, add activities for new deficits',
          ru: 'перепланировать готовые маршруты: перенести просроченные пункты, добавить мероприятия по новым дефицитам',
        },
      },
      {
        flags: '--suggest-mentors',
        description: {
          en: 'list teachers who need a mentor, with eligible mentors ranked',
          ru: 'показать педагогов, которым нужен наставник, и подходящих наставников по порядку',
        },
      },
      {
        flags: '--assign <pairs...>',
        description: { en: "add a pair to a mentor's file: MENTEE=MENTOR", ru: 'добавить пару в файл наставника: НАСТАВЛЯЕМЫЙ=НАСТАВНИК' },
      },
      {
        flags: '-f, --format <format>',
        description: {
          en: 'output format: text, or json (ids and codes, for scripts)',
          ru: 'формат вывода: text или json (идентификаторы и коды, для скриптов)',
        },
        choices: ['text', 'json'],
        default: 'text',
      },
      'year',
      'today',
      'dryRun',
      'documentsOut',
      'rev',
    ],
    run: async (globals, _args, options, io) => {
      if (options.suggestMentors || options.assign) {
        const { runMatch } = await import('./match.js');
        return runMatch(globals, options, io);
      }
      const { runPlan } = await import('./plan.js');
      return runPlan(globals, options, io);
    },
  }),

  {
    name: 'render',
    description: { en: 'render documents from the records', ru: 'сделать документы по записям' },
    subcommands: [
      command<[], RoadmapCliOptions>({
        name: 'roadmap',
        description: {
          en: 'render the дорожная карта of the programme (events/<year>.yaml) as HTML and Markdown, PDF or Word',
          ru: 'сделать дорожную карту программы (events/<год>.yaml) в HTML и Markdown, PDF или Word',
        },
        options: DOCUMENT_OPTIONS,
        run: async (globals, _args, options, io) => (await import('./render-roadmap.js')).runRenderRoadmap(globals, options, io),
      }),
      command<[string[]], RenderCliOptions>({
        name: 'route',
        description: {
          en: 'render the route documents of the named mentees (HTML and Markdown, PDF or Word), or of every route of the year',
          ru: 'сделать документы маршрутов названных наставляемых (HTML и Markdown, PDF или Word) или всех маршрутов года',
        },
        arguments: [
          {
            name: '[ids...]',
            description: {
              en: 'mentee ids (teacher ids); none: every route of the year',
              ru: 'идентификаторы наставляемых (педагогов); если не указаны — все маршруты года',
            },
          },
        ],
        options: DOCUMENT_OPTIONS,
        run: async (globals, [ids], options, io) => (await import('./render.js')).runRenderRoutes(globals, ids, options, io),
      }),
    ],
  },

  command<[], ReportCliOptions>({
    name: 'report',
    description: {
      en: 'the summary of the mentoring programme for a period: a document to print, or data',
      ru: 'сводный отчёт о наставничестве за период: документ для печати или данные',
    },
    options: [
      {
        flags: '--period <period>',
        description: {
          en: 'e.g. 2026Q1, 2025/2026, 2025/2026Q2, 2026-01, 2026-01-01..2026-03-31 (default: the quarter that ended in the last 30 days, else the current one)',
          ru: 'например 2026Q1, 2025/2026, 2025/2026Q2, 2026-01, 2026-01-01..2026-03-31 (по умолчанию — квартал, закончившийся за последние 30 дней, иначе текущий)',
        },
      },
      {
        flags: '--today <date>',
        description: { en: 'the day the figures are counted on (default: today)', ru: 'дата, на которую считаются показатели (по умолчанию — сегодня)' },
      },
      {
        flags: '-f, --format <format>',
        description: { en: 'output format', ru: 'формат вывода' },
        choices: ['html', 'pdf', 'docx', 'md', 'json', 'csv'],
        default: 'html',
      },
      {
        flags: '--out <file>',
        description: {
          en: 'output file (default: out/report-<period>.html, .pdf or .docx in the workspace, stdout for the others)',
          ru: 'файл отчёта (по умолчанию — out/report-<период>.html, .pdf или .docx в рабочей папке, для остальных форматов — стандартный вывод)',
        },
      },
      'browser',
      {
        flags: '--anonymize',
        description: {
          en: 'codes instead of people (Н-1…, М-1…), no self-assessment results: for reports that leave the kindergarten',
          ru: 'коды вместо имён (Н-1…, М-1…), без результатов самооценки: для отчётов, которые уходят из детского сада',
        },
      },
      {
        flags: '--csv-separator <char>',
        description: { en: 'CSV separator: , or ;', ru: 'разделитель CSV: , или ;' },
        default: ',',
      },
      'rev',
    ],
    run: async (globals, _args, options, io) => (await import('./report.js')).runReport(globals, options, io),
  }),

  command<[string, string], DoneCliOptions>({
    name: 'done',
    description: {
      en: "mark an item of a teacher's route done (written into the route file; refused if it would add an error)",
      ru: 'отметить пункт маршрута педагога выполненным (записывается в файл маршрута; не записывается, если добавит ошибку)',
    },
    arguments: [TEACHER_ARGUMENT, { name: '<item>', description: { en: 'the item id in the route', ru: 'идентификатор пункта в маршруте' } }],
    options: [
      { flags: '--on <date>', description: { en: 'the day it was done (default: --today)', ru: 'дата выполнения (по умолчанию — дата из --today)' } },
      {
        flags: '--evidence <text>',
        description: {
          en: 'what shows it was done, e.g. «Конспект в папке наставника»',
          ru: 'чем подтверждается выполнение, например «Конспект в папке наставника»',
        },
      },
      ...EDIT_OPTIONS,
    ],
    run: async (globals, [teacher, item], options, io) => (await import('./done.js')).runDone(globals, teacher, item, options, io),
  }),

  command<[string], MeetingCliOptions>({
    name: 'meeting',
    description: {
      en: "write a meeting of a mentoring pair into the journal of the mentee's route",
      ru: 'записать встречу наставнической пары в журнал маршрута наставляемого',
    },
    arguments: [TEACHER_ARGUMENT],
    options: [
      DAY_OPTION({ en: 'the day of the meeting, 2026-03-20 or 20.03.2026', ru: 'дата встречи, 2026-03-20 или 20.03.2026' }),
      { flags: '--topic <text>', description: { en: 'what the meeting was about', ru: 'тема встречи' }, mandatory: true },
      { flags: '--minutes <n>', description: { en: 'how long it lasted, in minutes', ru: 'сколько она длилась, в минутах' }, mandatory: true },
      { flags: '--form <text>', description: { en: 'the form of work, e.g. консультация, практикум', ru: 'форма работы, например консультация, практикум' } },
      { flags: '--recommendations <text>', description: { en: "the mentor's recommendations", ru: 'рекомендации наставника' } },
      ...EDIT_OPTIONS,
    ],
    run: async (globals, [teacher], options, io) => (await import('./meeting.js')).runMeeting(globals, teacher, options, io),
  }),

  command<[string, string[]], AssessCliOptions>({
    name: 'assess',
    description: {
      en: "write a teacher's self-assessment into the year's diagnostics (scores 0 to 2 by direction)",
      ru: 'записать самооценку педагога в диагностику года (баллы от 0 до 2 по направлениям)',
    },
    arguments: [
      { name: '<teacher>', description: { en: 'the teacher (teacher id)', ru: 'педагог (идентификатор педагога)' } },
      {
        name: '<scores...>',
        description: { en: 'direction=score, e.g. documentation=0.5 family=1.5', ru: 'направление=балл, например documentation=0.5 family=1.5' },
      },
    ],
    options: [
      {
        flags: '--kind <kind>',
        description: { en: 'which self-assessment', ru: 'какая самооценка: входная, промежуточная или итоговая' },
        choices: ['entry', 'midterm', 'final'],
        mandatory: true,
      },
      DAY_OPTION({ en: 'the day of the self-assessment, 2026-03-20 or 20.03.2026', ru: 'дата самооценки, 2026-03-20 или 20.03.2026' }),
      ...EDIT_OPTIONS,
    ],
    run: async (globals, [teacher, scores], options, io) => (await import('./assess.js')).runAssess(globals, teacher, scores, options, io),
  }),

  command<[], ServeCliOptions>({
    name: 'serve',
    description: {
      en: 'a web view of the workspace on this machine: figures, routes, marking items done, meetings, self-assessments',
      ru: 'веб-страницы рабочей папки на этом компьютере: показатели, маршруты, отметки о выполнении, встречи, самооценки',
    },
    options: [
      { flags: '--port <port>', description: { en: 'the port to listen on', ru: 'порт' }, default: '8080' },
      {
        flags: '--host <host>',
        description: {
          en: 'the address to listen on; another than this machine needs --auth',
          ru: 'адрес, на котором ждать подключений; для адреса, доступного с других компьютеров, нужен --auth',
        },
        default: '127.0.0.1',
      },
      { flags: '--auth <user:password>', description: { en: 'HTTP Basic password for every page', ru: 'пароль HTTP Basic для всех страниц' } },
      { flags: '--commit', description: { en: 'make one git commit per change', ru: 'делать коммит git на каждое изменение' } },
      {
        flags: '--author <name-email>',
        description: {
          en: 'the author of those commits, «Name <email>» (default: git config)',
          ru: 'автор этих коммитов, «Имя <почта>» (по умолчанию — из настроек git)',
        },
      },
      'browser',
      'today',
    ],
    run: async (globals, _args, options, io) => (await import('./serve.js')).runServe(globals, options, io),
  }),

  command<[string | undefined], LogCliOptions>({
    name: 'log',
    description: {
      en: "the history of a teacher's route, mentor file and record (or of every route) from git: status changes by commit and author, back-dated marks flagged",
      ru: 'история маршрута, файла наставника и карточки педагога (или всех маршрутов) по git: изменения статусов по коммитам и авторам, с пометкой задним числом сделанных отметок',
    },
    arguments: [
      {
        name: '[id]',
        description: {
          en: 'a teacher id, or a route as 2025-2026/ivanova-ma (default: every route)',
          ru: 'идентификатор педагога или маршрут вида 2025-2026/ivanova-ma (по умолчанию — все маршруты)',
        },
      },
    ],
    options: [{ flags: '-f, --format <format>', description: { en: 'output format', ru: 'формат вывода' }, choices: ['text', 'json'], default: 'text' }],
    run: async (globals, [id], options, io) => (await import('./log.js')).runLog(globals, id, options, io),
  }),

  command<[string | undefined], InitCliOptions>({
    name: 'init',
    description: {
      en: 'create a new workspace: mentor.yaml, the record folders, a README, editor, hook and CI files; never overwrites a file',
      ru: 'создать новую рабочую папку: mentor.yaml, папки записей, README, файлы для редактора, хука git и CI; существующие файлы не перезаписываются',
    },
    arguments: [
      {
        name: '[dir]',
        description: { en: 'the folder of the new workspace (default: the current folder)', ru: 'папка новой рабочей папки (по умолчанию — текущая)' },
      },
    ],
    options: [
      { flags: '--name <name>', description: { en: 'full name of the kindergarten', ru: 'полное название детского сада' } },
      { flags: '--short-name <name>', description: { en: 'short name of the kindergarten', ru: 'краткое название детского сада' } },
      { flags: '--city <city>', description: { en: 'town, e.g. "г. Вологда"', ru: 'населённый пункт, например «г. Вологда»' } },
      { flags: '--head <name>', description: { en: 'full name of the head (заведующий)', ru: 'ФИО заведующего' } },
      {
        flags: '--curator <id>',
        description: {
          en: "the curator's teacher id (default: made from --curator-name, e.g. kuznetsova-ev)",
          ru: 'идентификатор куратора (по умолчанию — из --curator-name, например kuznetsova-ev)',
        },
      },
      {
        flags: '--curator-name <name>',
        description: { en: "the curator's full name: creates teachers/<curator>.yaml", ru: 'ФИО куратора: создаётся teachers/<куратор>.yaml' },
      },
      {
        flags: '--curator-position <code>',
        description: { en: "the curator's position code (default: senior_educator)", ru: 'код должности куратора (по умолчанию senior_educator)' },
      },
      {
        flags: '--programme <title>',
        description: {
          en: 'title of the mentoring programme (default: «Программа наставничества»)',
          ru: 'название программы наставничества (по умолчанию «Программа наставничества»)',
        },
      },
      {
        flags: '--target <share>',
        description: {
          en: 'target coverage of teaching staff, 0..1 (default: 0.7)',
          ru: 'целевая доля педагогов, охваченных наставничеством, от 0 до 1 (по умолчанию 0.7)',
        },
      },
      {
        flags: '--quarters <kind>',
        description: {
          en: 'quarters in reports (default: calendar)',
          ru: 'кварталы в отчётах: calendar — календарные, academic — учебные (по умолчанию calendar)',
        },
        choices: ['calendar', 'academic'],
      },
      { flags: '-y, --yes', description: { en: 'take the defaults and ask nothing', ru: 'принять значения по умолчанию и ничего не спрашивать' } },
    ],
    run: async (globals, [dir], options, io) => (await import('./init.js')).runInit(globals, dir, options, io),
  }),
];

export async function main(argv: readonly string[], io: Io): Promise<number> {
  // A run sees the disk as it is now, and the programs it starts (git, the browser) get the Io's
  // environment, as in a new process: main() also runs in-process (tests), many in one process.
  forgetRealPaths();
  let exitCode = EXIT_OK;
  // settings.lang of the workspace, then --lang, then the locale (src/cli/workspace-lang.ts).
  const configLang = langFromConfig(argv, io);
  const lang = configLang ?? langFromArgv(argv) ?? langFromLocale(io.env);
  const program = new MentorCommand('mentor', lang)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  speak(program);
  program.description(DESCRIPTION[lang]).version(VERSION, '-v, --version', USAGE[lang].version).addOption(new Option('-V').hideHelp());
  for (const spec of GLOBAL_OPTIONS) program.addOption(makeOption(spec, lang));
  // globals.lang: settings.lang where mentor.yaml has one, else --lang, else the locale. Commands
  // that read the workspace (at --rev, as it was then) set it again from what they read.
  program.setOptionValueWithSource('lang', langFromLocale(io.env), 'default');
  program.hook('preAction', () => {
    if (configLang !== undefined) program.setOptionValue('lang', configLang);
  });
  // -V, as commander has it by default and many tools do, stays a synonym of -v.
  program.on('option:V', () => {
    io.stdout(`${VERSION}\n`);
    throw new CommanderError(0, 'commander.version', VERSION);
  });

  const declare = (parent: MentorCommand, spec: CommandSpec): void => {
    const sub = parent.command(spec.name).description(spec.description[lang]) as MentorCommand;
    for (const argument of spec.arguments ?? []) sub.addArgument(makeArgument(argument, lang));
    for (const option of spec.options ?? []) sub.addOption(makeOption(typeof option === 'string' ? shared(option) : option, lang));
    for (const child of spec.subcommands ?? []) declare(sub, child);
    const run = spec.run;
    if (run) {
      sub.action(async (...parsed: unknown[]) => {
        // commander passes the arguments, then the options, then the command itself.
        const args = parsed.slice(0, -2);
        exitCode = await run(program.opts<GlobalOptions>(), args as never, parsed.at(-2) as never, io);
      });
    }
  };
  for (const spec of COMMANDS) declare(program, spec);

  showHelpHintAfterErrors(program, 'mentor', UI[lang]);
  acceptDayForms(program);
  try {
    await withChildEnv(io.env, () => program.parseAsync(argv, { from: 'user' }));
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0
        ? EXIT_OK
        : EXIT_FAILURE;
    }
    const said = program.opts<GlobalOptions>().lang ?? lang;
    const ui = UI[said];
    if (error instanceof Error && error.name === 'GitError') {
      const gitError = error as Error & { kind: string; detail: string };
      io.stderr(`${ui.git(gitError.kind, gitError.detail)}\n`);
      return EXIT_FAILURE;
    }
    if (error instanceof Error && error.name === 'WriteRefused') {
      const refused = error as Error & { kind: string; path: string; at: string };
      io.stderr(`${ui.writeRefused(refused.kind, displayPath(io.cwd, refused.path), displayPath(io.cwd, refused.at))}\n`);
      return EXIT_FAILURE;
    }
    if (error instanceof Error && error.name === 'NoWorkspaceAtRevision') {
      const { revision } = error as Error & { revision: { commit: string; prefix: string } };
      io.stderr(`${ui.noWorkspaceAtRevision(revision.commit.slice(0, 7), revision.prefix || '.')}\n`);
      return EXIT_FAILURE;
    }
    // Render errors are named rather than imported: this module must not load Handlebars.
    const isTemplate = error instanceof Error && error.name === 'TemplateError';
    const say = isTemplate ? ui.templateFailed : ui.failed;
    const refusal = isTemplate ? (error as Error & { refusal?: Problem }).refusal : undefined;
    const detail = refusal ? `${refusal.file}: ${describeProblem(refusal, said).message}` : error instanceof Error ? error.message : String(error);
    io.stderr(`${say(detail)}\n`);
    return EXIT_FAILURE;
  }
}

/** Every day option takes 2026-03-20 and 20.03.2026; every --year takes 2025/2026 and 2025-2026. */
function acceptDayForms(command: Command): void {
  for (const option of command.options) {
    if (['--today', '--on', '--date', '--due'].includes(option.long ?? '')) option.argParser(normalizeDay);
    if (option.long === '--year') option.argParser(normalizeYear);
  }
  for (const sub of command.commands) acceptDayForms(sub);
}

/** A usage error prints its one line and where to read more, not the whole help. */
function showHelpHintAfterErrors(command: Command, path: string, ui: (typeof UI)[Lang]): void {
  command.showHelpAfterError(ui.seeHelp(path));
  for (const sub of command.commands) showHelpHintAfterErrors(sub, `${path} ${sub.name()}`, ui);
}
