// Render stage: «ПРИНЯТО на … совете» — the council's name in the prepositional case.

import { describe, expect, it } from 'vitest';
import { acceptedLines, orderLine, prepositional } from '../../src/render/approval-view.js';

describe('prepositional', () => {
  it.each([
    ['педагогический совет', 'педагогическом совете'],
    ['методический совет', 'методическом совете'],
    ['методическое объединение', 'методическом объединении'],
    ['совет педагогов', 'совете педагогов'],
    ['педагогическом совете', 'педагогическом совете'],
    ['общее собрание работников', 'общем собрании работников'],
  ])('%s → %s', (body, expected) => {
    expect(prepositional(body)).toBe(expected);
  });
});

describe('the approval lines', () => {
  it('words the order and the protocol with non-breaking spaces after №', () => {
    expect(orderLine({ order: '118-о', date: '2025-09-19' })).toBe('Приказ от 19.09.2025 №\u00a0118-о');
    expect(acceptedLines({ body: 'методический совет', protocol: '2', date: '2025-09-18' })).toEqual({
      place: 'на методическом совете',
      protocol: 'протокол от 18.09.2025 №\u00a02',
    });
  });
});
