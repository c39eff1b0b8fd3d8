// Plan stage: editing YAML text in place — only the changed bytes, so comments, quotes, spacing
// and order stay as the user wrote them.

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { YamlEdit } from '../../src/load/yaml-edit.js';

function edited(text: string, change: (edit: YamlEdit) => void): string {
  const edit = new YamlEdit(text);
  change(edit);
  return edit.toString();
}

describe('YamlEdit without edits', () => {
  it('gives back the text byte for byte', () => {
    const text = '# комментарий\nkey:   "value"   # trailing\nlist: [a,b]\n';
    expect(new YamlEdit(text).toString()).toBe(text);
  });
});

describe('YamlEdit.setScalar', () => {
  it('replaces only the value, keeping the comment after it', () => {
    const text = 'items:\n  - id: a\n    due: 2026-02-28   # не выполнено в срок\n    status: planned\n';
    expect(edited(text, (e) => e.setScalar(['items', 0, 'due'], '2026-03-31'))).toBe(
      'items:\n  - id: a\n    due: 2026-03-31   # не выполнено в срок\n    status: planned\n',
    );
  });

  it('replaces a quoted value with a plain one when that reads the same', () => {
    expect(edited('due: "2026-02-28"\n', (e) => e.setScalar(['due'], '2026-03-31'))).toBe('due: 2026-03-31\n');
  });

  it('quotes a value that would not read back as the same string', () => {
    const text = edited('title: old\n', (e) => e.setScalar(['title'], 'Тема: новая'));
    expect(parse(text)).toEqual({ title: 'Тема: новая' });
  });

  it('edits the right item of a sequence', () => {
    const text = 'items:\n  - due: 2026-01-31\n  - due: 2026-01-31\n';
    expect(parse(edited(text, (e) => e.setScalar(['items', 1, 'due'], '2026-04-30')))).toEqual({
      items: [{ due: '2026-01-31' }, { due: '2026-04-30' }],
    });
  });

  it('throws when the path does not lead to a scalar', () => {
    const edit = new YamlEdit('items:\n  - id: a\n');
    expect(() => edit.setScalar(['items', 3, 'due'], 'x')).toThrow(/no scalar at items\.3\.due/);
    expect(() => edit.setScalar(['items'], 'x')).toThrow(/no scalar/);
  });
});

describe('YamlEdit.appendToSeq: flow sequences', () => {
  it('adds inside the brackets', () => {
    expect(edited('deficits: [documentation, family]\n', (e) => e.appendToSeq(['deficits'], ['normative']))).toBe(
      'deficits: [documentation, family, normative]\n',
    );
  });

  it('adds to an empty sequence without a leading comma', () => {
    expect(edited('deficits: []\ngoal: x\n', (e) => e.appendToSeq(['deficits'], ['family', 'normative']))).toBe(
      'deficits: [family, normative]\ngoal: x\n',
    );
  });

  it('keeps a comment after the brackets', () => {
    expect(edited('deficits: [family]   # по входной самооценке\n', (e) => e.appendToSeq(['deficits'], ['normative']))).toBe(
      'deficits: [family, normative]   # по входной самооценке\n',
    );
  });

  it('quotes a value with a colon', () => {
    const text = edited('tasks: [a]\n', (e) => e.appendToSeq(['tasks'], ['Задача: освоить']));
    expect(parse(text)).toEqual({ tasks: ['a', 'Задача: освоить'] });
  });

  it('keeps a value with a comma as one entry', () => {
    const text = edited('tasks: [Изучить нормативную базу]\n', (e) =>
      e.appendToSeq(['tasks'], ['Выстроить взаимодействие с семьями, привлечь родителей к жизни группы']),
    );
    expect(parse(text)).toEqual({ tasks: ['Изучить нормативную базу', 'Выстроить взаимодействие с семьями, привлечь родителей к жизни группы'] });
  });
});

describe('YamlEdit.appendToSeq: block sequences', () => {
  const ROUTE = [
    'tasks:',
    '  - Освоить ведение документации   # из каталога',
    'items:',
    '  - id: a',
    '    status: done',
    '  - id: b',
    '    status: planned   # не выполнено в срок',
    'meetings:',
    '  - { date: 2025-09-18, topic: Знакомство, minutes: 45 }',
    '',
  ].join('\n');

  it('adds strings after the last entry, at its indentation', () => {
    expect(edited(ROUTE, (e) => e.appendToSeq(['tasks'], ['Выстроить взаимодействие с семьями']))).toBe(
      ROUTE.replace('# из каталога\n', '# из каталога\n  - Выстроить взаимодействие с семьями\n'),
    );
  });

  it('adds maps as block entries before the next key, keeping the last entry’s comment', () => {
    const text = edited(ROUTE, (e) => e.appendToSeq(['items'], [{ id: 'c', status: 'planned' }]));
    expect(text).toBe(ROUTE.replace('# не выполнено в срок\n', '# не выполнено в срок\n  - id: c\n    status: planned\n'));
  });

  it('reads back with the new entries last', () => {
    const text = edited(ROUTE, (e) => e.appendToSeq(['items'], [{ id: 'c', status: 'planned' }, { id: 'd', status: 'planned' }]));
    expect((parse(text) as { items: { id: string }[] }).items.map((i) => i.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('follows a sequence written at the indentation of its key', () => {
    expect(edited('a:\n- 1\n- 2\nb: 3\n', (e) => e.appendToSeq(['a'], ['x']))).toBe('a:\n- 1\n- 2\n- x\nb: 3\n');
  });

  it('quotes a string that would read as a number', () => {
    expect(parse(edited('a:\n  - 1\n', (e) => e.appendToSeq(['a'], ['2'])))).toEqual({ a: [1, '2'] });
  });

  it('adds a final newline when the text had none', () => {
    expect(edited('a:\n  - 1\n  - 2', (e) => e.appendToSeq(['a'], ['x']))).toBe('a:\n  - 1\n  - 2\n  - x\n');
  });

  it('keeps blank lines and comments that follow the sequence', () => {
    const text = 'a:\n  - 1\n\n# дальше встречи\nb: 2\n';
    expect(edited(text, (e) => e.appendToSeq(['a'], ['x']))).toBe('a:\n  - 1\n  - x\n\n# дальше встречи\nb: 2\n');
  });

  it('adds after a last entry that ends with a literal block', () => {
    const text = 'a:\n  - k: 1\n    note: |\n      строка\n      ещё\nb: 2\n';
    expect(parse(edited(text, (e) => e.appendToSeq(['a'], [{ k: 2 }])))).toEqual({
      a: [{ k: 1, note: 'строка\nещё\n' }, { k: 2 }],
      b: 2,
    });
  });

  it('does nothing when there is nothing to add', () => {
    expect(edited(ROUTE, (e) => e.appendToSeq(['items'], []))).toBe(ROUTE);
  });

  it('throws when the path is not a sequence', () => {
    expect(() => new YamlEdit('a: 1\n').appendToSeq(['a'], ['x'])).toThrow(/no sequence at a/);
  });
});

describe('YamlEdit: several edits', () => {
  it('applies them all, each at its place in the original text', () => {
    const text = 'deficits: [family]\ntasks:\n  - T1\nitems:\n  - id: a\n    due: 2026-01-31\n';
    const result = edited(text, (e) => {
      e.appendToSeq(['items'], [{ id: 'b', due: '2026-04-30' }]);
      e.setScalar(['items', 0, 'due'], '2026-03-31');
      e.appendToSeq(['deficits'], ['normative']);
      e.appendToSeq(['tasks'], ['T2']);
    });
    expect(result).toBe(
      'deficits: [family, normative]\ntasks:\n  - T1\n  - T2\nitems:\n  - id: a\n    due: 2026-03-31\n  - id: b\n    due: 2026-04-30\n',
    );
  });
});

describe('YamlEdit: layouts it must keep', () => {
  it('keeps CRLF line ends in the lines it adds', () => {
    const text = 'a:\r\n  - 1\r\nb: [x]\r\n';
    expect(edited(text, (e) => e.appendToSeq(['a'], [{ k: 2, m: 3 }]))).toBe('a:\r\n  - 1\r\n  - k: 2\r\n    m: 3\r\nb: [x]\r\n');
  });

  it('adds after a trailing comma of a flow list on one line', () => {
    expect(edited('d: [a, ]  # c\n', (e) => e.appendToSeq(['d'], ['b']))).toBe('d: [a, b, ]  # c\n');
    expect(edited('d: [a,]\n', (e) => e.appendToSeq(['d'], ['b', 'c']))).toBe('d: [a, b, c,]\n');
  });

  it('adds a line to a flow list over several lines, before its closing bracket', () => {
    expect(edited('d: [\n  a,  # x, y\n]\n', (e) => e.appendToSeq(['d'], ['b']))).toBe('d: [\n  a,  # x, y\n  b,\n]\n');
    expect(edited('d: [\n  a  # x\n]\n', (e) => e.appendToSeq(['d'], ['b']))).toBe('d: [\n  a,  # x\n  b\n]\n');
  });

  it('indents the new line under the key when the last entry shares the line of the bracket', () => {
    const text = edited('d: [a, b  # c\n]\n', (e) => e.appendToSeq(['d'], ['x']));
    expect(text).toBe('d: [a, b,  # c\n  x\n]\n');
    expect(parse(text)).toEqual({ d: ['a', 'b', 'x'] });
  });

  it('reports the first alias of the text, with its line', () => {
    expect(new YamlEdit('a: &x 1\nb:\n  - *x\n').firstAlias()).toEqual({ alias: 'x', line: 3 });
    expect(new YamlEdit('a: 1\n').firstAlias()).toBeUndefined();
  });
});
