// CLI: `mentor plan --suggest-mentors` and `--assign MENTEE=MENTOR`.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaHintFor } from '../load/schema-hint.js';
import type { Lang } from '../messages/catalogue.js';
import { pluralEn } from '../messages/catalogue.js';
import { formatDateShort, pluralRu } from '../model/russian.js';
import type { Workspace } from '../model/workspace.js';
import { assignPair, proposePair } from '../plan/assign-pair.js';
import { describeAssignError } from '../plan/assign-messages.js';
import { unknownTeacher } from '../plan/propose-pair.js';
import { directionOrder } from '../plan/catalog.js';
import { describeMatchReason } from '../plan/match-messages.js';
import { evaluateMentor, suggestMentors, type MatchOptions, type MenteeSuggestion } from '../plan/match.js';
import { positionLabel } from '../model/labels.js';
import { unifiedDiff } from './diff.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_PROBLEMS, type Io } from './io.js';
import type { GlobalOptions } from './global-options.js';
import { loadWorkspaceContext, type PlanContext } from './context.js';
import { writeRecord } from './write-record.js';

export interface MatchCliOptions {
  year?: string;
  today?: string;
  dryRun?: boolean;
  suggestMentors?: boolean;
  assign?: string[];
}

export async function runMatch(globals: GlobalOptions, options: MatchCliOptions, io: Io): Promise<number> {
  const pairs = (options.assign ?? []).map((arg) => /^([a-z0-9][a-z0-9-]*)=([a-z0-9][a-z0-9-]*)$/.exec(arg));
  const bad = (options.assign ?? []).find((_, i) => pairs[i] === null);
  if (bad !== undefined) {
    io.stderr(`--assign: "${bad}" ${globals.lang === 'ru' ? '— нужно НАСТАВЛЯЕМЫЙ=НАСТАВНИК' : 'must be MENTEE=MENTOR'}\n`);
    return EXIT_FAILURE;
  }
  const loaded = await loadWorkspaceContext(globals, options, io);
  if ('exitCode' in loaded) return loaded.exitCode;
  const ctx = loaded.context;
  const matchOptions: MatchOptions = { today: ctx.today, year: ctx.year, directionOrder: directionOrder(ctx.catalog) };
  if (options.suggestMentors) printSuggestions(suggestMentors(ctx.ws, matchOptions), ctx.ws, globals.lang, io);
  let failed = false;
  for (const match of pairs) {
    if (match && !assign(ctx, matchOptions, match[1]!, match[2]!, options.dryRun === true)) failed = true;
  }
  return failed ? EXIT_PROBLEMS : EXIT_OK;
}

function printSuggestions(suggestions: readonly MenteeSuggestion[], ws: Workspace, lang: Lang, io: Io): void {
  const names = new Map(ws.teachers.map((t) => [t.value.id, t.value]));
  const who = (id: string): string => {
    const t = names.get(id);
    return t ? `${id} — ${t.full_name}, ${positionLabel(t.position)}` : id;
  };
  if (suggestions.length === 0) {
    io.stdout(`${lang === 'ru' ? 'Все, кому нужен наставник, его уже имеют' : 'Everyone who needs a mentor has one'}\n`);
    return;
  }
  for (const s of suggestions) {
    io.stdout(`${who(s.mentee)}\n`);
    for (const need of s.reasons) io.stdout(`  ${describeMatchReason(need, lang)}\n`);
    const period = `${formatDateShort(s.period.start)} – ${formatDateShort(s.period.end)}`;
    io.stdout(`  ${lang === 'ru' ? 'Период пары' : 'Pair period'}: ${period}\n`);
    if (s.candidates.length === 0) io.stdout(`  ${lang === 'ru' ? 'Подходящих наставников нет' : 'No eligible mentor'}\n`);
    s.candidates.forEach((c, i) => {
      const points = lang === 'ru' ? `${c.score} ${pluralRu(c.score, 'балл', 'балла', 'баллов')}` : `${c.score} ${pluralEn(c.score, 'point', 'points')}`;
      io.stdout(`  ${i + 1}. ${who(c.mentor)} (${points})\n`);
      for (const reason of c.reasons) io.stdout(`       ${reason.points >= 0 ? '+' : '−'} ${describeMatchReason(reason, lang)}\n`);
    });
    io.stdout(`  ${lang === 'ru' ? 'Закрепить' : 'Assign'}: mentor plan --assign ${s.mentee}=${s.candidates[0]?.mentor ?? 'MENTOR'}\n\n`);
  }
}

/** Adds one pair to the mentor's file; true when done (or shown, with --dry-run). */
function assign(ctx: PlanContext, options: MatchOptions, mentee: string, mentor: string, dryRun: boolean): boolean {
  const { io, globals } = ctx;
  const lang = globals.lang;
  // A mistyped id: the nearest teachers, before anything is weighed.
  const unknown = [mentee, mentor].find((id) => !ctx.ws.teacherIds.has(id));
  if (unknown !== undefined) {
    io.stderr(`${mentee}=${mentor}: ${describeAssignError(unknownTeacher(ctx.ws, unknown), lang)}\n`);
    return false;
  }
  const evaluation = evaluateMentor(ctx.ws, mentee, mentor, options);
  if (evaluation === undefined || evaluation.exclusions.length > 0) {
    const why = evaluation?.exclusions.map((e) => describeMatchReason(e, lang)).join('; ') ?? (lang === 'ru' ? 'нет такого педагога или периода' : 'no such teacher or period');
    io.stderr(`${mentee}=${mentor}: ${why}\n`);
    return false;
  }
  const file = `mentors/${mentor}.yaml`;
  const path = join(ctx.root, file);
  const before = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  const samples = [...ctx.ws.mentors, ...ctx.ws.teachers].map((r) => r.file);
  const proposed = proposePair(ctx.ws, mentee, mentor, ctx.today, ctx.year);
  const assigned = 'error' in proposed ? proposed : assignPair(before, mentor, proposed.pair, schemaHintFor(ctx.root, samples, file, 'mentor'));
  if ('error' in assigned) {
    io.stderr(`${file}: ${describeAssignError(assigned.error, lang)}\n`);
    return false;
  }
  const after = assigned.text;
  if (dryRun) io.stdout(unifiedDiff(before ?? '', after, before === undefined ? '/dev/null' : file, file));
  else writeRecord(path, before, after, ctx.root);
  const done = lang === 'ru' ? (dryRun ? 'Будет добавлена пара' : 'Добавлена пара') : dryRun ? 'Would add the pair' : 'Added the pair';
  const todo =
    lang === 'ru'
      ? 'впишите номер и дату доп. соглашения (agreement) и согласие наставника (consent) — ст. 351.8 ТК РФ; mentor validate напомнит'
      : 'add the agreement number and date (agreement) and the mentor’s consent (consent), Labour Code art. 351.8; mentor validate will remind you';
  io.stdout(`${done} ${mentee} → ${mentor} (${file}); ${todo}\n`);
  return true;
}
