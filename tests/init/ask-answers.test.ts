// Init: the questions at a terminal — defaults on Enter, refused answers asked again, the end of input.

import { describe, expect, it } from 'vitest';
import { askAnswers, InputClosedError, type Asker } from '../../src/init/ask-answers.js';
import { INIT_TEXT } from '../../src/init/messages.js';

/** An asker that answers from a script and records every question and remark. */
function scripted(answers: string[]): Asker & { log: string[] } {
  const log: string[] = [];
  return {
    log,
    ask: (question) => {
      log.push(`? ${question}`);
      return Promise.resolve(answers.shift());
    },
    say: (line) => log.push(`! ${line}`),
  };
}

const none = (): boolean => false;

describe('askAnswers', () => {
  it('asks every value not given, in order, and Enter takes the default', async () => {
    const asker = scripted(['Детский сад № 5', '', 'г. Тотьма', 'Петрова Ольга Ивановна', 'Фёдорова Людмила Сергеевна', '', '', '', '', '']);
    const raw = await askAnswers({}, none, asker, INIT_TEXT.en);
    expect(raw).toEqual({
      name: 'Детский сад № 5',
      city: 'г. Тотьма',
      head: 'Петрова Ольга Ивановна',
      curatorName: 'Фёдорова Людмила Сергеевна',
      curator: 'fedorova-ls',
      curatorPosition: 'senior_educator',
      programme: 'Программа наставничества',
      target: '0.7',
      quarters: 'calendar',
    });
    expect(asker.log.filter((line) => line.startsWith('?'))).toHaveLength(10);
    expect(asker.log).toContain("? The curator's id (Latin: surname and initials) [fedorova-ls]: ");
    expect(asker.log).toContain('? Short name, e.g. МБДОУ «Детский сад № 12» (optional): ');
  });

  it('skips what the flags gave', async () => {
    const asker = scripted(['', '', '', '', '', '']);
    await askAnswers({ name: 'x', head: 'y', curatorName: 'Щукина', programme: 'П' }, none, asker, INIT_TEXT.en);
    expect(asker.log.map((line) => line.slice(0, 12))).toEqual([
      '? Short name',
      '? Town, e.g.',
      "? The curato",
      "? The curato",
      '? Target sha',
      '? Quarters i',
    ]);
  });

  it('asks a required value again after an empty line, and a wrong one after saying why', async () => {
    const asker = scripted(['', 'Детский сад', '', '', 'Петрова О. И.', 'Щукина', 'Shchukina', 'shchukina', 'завхоз', 'methodologist', '', '2', '0,8', 'school', 'academic']);
    const raw = await askAnswers({}, none, asker, INIT_TEXT.ru);
    expect(raw).toMatchObject({ name: 'Детский сад', curator: 'shchukina', curatorPosition: 'methodologist', target: '0,8', quarters: 'academic' });
    const remarks = asker.log.filter((line) => line.startsWith('!'));
    expect(remarks).toEqual([
      '! Это значение обязательно.',
      '! --curator: «Shchukina» — не идентификатор: только строчные латинские буквы, цифры и дефис (например, kuznetsova-ev).',
      expect.stringContaining('! --curator-position: «завхоз» — не код должности'),
      '! --target: «2» — не доля от 0 до 1 (например, 0.7 или 70 %).',
      '! --quarters: «school» — допустимы только calendar и academic.',
    ]);
  });

  it("does not ask the curator's name when their teacher file is there", async () => {
    const asker = scripted(['', '', '', '', '', '']);
    const raw = await askAnswers({ name: 'x', head: 'y', curator: 'kuz' }, (id) => id === 'kuz', asker, INIT_TEXT.en);
    expect(raw.curatorName).toBeUndefined();
    expect(asker.log.some((line) => line.includes('Full name of the programme'))).toBe(false);
  });

  it('stops when the input ends', async () => {
    await expect(askAnswers({}, none, scripted(['Детский сад']), INIT_TEXT.en)).rejects.toBeInstanceOf(InputClosedError);
  });
});
