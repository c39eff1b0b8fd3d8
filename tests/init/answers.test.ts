// Init: the flags' defaults, checks and the list of what is missing.

import { describe, expect, it } from 'vitest';
import { checkAnswer, cleanAnswers, parseTarget, resolveAnswers } from '../../src/init/answers.js';

const none = (): boolean => false;
const REQUIRED = { name: 'Детский сад № 5', head: 'Петрова Ольга Ивановна', curatorName: 'Кузнецова Елена Викторовна' };

describe('parseTarget', () => {
  it.each([
    ['0.7', 0.7],
    ['0,7', 0.7],
    ['70 %', 0.7],
    ['70%', 0.7],
    ['1', 1],
    ['0', 0],
    [' 0.85 ', 0.85],
  ])('%j → %d', (text, value) => {
    expect(parseTarget(text)).toBe(value);
  });

  it.each(['1.5', '-0.1', '150 %', 'семьдесят', '', '0.7.1'])('refuses %j', (text) => {
    expect(parseTarget(text)).toBeUndefined();
  });
});

describe('checkAnswer', () => {
  it('checks ids, position codes, the target and the quarters', () => {
    expect(checkAnswer('curator', 'kuznetsova-ev')).toBeUndefined();
    expect(checkAnswer('curator', 'Kuznetsova')).toBe('bad-id');
    expect(checkAnswer('curatorPosition', 'methodologist')).toBeUndefined();
    expect(checkAnswer('curatorPosition', 'методист')).toBe('bad-position');
    expect(checkAnswer('target', '2')).toBe('bad-target');
    expect(checkAnswer('quarters', 'academic')).toBeUndefined();
    expect(checkAnswer('quarters', 'school')).toBe('bad-quarters');
    expect(checkAnswer('name', 'anything')).toBeUndefined();
  });
});

describe('cleanAnswers', () => {
  it('trims, folds runs of spaces and drops empty values', () => {
    expect(cleanAnswers({ name: '  Детский   сад ', city: '   ', head: '' })).toEqual({ name: 'Детский сад' });
  });
});

describe('resolveAnswers', () => {
  it('fills the defaults and derives the curator id from the name', () => {
    expect(resolveAnswers(REQUIRED, none)).toEqual({
      answers: {
        name: 'Детский сад № 5',
        head: 'Петрова Ольга Ивановна',
        curator: 'kuznetsova-ev',
        curatorName: 'Кузнецова Елена Викторовна',
        curatorPosition: 'senior_educator',
        programme: 'Программа наставничества',
        target: 0.7,
        quarters: 'calendar',
      },
    });
  });

  it('keeps what is given', () => {
    const given = { ...REQUIRED, curator: 'kuz', shortName: 'ДС № 5', city: 'г. Тотьма', curatorPosition: 'methodologist', programme: 'П', target: '80 %', quarters: 'academic' };
    expect(resolveAnswers(given, none)).toEqual({
      answers: { ...given, target: 0.8, curatorName: REQUIRED.curatorName },
    });
  });

  it('lists the required values nobody gave, naming the curator only by their name', () => {
    expect(resolveAnswers({}, none)).toEqual({ missing: ['name', 'head', 'curatorName'] });
    expect(resolveAnswers({ name: 'x', curator: 'kuz' }, none)).toEqual({ missing: ['head', 'curatorName'] });
  });

  it("needs no curator's name when their teacher file is already there", () => {
    const hasKuz = (id: string): boolean => id === 'kuz';
    const resolved = resolveAnswers({ name: 'x', head: 'y', curator: 'kuz' }, hasKuz);
    expect(resolved).toMatchObject({ answers: { curator: 'kuz' } });
    expect('answers' in resolved && 'curatorName' in resolved.answers).toBe(false);
  });

  it('asks for the id when none can be made of the name', () => {
    expect(resolveAnswers({ name: 'x', head: 'y', curatorName: '王芳' }, none)).toEqual({ missing: ['curator'] });
  });
});
