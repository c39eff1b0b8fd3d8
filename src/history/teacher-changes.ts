// History stage: what changed in a teacher's record that `log` follows — the date they left. Pure.

import { makeChange, text, type Change } from './change.js';

export function teacherChanges(before: Record<string, unknown> | undefined, after: Record<string, unknown>): Change[] {
  const was = text(before?.['left']);
  const now = text(after['left']);
  if (was === now) return [];
  return [now === undefined ? makeChange('left-cleared', { from: was }) : makeChange('left-set', { from: was, to: now })];
}
