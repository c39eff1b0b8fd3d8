// Unit tests: a teacher whose hire date or experience is a placeholder of mentor init needs no
// mentor, is no young specialist, and is left out of the risks that her placeholders would raise.

import { describe, expect, it } from 'vitest';
import { mentorNeeds } from '../../src/model/mentor-need.js';
import { experienceUnknown, isPlaceholder, markPlaceholders, placeholdersOf } from '../../src/model/placeholders.js';
import { DEFAULT_SETTINGS, type Teacher } from '../../src/model/types.js';
import { isEmployedDuring, isYoungSpecialist } from '../../src/report/staff.js';
import { parsePeriod } from '../../src/report/period.js';

const curator = (): Teacher => ({
  id: 'kuznetsova-ev',
  full_name: 'Кузнецова Елена Викторовна',
  position: 'senior_educator',
  hired: '2026-11-28',
  experience: { years: 0, as_of: '2026-11-28' },
  education: { level: 'higher', institution: 'уточните', year: 2026, specialty: 'уточните' },
  category: 'none',
});

describe('placeholders', () => {
  it('are remembered per record value, by field and below it', () => {
    const teacher = curator();
    markPlaceholders(teacher, ['/hired', '/education/institution']);
    expect(placeholdersOf(teacher)).toEqual(['/hired', '/education/institution']);
    expect([isPlaceholder(teacher, 'hired'), isPlaceholder(teacher, 'education'), isPlaceholder(teacher, 'experience')]).toEqual([true, true, false]);
    expect(experienceUnknown(teacher)).toBe(true);
    expect(placeholdersOf(curator())).toEqual([]);
  });

  it('make no young specialist or newcomer, while the same values written out do', () => {
    const period = parsePeriod('2026Q4')!;
    const written = curator();
    expect(mentorNeeds(written, DEFAULT_SETTINGS, '2026-12-01').map((n) => n.code)).toEqual(['young_specialist', 'newcomer']);
    expect(isYoungSpecialist(written, period, DEFAULT_SETTINGS, '2026-12-01')).toBe(true);
    const marked = curator();
    markPlaceholders(marked, ['/hired', '/experience']);
    expect(mentorNeeds(marked, DEFAULT_SETTINGS, '2026-12-01')).toEqual([]);
    expect(isYoungSpecialist(marked, period, DEFAULT_SETTINGS, '2026-12-01')).toBe(false);
  });

  it('leave her in the staff of a period before the placeholder hire date', () => {
    const before = parsePeriod('2026Q3')!;
    expect(isEmployedDuring(curator(), before)).toBe(false);
    const marked = curator();
    markPlaceholders(marked, ['/hired']);
    expect(isEmployedDuring(marked, before)).toBe(true);
  });
});
