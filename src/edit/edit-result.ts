// Edit stage: what an edit of a record's text gives — the new text, or why it cannot be made.

export type EditError =
  /** No item of that id in the route; `suggestion`: the nearest ids, comma-separated. */
  | { kind: 'no-item'; id: string; suggestion: string }
  /** The record uses a YAML alias: an edit could change another value through it. */
  | { kind: 'alias'; alias: string; line: number }
  /** The diagnostics of the year already hold an assessment of that kind. */
  | { kind: 'assessment-exists'; assessment: string; date: string };

export type EditResult = { text: string } | { error: EditError };
