// Plan stage: why a pair cannot be proposed or written — a typed error the CLI words and reports.

/** Stable codes; the CLI words them from ASSIGN_ERROR_MESSAGES in src/plan/match-messages.ts. */
export type AssignErrorCode =
  | 'unknown-teacher'
  | 'self-mentoring'
  | 'empty-period'
  | 'yaml-invalid'
  | 'not-mentor-file'
  | 'teacher-mismatch'
  | 'pair-overlap';

export class AssignError extends Error {
  override readonly name = 'AssignError';

  constructor(
    readonly code: AssignErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${code}: ${JSON.stringify(params)}`);
  }
}
