// CLI (serve): the changes a page can ask for — each one the edit core's, checked against the workspace
// with the edit applied and written as the CLI writes it, optionally committed.

import { addAssessment } from '../../edit/add-assessment.js';
import { addMeeting } from '../../edit/add-meeting.js';
import { changeItem, type ItemChange } from '../../edit/change-item.js';
import type { EditError, EditResult } from '../../edit/edit-result.js';
import { commitFile } from '../../load/git-commit.js';
import type { RecordFile } from '../../load/list-records.js';
import { schemaHintFor } from '../../load/schema-hint.js';
import { formatDateShort } from '../../model/russian.js';
import type { Assessment } from '../../model/types.js';
import { commitRecordEdit, readRecordText, type EditOutcome } from '../edit-record.js';
import type { WorkspaceSnapshot } from './workspace-state.js';

export type ActionOutcome = EditOutcome | { error: EditError; file: string };

export interface ActionContext {
  root: string;
  snapshot: WorkspaceSnapshot;
  /** `--commit`: one commit per change; `author` as «Name <email>». */
  commit?: { author?: string };
}

async function apply(ctx: ActionContext, file: RecordFile, oldText: string | undefined, edited: EditResult, message: string): Promise<ActionOutcome> {
  if ('error' in edited) return { error: edited.error, file: file.rel };
  const outcome = await commitRecordEdit({ root: ctx.root, file, oldText, newText: edited.text, done: message }, ctx.snapshot.result, { today: ctx.snapshot.today }, ctx.root);
  if ('written' in outcome && ctx.commit !== undefined) commitFile(ctx.root, file.rel, message, ctx.commit.author);
  return outcome;
}

const CHANGE_WORDS: Readonly<Record<string, string>> = { done: 'выполнено', in_progress: 'выполняется', planned: 'запланировано', cancelled: 'отменено' };

export async function changeRouteItem(ctx: ActionContext, file: RecordFile, itemId: string, change: ItemChange): Promise<ActionOutcome> {
  const route = ctx.snapshot.result.workspace.routes.find((r) => r.file === file.rel)!;
  const text = readRecordText(ctx.root, file.rel) ?? '';
  const what = 'due' in change ? `срок перенесён на ${formatDateShort(change.due)}` : `${CHANGE_WORDS[change.status]}${change.status === 'done' ? ` ${formatDateShort(change.on)}` : ''}`;
  return apply(ctx, file, text, changeItem(text, route.value, itemId, change), `ИОМ ${route.value.teacher}: ${itemId} — ${what}`);
}

export async function addRouteMeeting(ctx: ActionContext, file: RecordFile, meeting: Parameters<typeof addMeeting>[1]): Promise<ActionOutcome> {
  const route = ctx.snapshot.result.workspace.routes.find((r) => r.file === file.rel)!;
  const text = readRecordText(ctx.root, file.rel) ?? '';
  return apply(ctx, file, text, addMeeting(text, meeting), `ИОМ ${route.value.teacher}: встреча ${formatDateShort(meeting.date)}`);
}

export async function addSelfAssessment(ctx: ActionContext, file: RecordFile, teacher: string, year: string, assessment: Assessment): Promise<ActionOutcome> {
  const listed = ctx.snapshot.result.records.some((r) => r.file.rel === file.rel);
  const text = listed ? readRecordText(ctx.root, file.rel) : undefined;
  const record = ctx.snapshot.result.workspace.diagnostics.find((d) => d.file === file.rel)?.value;
  const existing = text !== undefined && record !== undefined ? { text, record } : undefined;
  const samples = ctx.snapshot.result.records.filter((r) => r.file.kind === 'diagnostics').map((r) => r.file.rel);
  const edited = addAssessment(existing, teacher, year, assessment, schemaHintFor(ctx.root, samples, file.rel, 'diagnostics'));
  return apply(ctx, file, text, edited, `Самооценка ${teacher}: ${assessment.kind} ${formatDateShort(assessment.date)}`);
}
