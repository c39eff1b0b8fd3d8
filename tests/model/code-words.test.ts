// Russian words for codes: every enumeration of the schemas has its words, every label the
// documents print reads back as its code, and a word means a code only where that code is allowed.

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeForWord, vocabularies } from '../../src/model/code-words.js';
import { categoryLabel, educationLabel, eventKindLabel, eventStageLabel, pairKindLabel, pairRoleLabel, positionLabel } from '../../src/model/labels.js';

/** Every `enum` of schemas/*.json, with where it is. */
function schemaEnums(): { where: string; codes: string[] }[] {
  const found: { where: string; codes: string[] }[] = [];
  const walk = (node: unknown, where: string): void => {
    if (Array.isArray(node)) return node.forEach((item, i) => walk(item, `${where}/${i}`));
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (Array.isArray(record['enum'])) found.push({ where, codes: record['enum'].map(String) });
    for (const [key, value] of Object.entries(record)) walk(value, `${where}/${key}`);
  };
  for (const name of readdirSync('schemas').filter((f) => f.endsWith('.schema.json'))) {
    walk(JSON.parse(readFileSync(`schemas/${name}`, 'utf8')), name);
  }
  return found;
}

describe('Russian words for codes', () => {
  const enums = schemaEnums();

  it('finds the enumerations of the schemas', () => {
    expect(enums.length).toBeGreaterThanOrEqual(15);
  });

  it.each(enums.map((e) => [e.where, e.codes] as const))('%s: every code has a Russian word', (_where, codes) => {
    const vocabulary = vocabularies().find((v) => codes.every((code) => v.includes(code)));
    expect(vocabulary, `no vocabulary in src/model/code-words.ts has all of ${codes.join(', ')}`).toBeDefined();
  });

  it('reads back every label the documents print', () => {
    const tables: [(code: string) => string, string[]][] = [
      [positionLabel, ['educator', 'senior_educator', 'junior_educator', 'music_director', 'pe_instructor', 'psychologist', 'speech_therapist', 'defectologist', 'additional_education', 'methodologist', 'tutor']],
      [categoryLabel, ['none', 'first', 'highest', 'methodist', 'mentor']],
      [educationLabel, ['higher', 'secondary_vocational', 'other']],
      [pairKindLabel, ['traditional', 'group', 'short_term', 'reverse', 'situational', 'speed', 'virtual']],
      [pairRoleLabel, ['experienced_young', 'leader_struggling', 'innovator_conservative', 'specialist_new_post']],
      [eventStageLabel, ['preparation', 'forming', 'work', 'closing', 'dissemination']],
      [eventKindLabel, ['council', 'seminar', 'master_class', 'open_lesson', 'contest', 'training', 'other']],
    ];
    for (const [label, codes] of tables) {
      for (const code of codes) expect(codeForWord(label(code), codes), label(code)).toBe(code);
    }
  });

  it('takes any case, ё or е, quotes and the word «категория»', () => {
    const categories = ['none', 'first', 'highest', 'methodist', 'mentor'];
    expect(codeForWord('первая', categories)).toBe('first');
    expect(codeForWord('Первая категория', categories)).toBe('first');
    expect(codeForWord('ВЫСШАЯ квалификационная категория', categories)).toBe('highest');
    expect(codeForWord('«Педагог-наставник»', categories)).toBe('mentor');
    expect(codeForWord('без категории', categories)).toBe('none');
    expect(codeForWord('Отменён', ['planned', 'in_progress', 'done', 'cancelled'])).toBe('cancelled');
    expect(codeForWord('выполнено', ['planned', 'in_progress', 'done', 'cancelled'])).toBe('done');
    expect(codeForWord('входная', ['entry', 'midterm', 'final'])).toBe('entry');
    expect(codeForWord('учитель – логопед', ['educator', 'speech_therapist'])).toBe(undefined);
  });

  it('gives a code only among the allowed ones', () => {
    // «методист» is a position (methodologist) and a category (methodist).
    expect(codeForWord('методист', ['none', 'first', 'highest', 'methodist', 'mentor'])).toBe('methodist');
    expect(codeForWord('методист', ['educator', 'senior_educator', 'junior_educator', 'music_director', 'pe_instructor', 'psychologist', 'speech_therapist', 'defectologist', 'additional_education', 'methodologist', 'tutor'])).toBe('methodologist');
    // An event is not «в работе».
    expect(codeForWord('в работе', ['planned', 'done', 'cancelled'])).toBe(undefined);
    expect(codeForWord('проведено', ['planned', 'done', 'cancelled'])).toBe('done');
    expect(codeForWord('что-то другое', ['entry', 'midterm', 'final'])).toBe(undefined);
  });
});
