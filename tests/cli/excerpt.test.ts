// Unit tests of excerpts: a window around the spot on long lines, and escapes that keep the marker aligned.

import { describe, expect, it } from 'vitest';
import { escapeControls } from '../../src/cli/format/escape-controls.js';
import { EXCERPT_WIDTH, excerpt } from '../../src/cli/format/excerpt.js';

describe('excerpt', () => {
  it('shows a short line whole, with the marker under the token', () => {
    expect(excerpt('id: a\nmentor: petrova-ov\n', 2, 9)).toEqual(['  |', '1 | id: a', '2 | mentor: petrova-ov', '  |         ^^^^^^^^^^']);
  });

  it('cuts a long line to a window around the spot, marking both cuts', () => {
    const line = `expertise: [${Array.from({ length: 5000 }, (_, i) => `x${i}`).join(', ')}]`;
    const column = line.indexOf('x2500') + 1;
    const [, , shown, marker] = excerpt(`id: a\n${line}\n`, 2, column);
    expect(shown!.length).toBeLessThanOrEqual(EXCERPT_WIDTH + 6);
    expect(shown).toMatch(/^2 \| ….*x2500.*…$/);
    expect(marker!.indexOf('^')).toBe(shown!.indexOf('x2500'));
    expect(marker).toMatch(/\^{5}$/);
  });

  it('escapes control characters and keeps the marker under the token', () => {
    const [, , shown, marker] = excerpt('id: a\nfull_name: \x1b[2Jx: "b\u202ec"\n', 2, 19);
    expect(shown).toBe('2 | full_name: \\x1b[2Jx: "b\\u202ec"');
    expect(marker).toBe(`  | ${' '.repeat(21)}${'^'.repeat(10)}`);
  });
});

describe('escapeControls', () => {
  it('escapes C0, DEL, C1, bidi controls and line breaks; leaves tabs and text alone', () => {
    expect(escapeControls('a\x07b\x7fc\x9bd\u202ee\u2066f\ng\th Ёжик «ёлка»')).toBe('a\\x07b\\x7fc\\x9bd\\u202ee\\u2066f\\x0ag\th Ёжик «ёлка»');
  });
});
