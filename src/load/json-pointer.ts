// Load stage: JSON pointers into a record, and the place in its text that one points at.

export interface Position {
  line: number;
  column: number;
}

/** One segment of a JSON pointer (RFC 6901): `~` and `/` escaped. */
export function pointerSegment(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Splits a JSON pointer (RFC 6901) into its unescaped segments. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
