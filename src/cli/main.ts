// CLI: parse the command line, run one command, return the exit code (0 ok, 1 problems, 2 failure).

import { Command, CommanderError, Option } from 'commander';
import { describeProblem, langFromEnv } from '../messages/index.js';
import { withChildEnv } from '../load/child-env.js';
import { forgetRealPaths } from '../load/read-within.js';
import { normalizeDay, normalizeYear } from '../model/dates.js';
import type { Lang } from '../messages/catalogue.js';
import type { Problem } from '../model/problem.js';
import { UI } from '../messages/ui.js';
import { displayPath } from './display-path.js';
import type { GlobalOptions } from './global-options.js';
import { EXIT_FAILURE, EXIT_OK, type Io } from './io.js';
import { runValidate, type ValidateCliOptions } from './validate.js';
import { DOCUMENT_OPTIONS, EDIT_OPTIONS, shared, withShared } from './shared-options.js';
import { VERSION } from './version.js';
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

/** Type-only imports: they vanish from the bundle, so no command module is loaded before it runs. */
type PlanCommandOptions = PlanCliOptions & MatchCliOptions;
type ReportCommandOptions = ReportCliOptions;
type LogCommandOptions = LogCliOptions;
type InitCommandOptions = InitCliOptions;
type RenderCommandOptions = RenderCliOptions;

export async function main(argv: readonly string[], io: Io): Promise<number> {
  // A run sees the disk as it is now, and the programs it starts (git, the browser) get the Io's
  // environment, as in a new process: main() also runs in-process (tests), many in one process.
  forgetRealPaths();
  let exitCode = EXIT_OK;
  const program = new Command('mentor')
    .description('Records, checks and documents of a kindergarten teachers’ mentoring programme')
    .version(VERSION, '-v, --version', 'print the version')
    .addOption(new Option('-V').hideHelp())
    .option('-w, --workspace <dir>', 'the workspace folder (default: the nearest folder upward with mentor.yaml)')
    .addOption(new Option('--lang <lang>', 'language of messages').choices(['ru', 'en']).default(langFromEnv(io.env)))
    .option('--no-color', 'no colours in the output')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  // -V, as commander has it by default and many tools do, stays a synonym of -v.
  program.on('option:V', () => {
    io.stdout(`${VERSION}\n`);
    throw new CommanderError(0, 'commander.version', VERSION);
  });

  program
    .command('validate')
    .description('check every record file against the schemas and the programme rules')
    .argument('[paths...]', 'only the problems of these files or folders (references still checked across the workspace)')
    .option('--strict', 'treat warnings as errors')
    .option('-q, --quiet', 'errors only; nothing at all when there is none')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'github', 'junit', 'sarif']).default('text'))
    .option('--today <date>', 'the reference date for "in the future" checks (default: today)')
    .option('--rev <rev>', 'check the records as they were at this git revision (read from the repository, nothing written)')
    .option('--changed', 'report only the problems that are new against the base (committed since it, or not committed yet), in any file')
    .option('--base <ref>', 'the base for --changed (default: the merge base with the remote default branch, else main)')
    .action(async (paths: string[], options: ValidateCliOptions) => {
      exitCode = await runValidate(program.opts<GlobalOptions>(), paths, options, io);
    });

  // plan and render load their modules (Handlebars, the catalog) only when they run.
  const plan = program
    .command('plan')
    .description("build the individual educational routes of the year's mentees, and their documents")
    .option('--teacher <ids...>', 'only these mentees')
    .option('--update', 're-plan existing routes: move overdue planned items, add activities for new deficits')
    .option('--suggest-mentors', 'list teachers who need a mentor, with eligible mentors ranked')
    .option('--assign <pairs...>', 'add a pair to a mentor\'s file: MENTEE=MENTOR')
    .addOption(new Option('-f, --format <format>', 'output format: text, or json (ids and codes, for scripts)').choices(['text', 'json']).default('text'));
  withShared(plan, 'year', 'today', 'dryRun', 'documentsOut', 'rev')
    .action(async (options: PlanCommandOptions) => {
      const globals = program.opts<GlobalOptions>();
      if (options.suggestMentors || options.assign) {
        const { runMatch } = await import('./match.js');
        exitCode = await runMatch(globals, options, io);
      } else {
        const { runPlan } = await import('./plan.js');
        exitCode = await runPlan(globals, options, io);
      }
    });

  const render = program.command('render').description('render documents from the records');
  withShared(
    render.command('roadmap').description('render the дорожная карта of the programme (events/<year>.yaml) as HTML and Markdown, PDF or Word'),
    ...DOCUMENT_OPTIONS,
  ).action(async (options: RoadmapCliOptions) => {
      const { runRenderRoadmap } = await import('./render-roadmap.js');
      exitCode = await runRenderRoadmap(program.opts<GlobalOptions>(), options, io);
    });
  withShared(
    render
      .command('route')
      .description('render the route documents of the named mentees (HTML and Markdown, PDF or Word), or of every route of the year')
      .argument('[ids...]', 'mentee ids (teacher ids); none: every route of the year'),
    ...DOCUMENT_OPTIONS,
  ).action(async (ids: string[], options: RenderCommandOptions) => {
      const { runRenderRoutes } = await import('./render.js');
      exitCode = await runRenderRoutes(program.opts<GlobalOptions>(), ids, options, io);
    });

  program
    .command('report')
    .description('the summary of the mentoring programme for a period: a document to print, or data')
    .option('--period <period>', 'e.g. 2026Q1, 2025/2026, 2025/2026Q2, 2026-01, 2026-01-01..2026-03-31 (default: the quarter of --today)')
    .option('--today <date>', 'the day the figures are counted on (default: today)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['html', 'pdf', 'docx', 'md', 'json', 'csv']).default('html'))
    .option('--out <file>', 'output file (default: out/report-<period>.html, .pdf or .docx in the workspace, stdout for the others)')
    .addOption(shared('browser'))
    .option('--anonymize', 'codes instead of people (Н-1…, М-1…), no self-assessment results: for reports that leave the kindergarten')
    .option('--csv-separator <char>', 'CSV separator: , or ;', ',')
    .addOption(shared('rev'))
    .action(async (options: ReportCommandOptions) => {
      const { runReport } = await import('./report.js');
      exitCode = await runReport(program.opts<GlobalOptions>(), options, io);
    });

  withShared(
    program
      .command('done')
      .description("mark an item of a teacher's route done (written into the route file; refused if it would add an error)")
      .argument('<teacher>', 'the mentee whose route it is (teacher id)')
      .argument('<item>', 'the item id in the route')
      .option('--on <date>', 'the day it was done (default: --today)')
      .option('--evidence <text>', 'what shows it was done, e.g. «Конспект в папке наставника»'),
    ...EDIT_OPTIONS,
  ).action(async (teacher: string, item: string, options: DoneCliOptions) => {
      const { runDone } = await import('./done.js');
      exitCode = await runDone(program.opts<GlobalOptions>(), teacher, item, options, io);
    });

  withShared(
    program
      .command('meeting')
      .description("write a meeting of a mentoring pair into the journal of the mentee's route")
      .argument('<teacher>', 'the mentee whose route it is (teacher id)')
      .requiredOption('--date <date>', 'the day of the meeting, YYYY-MM-DD')
      .requiredOption('--topic <text>', 'what the meeting was about')
      .requiredOption('--minutes <n>', 'how long it lasted, in minutes')
      .option('--form <text>', 'the form of work, e.g. консультация, практикум')
      .option('--recommendations <text>', "the mentor's recommendations"),
    ...EDIT_OPTIONS,
  ).action(async (teacher: string, options: MeetingCliOptions) => {
      const { runMeeting } = await import('./meeting.js');
      exitCode = await runMeeting(program.opts<GlobalOptions>(), teacher, options, io);
    });

  withShared(
    program
      .command('assess')
      .description("write a teacher's self-assessment into the year's diagnostics (scores 0 to 2 by direction)")
      .argument('<teacher>', 'the teacher (teacher id)')
      .argument('<scores...>', 'direction=score, e.g. documentation=0.5 family=1.5')
      .addOption(new Option('--kind <kind>', 'which self-assessment').choices(['entry', 'midterm', 'final']).makeOptionMandatory())
      .requiredOption('--date <date>', 'the day of the self-assessment, YYYY-MM-DD'),
    ...EDIT_OPTIONS,
  ).action(async (teacher: string, scores: string[], options: AssessCliOptions) => {
      const { runAssess } = await import('./assess.js');
      exitCode = await runAssess(program.opts<GlobalOptions>(), teacher, scores, options, io);
    });

  program
    .command('serve')
    .description('a web view of the workspace on this machine: figures, routes, marking items done, meetings, self-assessments')
    .option('--port <port>', 'the port to listen on', '8080')
    .option('--host <host>', 'the address to listen on; another than this machine needs --auth', '127.0.0.1')
    .option('--auth <user:password>', 'HTTP Basic password for every page')
    .option('--commit', 'make one git commit per change')
    .option('--author <name-email>', 'the author of those commits, «Name <email>» (default: git config)')
    .addOption(shared('browser'))
    .addOption(shared('today'))
    .action(async (options: ServeCliOptions) => {
      const { runServe } = await import('./serve.js');
      exitCode = await runServe(program.opts<GlobalOptions>(), options, io);
    });

  program
    .command('log')
    .description("the history of a teacher's route, mentor file and record (or of every route) from git: status changes by commit and author, back-dated marks flagged")
    .argument('[id]', 'a teacher id, or a route as 2025-2026/ivanova-ma (default: every route)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (id: string | undefined, options: LogCommandOptions) => {
      const { runLog } = await import('./log.js');
      exitCode = await runLog(program.opts<GlobalOptions>(), id, options, io);
    });

  program
    .command('init')
    .description('create a new workspace: mentor.yaml, the record folders, a README, editor, hook and CI files; never overwrites a file')
    .argument('[dir]', 'the folder of the new workspace (default: the current folder)')
    .option('--name <name>', 'full name of the kindergarten')
    .option('--short-name <name>', 'short name of the kindergarten')
    .option('--city <city>', 'town, e.g. "г. Вологда"')
    .option('--head <name>', 'full name of the head (заведующий)')
    .option('--curator <id>', "the curator's teacher id (default: made from --curator-name, e.g. kuznetsova-ev)")
    .option('--curator-name <name>', "the curator's full name: creates teachers/<curator>.yaml")
    .option('--curator-position <code>', "the curator's position code (default: senior_educator)")
    .option('--programme <title>', 'title of the mentoring programme (default: «Программа наставничества»)')
    .option('--target <share>', 'target coverage of teaching staff, 0..1 (default: 0.7)')
    .addOption(new Option('--quarters <kind>', 'quarters in reports (default: calendar)').choices(['calendar', 'academic']))
    .option('-y, --yes', 'take the defaults and ask nothing')
    .action(async (dir: string | undefined, options: InitCommandOptions) => {
      const { runInit } = await import('./init.js');
      exitCode = await runInit(program.opts<GlobalOptions>(), dir, options, io);
    });

  showHelpHintAfterErrors(program, 'mentor', UI[langOf(argv, io)]);
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
    const lang = program.opts<GlobalOptions>().lang ?? 'en';
    if (error instanceof Error && error.name === 'GitError') {
      const gitError = error as Error & { kind: string; detail: string };
      io.stderr(`${UI[lang].git(gitError.kind, gitError.detail)}\n`);
      return EXIT_FAILURE;
    }
    if (error instanceof Error && error.name === 'WriteRefused') {
      const refused = error as Error & { kind: string; path: string; at: string };
      io.stderr(`${UI[lang].writeRefused(refused.kind, displayPath(io.cwd, refused.path), displayPath(io.cwd, refused.at))}\n`);
      return EXIT_FAILURE;
    }
    if (error instanceof Error && error.name === 'NoWorkspaceAtRevision') {
      const { revision } = error as Error & { revision: { commit: string; prefix: string } };
      io.stderr(`${UI[lang].noWorkspaceAtRevision(revision.commit.slice(0, 7), revision.prefix || '.')}\n`);
      return EXIT_FAILURE;
    }
    // Render errors are named rather than imported: this module must not load Handlebars.
    const isTemplate = error instanceof Error && error.name === 'TemplateError';
    const say = isTemplate ? UI[lang].templateFailed : UI[lang].failed;
    const refusal = isTemplate ? (error as Error & { refusal?: Problem }).refusal : undefined;
    const detail = refusal ? `${refusal.file}: ${describeProblem(refusal, lang).message}` : error instanceof Error ? error.message : String(error);
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

/** The language for errors found before the options are parsed: --lang if given, else the locale. */
function langOf(argv: readonly string[], io: Io): Lang {
  const at = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const value = at < 0 ? undefined : argv[at]!.includes('=') ? argv[at]!.split('=')[1] : argv[at + 1];
  return value === 'ru' || value === 'en' ? value : langFromEnv(io.env);
}
