// Init: Russian → Latin transliteration and teacher ids made from full names.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { teacherIdFromName, transliterate } from '../../src/init/transliterate.js';
import { EXAMPLE } from '../cli/helpers.js';

describe('teacherIdFromName', () => {
  it.each([
    ['Кузнецова Елена Викторовна', 'kuznetsova-ev'],
    ['Фёдорова Людмила Сергеевна', 'fedorova-ls'],
    ['Щукина', 'shchukina'],
    ['Васильева Ирина Геннадьевна', 'vasilyeva-ig'],
    ['Зайцева Ольга Константиновна', 'zaytseva-ok'],
    ['Михайлова Наталья Дмитриевна', 'mikhaylova-nd'],
    // Each initial in full, as in Latin initials (Yu. N.): the example's pavlova-yu was hand-picked.
    ['Павлова Юлия Николаевна', 'pavlova-yun'],
    ['Лебедев Артём Игоревич', 'lebedev-ai'],
    ['Соловьёв Илья Ильич', 'solovyev-ii'],
    ['Ульянова Яна Эдуардовна', 'ulyanova-yae'],
    ['Подъячева Жанна Харитоновна', 'podyacheva-zhkh'],
    ['Чернышёва Шура Цезаревна', 'chernysheva-shts'],
    ['  Кузнецова   Е. В. ', 'kuznetsova-ev'],
    ['Петрова-Водкина Анна Сергеевна', 'petrova-vodkina-as'],
    ['Smith John', 'smith-j'],
    ['', ''],
    ['«»', ''],
  ])('%s → %s', (name, id) => {
    expect(teacherIdFromName(name)).toBe(id);
  });

  it('gives the id of every other teacher of the example from their full name', () => {
    const folder = join(EXAMPLE, 'teachers');
    for (const file of readdirSync(folder).filter((name) => name !== 'pavlova-yu.yaml')) {
      const teacher = parse(readFileSync(join(folder, file), 'utf8')) as { id: string; full_name: string };
      expect(teacherIdFromName(teacher.full_name), teacher.full_name).toBe(teacher.id);
    }
  });

  it('always makes a valid id, at most 63 characters long', () => {
    const id = teacherIdFromName(`${'Щ'.repeat(40)} Юлия Юрьевна`);
    expect(id).toMatch(/^[a-z0-9][a-z0-9-]{0,62}$/);
    expect(id.endsWith('-')).toBe(false);
  });
});

describe('transliterate', () => {
  it('writes every letter of the alphabet', () => {
    expect(transliterate('абвгдеёжзийклмнопрстуфхцчшщъыьэюя')).toBe(
      'abvgdeezhziyklmnoprstufkhtschshshchyeyuya',
    );
  });

  it('reads capitals and decomposed letters (й, ё typed on a Mac) the same', () => {
    expect(transliterate('ЁЖИК')).toBe('ezhik');
    expect(transliterate('Мои\u0306 Ёлки'.normalize('NFD'))).toBe(transliterate('Мой Ёлки'));
  });

  it('sounds ь and ъ as y only before е, ё, и, о', () => {
    expect(transliterate('Васильев Ульянов Ильин Почтальон Подъезд Мальцев')).toBe(
      'vasilyev ulyanov ilyin pochtalyon podyezd maltsev',
    );
  });
});
