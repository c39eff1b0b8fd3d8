// Model: days and academic years in the forms people type them.

import { describe, expect, it } from 'vitest';
import { normalizeDay, normalizeYear } from '../../src/model/dates.js';

describe('normalizeDay', () => {
  it('reads the Russian form, with or without leading zeros, and leaves the rest as typed', () => {
    expect(normalizeDay('20.03.2026')).toBe('2026-03-20');
    expect(normalizeDay('5.9.2025')).toBe('2025-09-05');
    expect(normalizeDay(' 2026-03-20 ')).toBe('2026-03-20');
    expect(normalizeDay('32.03.2026')).toBe('32.03.2026');
    expect(normalizeDay('29.02.2025')).toBe('29.02.2025');
    expect(normalizeDay('20/03/2026')).toBe('20/03/2026');
  });
});

describe('normalizeYear', () => {
  it('takes a slash, a hyphen or a dash between the years', () => {
    for (const text of ['2025/2026', '2025-2026', '2025–2026', '2025 — 2026']) expect(normalizeYear(text)).toBe('2025/2026');
    expect(normalizeYear('2025')).toBe('2025');
  });
});
