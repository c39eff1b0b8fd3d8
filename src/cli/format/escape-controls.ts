// CLI: text from the records made safe for a terminal — control characters and bidi overrides
// shown as escapes, so that a record cannot clear the screen, retitle the window or reorder a line.

// C0 (but tab), DEL, C1; the bidi embeddings, overrides, isolates and marks; line and paragraph
// separators. A newline is escaped too: a message must stay on its line.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/** `s` with every unsafe character as `\xNN` (up to U+00FF) or `\uNNNN`. */
export function escapeControls(s: string): string {
  return s.replace(UNSAFE, escapeOne);
}

function escapeOne(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
