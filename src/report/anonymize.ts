// Report stage (formats): the anonymised report — codes instead of names and ids, for outside use.

import { comparePeople } from './people.js';
import { generalisePositions } from './positions.js';
import type { PersonRef, Report, Risk } from './types.js';

/** The curator when they are neither mentor nor mentee, and the head: their roles, not their names. */
export const CURATOR_PLACEHOLDER = 'Куратор';
export const HEAD_PLACEHOLDER = 'Заведующий';

type Codes = ReadonlyMap<string, string>;

/**
 * The report with people as codes: mentees Н-1, Н-2…, mentors М-1, М-2…, numbered by name then id
 * once for the whole report, so a person has one code in every table. A mentor who is also a
 * mentee somewhere gets an М code. People a risk names who are in no pair (a young specialist
 * without a mentor) count as mentees. Free text that may name people goes: early-end reasons are
 * emptied, growth (self-assessment, confidential) is dropped. The head and the executor sign the
 * report and keep their names.
 */
export function anonymize(report: Report): Report {
  const codes = assignCodes(report);
  // A position held by fewer than three teachers would identify its holder: it is generalised.
  const position = generalisePositions(report.staff_by_position);
  const person = (p: PersonRef): PersonRef => ({ id: code(codes, p), name: code(codes, p), position: position(p.position) });
  const curator = report.organization.curator;
  const people = replacements(report, codes);
  return {
    ...report,
    anonymized: true,
    // The signatories (the head, the executor) keep their names: an official report is signed by name.
    organization: {
      ...report.organization,
      executor: report.organization.executor === null ? null : { ...report.organization.executor, id: '' },
      curator:
        curator === null
          ? null
          : codes.has(key(curator))
            ? person(curator)
            : { id: '', name: CURATOR_PLACEHOLDER, position: position(curator.position) },
    },
    pairs: {
      ...report.pairs,
      by_kind: report.pairs.by_kind.map((k) => ({ ...k })),
      list: report.pairs.list.map((row) => ({
        ...row,
        mentor: person(row.mentor),
        mentee: person(row.mentee),
        ended_early: row.ended_early === null ? null : { date: row.ended_early.date, reason: '' },
      })),
      groups: report.pairs.groups.map((g) => ({ ...g, mentor: person(g.mentor), mentees: g.mentees.map(person) })),
      mentor_load: report.pairs.mentor_load.map((m) => ({ ...m, mentor: person(m.mentor) })),
    },
    items: {
      ...report.items,
      by_direction: report.items.by_direction.map((d) => ({ ...d })),
      by_mentee: report.items.by_mentee.map((m) => ({ ...m, mentee: person(m.mentee) })),
    },
    meetings: { ...report.meetings, by_mentee: report.meetings.by_mentee.map((m) => ({ ...m, mentee: person(m.mentee) })) },
    growth: [],
    // Events keep their results unless one names a person; the responsible is a code, or the position.
    events: {
      ...report.events,
      list: report.events.list.map((e) => ({
        ...e,
        responsible: codes.has(key(e.responsible)) ? person(e.responsible) : { id: '', name: '', position: position(e.responsible.position) },
        result: e.result === null || !people.some((p) => mentions(e.result!, p.ref)) ? e.result : '—',
      })),
    },
    // The methodist's notes are free text that names people: the section says what the figures say.
    notes: null,
    // Comments are free text in the participants' own words: dropped.
    surveys: report.surveys.map((s) => ({ ...s, questions: s.questions.map((q) => ({ ...q })), comments: [] })),
    // The shares stay; the people they count are not listed.
    retention: {
      one_year: { ...report.retention.one_year, people: [] },
      three_years: { ...report.retention.three_years, people: [] },
    },
    risks: report.risks.map((risk) => anonymizeRisk(risk, person, people)),
  };
}

/** Everyone the report names, keyed by id (or by name when the id is empty). */
function key(p: PersonRef): string {
  return p.id === '' ? `\0${p.name}` : p.id;
}

function code(codes: Codes, p: PersonRef): string {
  return codes.get(key(p)) ?? '?';
}

function assignCodes(report: Report): Map<string, string> {
  const mentors = new Map<string, PersonRef>();
  const mentees = new Map<string, PersonRef>();
  for (const row of report.pairs.list) mentors.set(key(row.mentor), row.mentor);
  for (const m of report.pairs.mentor_load) mentors.set(key(m.mentor), m.mentor);
  for (const risk of report.risks) if (risk.code === 'mentor-over-capacity') mentors.set(key(risk.person), risk.person);
  const others = [
    ...report.pairs.list.map((row) => row.mentee),
    ...report.items.by_mentee.map((m) => m.mentee),
    ...report.meetings.by_mentee.map((m) => m.mentee),
    ...report.risks.map((r) => r.person),
  ];
  for (const p of others) if (!mentors.has(key(p))) mentees.set(key(p), p);
  const codes = new Map<string, string>();
  const number = (people: Map<string, PersonRef>, prefix: string) =>
    [...people.values()].sort(comparePeople).forEach((p, i) => codes.set(key(p), `${prefix}-${i + 1}`));
  number(mentees, 'Н');
  number(mentors, 'М');
  return codes;
}

/**
 * Risk params are counts, dates and the other person's name or id. A string that is someone's id
 * or name, or mentions one (a full name, an id, a surname), becomes that person's code (or role);
 * one naming nobody the report knows is blanked when its key says it is about a person.
 */
function anonymizeRisk(risk: Risk, person: (p: PersonRef) => PersonRef, people: readonly Replacement[]): Risk {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(risk.params)) {
    params[name] = typeof value === 'number' ? value : anonymizeText(name, value, people);
  }
  return { code: risk.code, person: person(risk.person), params };
}

const PERSON_KEY = /mentor|mentee|teacher|person|name|curator|head|who|наставн/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface Replacement {
  ref: PersonRef;
  by: string;
}

/** Everyone the report names, with what replaces them; the head is a name without an id. */
function replacements(report: Report, codes: Codes): Replacement[] {
  const coded = [
    ...report.pairs.list.flatMap((row) => [row.mentor, row.mentee]),
    ...report.pairs.mentor_load.map((m) => m.mentor),
    ...report.items.by_mentee.map((m) => m.mentee),
    ...report.meetings.by_mentee.map((m) => m.mentee),
    ...report.risks.map((r) => r.person),
  ].map((ref) => ({ ref, by: code(codes, ref) }));
  const curator = report.organization.curator;
  const roles: Replacement[] = [{ ref: { id: '', name: report.organization.head, position: '' }, by: HEAD_PLACEHOLDER }];
  if (curator !== null && !codes.has(key(curator))) roles.push({ ref: curator, by: CURATOR_PLACEHOLDER });
  return [...coded, ...roles];
}

function anonymizeText(param: string, value: string, people: readonly Replacement[]): string {
  if (value === '' || ISO_DATE.test(value)) return value;
  const text = value.trim();
  const exact = people.find((p) => text === p.ref.id || text === p.ref.name);
  if (exact !== undefined) return exact.by;
  const mentioned = people.find((p) => mentions(value, p.ref));
  if (mentioned !== undefined) return mentioned.by;
  return PERSON_KEY.test(param) ? '—' : value;
}

/**
 * A full name, an id or a surname in any case form (Петрова, Петровой, Петрову: the stem without
 * its last vowel, four letters or more) in the text; ё and е are one letter here.
 */
function mentions(text: string, p: PersonRef): boolean {
  const plain = fold(text);
  const surname = fold(p.name.trim().split(/\s+/)[0] ?? '');
  const stem = surname.replace(/[аяоеыиуюьй]+$/, '');
  return (
    (p.id !== '' && text.includes(p.id)) ||
    (p.name.trim() !== '' && plain.includes(fold(p.name.trim()))) ||
    (stem.length >= 4 && plain.includes(stem))
  );
}

function fold(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е');
}
