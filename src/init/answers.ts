// Init: the answers that make a new workspace — their flags, defaults and checks, and which are missing.

import { POSITIONS, type Position } from '../model/types.js';
import { teacherIdFromName } from './transliterate.js';

export type Quarters = 'calendar' | 'academic';

/** What mentor.yaml and the curator's teacher file are made from. */
export interface InitAnswers {
  name: string;
  shortName?: string;
  city?: string;
  head: string;
  curator: string;
  /** When given, teachers/<curator>.yaml is created for the curator. */
  curatorName?: string;
  curatorPosition: Position;
  programme: string;
  target: number;
  quarters: Quarters;
}

/** The answers as typed, at a prompt or in flags, in the order they are asked. */
export const ANSWER_KEYS = [
  'name',
  'shortName',
  'city',
  'head',
  'curatorName',
  'curator',
  'curatorPosition',
  'programme',
  'target',
  'quarters',
] as const;
export type AnswerKey = (typeof ANSWER_KEYS)[number];
export type RawAnswers = Partial<Record<AnswerKey, string>>;

export const ANSWER_FLAGS: Readonly<Record<AnswerKey, string>> = {
  name: '--name',
  shortName: '--short-name',
  city: '--city',
  head: '--head',
  curatorName: '--curator-name',
  curator: '--curator',
  curatorPosition: '--curator-position',
  programme: '--programme',
  target: '--target',
  quarters: '--quarters',
};

export const DEFAULT_PROGRAMME = 'Программа наставничества';

/** Why a value cannot be used. */
export type AnswerFault = 'bad-id' | 'bad-position' | 'bad-target' | 'bad-quarters';

/** Whether teachers/<id>.yaml already exists in the new workspace's folder. */
export type HasTeacher = (id: string) => boolean;

/** The value used when none is given: a fixed default, or one derived from earlier answers. */
export function defaultAnswer(key: AnswerKey, raw: RawAnswers): string | undefined {
  switch (key) {
    case 'curator':
      return raw.curatorName === undefined ? undefined : teacherIdFromName(raw.curatorName) || undefined;
    case 'curatorPosition':
      return 'senior_educator';
    case 'programme':
      return DEFAULT_PROGRAMME;
    case 'target':
      return '0.7';
    case 'quarters':
      return 'calendar';
    default:
      return undefined;
  }
}

/**
 * Whether the value must be given. The curator's name is needed to create their teacher file,
 * unless a teacher file for the given curator id is already there.
 */
export function isRequired(key: AnswerKey, raw: RawAnswers, hasTeacher: HasTeacher): boolean {
  if (key === 'name' || key === 'head' || key === 'curator') return true;
  if (key === 'curatorName') return raw.curator === undefined || !hasTeacher(raw.curator);
  return false;
}

/** `0.7`, `0,7` or `70 %` as a share from 0 to 1; undefined when it is none of these. */
export function parseTarget(text: string): number | undefined {
  const match = /^\s*(\d+(?:[.,]\d+)?)\s*(%?)\s*$/.exec(text);
  if (!match) return undefined;
  const value = Number(match[1]!.replace(',', '.')) / (match[2] ? 100 : 1);
  return value >= 0 && value <= 1 ? Math.round(value * 1e6) / 1e6 : undefined;
}

/** What is wrong with a given value, if anything. */
export function checkAnswer(key: AnswerKey, value: string): AnswerFault | undefined {
  switch (key) {
    case 'curator':
      return /^[a-z0-9][a-z0-9-]{0,62}$/.test(value) ? undefined : 'bad-id';
    case 'curatorPosition':
      return (POSITIONS as readonly string[]).includes(value) ? undefined : 'bad-position';
    case 'target':
      return parseTarget(value) === undefined ? 'bad-target' : undefined;
    case 'quarters':
      return value === 'calendar' || value === 'academic' ? undefined : 'bad-quarters';
    default:
      return undefined;
  }
}

/** The given values, trimmed, with empty ones left out. */
export function cleanAnswers(raw: RawAnswers): RawAnswers {
  const clean: RawAnswers = {};
  for (const key of ANSWER_KEYS) {
    const value = raw[key]?.trim().replace(/\s+/g, ' ');
    if (value) clean[key] = value;
  }
  return clean;
}

export type ResolvedAnswers = { answers: InitAnswers } | { missing: AnswerKey[] };

/**
 * The answers with defaults filled in, or the required values that nobody gave. The given values
 * are those `checkAnswer` found right.
 */
export function resolveAnswers(given: RawAnswers, hasTeacher: HasTeacher): ResolvedAnswers {
  const raw = { ...given };
  for (const key of ANSWER_KEYS) {
    const value = raw[key] ?? defaultAnswer(key, raw);
    if (value !== undefined) raw[key] = value;
  }
  // Without the curator's name there is no id to derive either: asking for the name says it all.
  const missing = ANSWER_KEYS.filter((key) => raw[key] === undefined && isRequired(key, raw, hasTeacher)).filter(
    (key, _, all) => !(key === 'curator' && all.includes('curatorName')),
  );
  if (missing.length > 0 || raw.name === undefined || raw.head === undefined || raw.curator === undefined) {
    return { missing };
  }
  return {
    answers: {
      name: raw.name,
      ...(raw.shortName === undefined ? {} : { shortName: raw.shortName }),
      ...(raw.city === undefined ? {} : { city: raw.city }),
      head: raw.head,
      curator: raw.curator,
      ...(raw.curatorName === undefined ? {} : { curatorName: raw.curatorName }),
      curatorPosition: raw.curatorPosition as Position,
      programme: raw.programme ?? DEFAULT_PROGRAMME,
      target: parseTarget(raw.target ?? '') ?? 0.7,
      quarters: raw.quarters === 'academic' ? 'academic' : 'calendar',
    },
  };
}
