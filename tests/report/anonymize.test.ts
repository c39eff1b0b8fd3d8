import { describe, expect, it } from 'vitest';
import { anonymize } from '../../src/report/anonymize.js';
import { joinCsvForStdout, reportToCsv } from '../../src/report/csv.js';
import { toJson } from '../../src/report/json.js';
import { renderReport } from '../../src/report/render-report.js';
import type { Report } from '../../src/report/types.js';
import { HEAD, PEOPLE, sampleReport } from './formats-fixture.js';

/**
 * Every id, full name, and each word of a name (surname, given name, patronymic) of the original,
 * but the signatories' names: the head and the executor (Кузнецова) sign by name.
 */
function identifiers(): string[] {
  const people = Object.values(PEOPLE)
    .filter((p) => p.id !== 'kuznetsova-ev')
    .flatMap((p) => [p.id, p.name]);
  const signatories = new Set([HEAD, PEOPLE.kuznetsova.name].flatMap((name) => name.split(/\s+/)));
  const words = people.flatMap((text) => text.split(/\s+/)).filter((word) => !signatories.has(word));
  return [...new Set([...people, ...words])];
}

/** Every format of a report, as the CLI would write it. */
function allFormats(report: Report): Record<string, string> {
  return {
    json: toJson(report),
    'csv ,': joinCsvForStdout(reportToCsv(report, { separator: ',' })),
    'csv ;': joinCsvForStdout(reportToCsv(report, { separator: ';' })),
    html: renderReport(report, 'html'),
    md: renderReport(report, 'md'),
  };
}

describe('anonymize', () => {
  const original = sampleReport();
  const report = anonymize(original);

  it('numbers mentees Н-1… and mentors М-1… by name, the same code in every table', () => {
    expect(report.anonymized).toBe(true);
    expect(report.pairs.list.map((p) => `${p.mentor.name} → ${p.mentee.name}`)).toEqual([
      'М-1 → Н-7', // Васильева → Соколова
      'М-2 → Н-4', // Громова → Лебедев
      'М-3 → Н-3', // Петрова → Иванова
      'М-4 → Н-1', // Смирнова → Белова
      'М-4 → Н-5', // Смирнова → Орлова
      'М-5 → Н-2', // Фёдорова → Зайцева
    ]);
    expect(report.items.by_mentee.map((m) => m.mentee.id)).toEqual(['Н-1', 'Н-2', 'Н-3', 'Н-4', 'Н-5', 'Н-7']);
    expect(report.meetings.by_mentee.map((m) => m.mentee.name)).toEqual(['Н-1', 'Н-2', 'Н-3', 'Н-4', 'Н-5', 'Н-7']);
    expect(report.pairs.mentor_load.map((m) => m.mentor.id)).toEqual(['М-1', 'М-2', 'М-3', 'М-4', 'М-5']);
    // Павлова, a young specialist with no mentor, is named only by a risk.
    expect(report.risks.find((r) => r.code === 'young-specialist-without-mentor')?.person.id).toBe('Н-6');
  });

  it('replaces id and name alike, and generalises a position held by fewer than three', () => {
    // One PE instructor on the staff: «педагог-специалист» (five specialists in all); nine educators stay.
    expect(report.pairs.list[1]!.mentee).toEqual({ id: 'Н-4', name: 'Н-4', position: 'педагог-специалист' });
    expect(report.pairs.list[2]!.mentee.position).toBe('воспитатель');
  });

  it('keeps the signatories (head, executor) by name, and turns a curator outside the pairs into the role', () => {
    expect(report.organization.head).toBe(HEAD);
    expect(report.organization.executor).toEqual({ id: '', name: 'Кузнецова Елена Викторовна', position: 'старший воспитатель', phone: '+7 (8172) 00-00-00' });
    // The only senior educator is «педагог» when anonymised.
    expect(report.organization.curator).toEqual({ id: '', name: 'Куратор', position: 'педагог' });
  });

  it('gives a curator who is a mentor their code', () => {
    const withMentorCurator = sampleReport();
    withMentorCurator.organization.curator = { ...PEOPLE.petrova };
    expect(anonymize(withMentorCurator).organization.curator).toEqual({ id: 'М-3', name: 'М-3', position: 'воспитатель' });
  });

  it('drops the early-end reasons and the growth, and codes the names in risk params', () => {
    expect(report.pairs.list[4]!.ended_early).toEqual({ date: '2026-01-20', reason: '' });
    expect(report.growth).toEqual([]);
    expect(report.risks.find((r) => r.code === 'pair-ending-unfinished')?.params).toEqual({ end: '2026-04-30', open: 4, mentor: 'М-5' });
  });

  it('codes an id or a name in any param, and blanks a stranger in a param about a person', () => {
    const changed = sampleReport();
    changed.risks = [
      { code: 'stalled-route', person: PEOPLE.ivanova, params: { since: '2026-01-10', other: 'petrova-ov', note: 'с Петровой О. В.' } },
      { code: 'pair-ending-unfinished', person: PEOPLE.ivanova, params: { end: '2026-04-30', open: 1, mentor: 'Неизвестная Анна' } },
    ];
    const risks = anonymize(changed).risks;
    expect(risks[0]!.params).toEqual({ since: '2026-01-10', other: 'М-3', note: 'М-3' });
    expect(risks[1]!.params['mentor']).toBe('—');
  });

  it('leaves the original report as it was', () => {
    expect(original).toEqual(sampleReport());
  });

  it('is stable: the same report gives the same codes', () => {
    expect(anonymize(sampleReport())).toEqual(report);
  });
});

describe('an anonymised report in every format', () => {
  const formats = allFormats(anonymize(sampleReport()));

  it.each(Object.keys(formats))('%s holds no name, surname, given name or id of the original', (format) => {
    const text = formats[format]!;
    const leaks = identifiers().filter((word) => text.includes(word));
    expect(leaks).toEqual([]);
    expect(text).not.toContain('kuznetsova-ev');
    expect(text).not.toContain('увольнение');
  });

  it('and the originals do hold them (the search works)', () => {
    const plain = allFormats(sampleReport());
    for (const format of ['json', 'html', 'md']) {
      expect(plain[format]).toContain('Иванова');
      expect(plain[format]).toContain('Кузнецова');
    }
    expect(plain['json']).toContain(HEAD);
    expect(plain['json']).toContain('ivanova-ma');
  });
});
