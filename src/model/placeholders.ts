// Model: the values `mentor init` wrote as placeholders (marked `# уточните`), which no figure,
// risk or suggestion may count until the methodist fills them in.

/** The word of the mark: a comment `# уточните` on the value's line. */
export const PLACEHOLDER_MARK = 'уточните';

/** JSON pointers of the placeholders of each record value, set when the workspace is built. */
const MARKED = new WeakMap<object, readonly string[]>();

/** Records the placeholders (JSON pointers) of a record's value. */
export function markPlaceholders(value: unknown, pointers: readonly string[]): void {
  if (pointers.length > 0 && typeof value === 'object' && value !== null) MARKED.set(value, pointers);
}

/** The placeholders (JSON pointers) of a record's value; empty when it has none. */
export function placeholdersOf(value: unknown): readonly string[] {
  return typeof value === 'object' && value !== null ? (MARKED.get(value) ?? []) : [];
}

/** Whether the field (a top-level key) or anything in it is a placeholder. */
export function isPlaceholder(value: unknown, field: string): boolean {
  return placeholdersOf(value).some((p) => p === `/${field}` || p.startsWith(`/${field}/`));
}

/**
 * A teacher whose hire date or experience is a placeholder: her experience is not known, so she
 * is neither a young specialist nor a newcomer, and no candidate mentor, until it is filled in.
 */
export function experienceUnknown(teacher: object): boolean {
  return isPlaceholder(teacher, 'hired') || isPlaceholder(teacher, 'experience');
}
