// Report stage (formats): the report's charts as inline SVG — pure, escaped, readable in black and white.

import { inkOn, legend, line, num, rect, svgDocument, text, type Fill } from './chart-svg.js';
import { formatChange, formatPercent, formatScore } from './report-text.js';
import type { DirectionGrowth, ItemCounts, Report, Share } from './types.js';

const WIDTH = 640;
const LEFT = 10;
const RIGHT = 630;
const AXIS = '#777';

/**
 * Ticks of an axis under the bars at `labelY`, with light grid lines through the bars' bands only
 * (`spans`, top to bottom), so that they never cross a label.
 */
function axis(ticks: readonly { at: number; label: string }[], spans: readonly [number, number][], labelY: number): string {
  // The end labels align inward, so that neither is cut by the drawing's edge.
  const anchor = (i: number) => (i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle');
  return ticks
    .map(
      (t, i) =>
        spans.map(([top, bottom]) => line(t.at, top, t.at, bottom, { stroke: AXIS, width: 0.5, dash: '2 3' })).join('') +
        text(t.at, labelY, t.label, { anchor: anchor(i), size: 11 }),
    )
    .join('');
}

function shareText(share: Share): string {
  return share.ratio === null ? 'нет данных' : `${formatPercent(share.ratio)} (${share.numerator} из ${share.denominator})`;
}

/** (a) Coverage: the staff share and the young-specialists share on a 0–100 % bar, with the target line. */
export function coverageChart(coverage: Report['coverage']): string {
  const id = 'chart-coverage';
  const x = (ratio: number) => LEFT + (RIGHT - LEFT) * Math.min(1, Math.max(0, ratio));
  const rows: { label: string; share: Share; fill: Fill }[] = [
    { label: 'Педагогические работники в наставничестве', share: coverage.staff, fill: 'dark' },
    { label: 'Молодые специалисты с наставником', share: coverage.young_specialists, fill: 'hatch' },
  ];
  const top = 22;
  const rowHeight = 44;
  const bottom = top + rows.length * rowHeight - 6;
  const bars = rows.map((row, i) => {
    const y = top + i * rowHeight;
    const width = row.share.ratio === null ? 0 : x(row.share.ratio) - LEFT;
    return (
      text(LEFT, y + 12, `${row.label}: ${shareText(row.share)}`) +
      rect(id, LEFT, y + 18, RIGHT - LEFT, 18, 'blank') +
      (width > 0 ? rect(id, LEFT, y + 18, width, 18, row.fill) : '')
    );
  });
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((r) => ({ at: x(r), label: formatPercent(r) }));
  const targetX = x(coverage.staff.target);
  const targetLabel = `цель ${formatPercent(coverage.staff.target)}`;
  const target =
    line(targetX, 14, targetX, bottom + 2, { width: 2, dash: '5 3' }) +
    text(targetX, 10, targetLabel, { anchor: targetX > RIGHT - 40 ? 'end' : targetX < LEFT + 40 ? 'start' : 'middle', bold: true, size: 11 });
  const title =
    `Охват наставничеством: педагогические работники — ${shareText(coverage.staff)}, ` +
    `молодые специалисты — ${shareText(coverage.young_specialists)}; ${targetLabel}`;
  const description = 'Горизонтальные полосы от 0 до 100 %; пунктирная вертикальная линия — целевое значение.';
  const spans = rows.map((_row, i): [number, number] => [top + i * rowHeight + 18, top + i * rowHeight + 36]);
  const body = bars.join('') + axis(ticks, spans, bottom + 14) + target;
  return svgDocument(id, WIDTH, bottom + 20, title, description, body);
}

/** The status segments of a direction's items, each told apart by its fill. */
export const ITEM_SEGMENTS: readonly { label: string; fill: Fill; count: (c: ItemCounts) => number }[] = [
  { label: 'выполнено вовремя', fill: 'dark', count: (c) => c.done - c.done_late },
  { label: 'выполнено с опозданием', fill: 'mid', count: (c) => c.done_late },
  { label: 'просрочено', fill: 'cross', count: (c) => c.overdue },
  // `overdue` is a part of in_progress + planned, and ItemCounts does not say which: the rest of
  // the open items, those whose date has not come, make one segment.
  { label: 'в работе или запланировано (срок не наступил)', fill: 'blank', count: (c) => Math.max(0, c.due - c.done - c.overdue) },
];

/** (b) Item status per direction: a horizontal stacked bar for each, scaled to the largest. */
export function itemStatusChart(directions: readonly (ItemCounts & { title: string })[]): string {
  const id = 'chart-items';
  const entries = ITEM_SEGMENTS.map((s) => ({ fill: s.fill, label: s.label }));
  const key = legend(id, entries, LEFT, 4, RIGHT - LEFT, 2);
  const top = 4 + key.height + 8;
  const rowHeight = 38;
  const scale = (RIGHT - LEFT) / Math.max(1, ...directions.map((d) => d.due));
  const rows = directions.map((d, i) => itemRow(id, d, top + i * rowHeight, scale));
  const title =
    'Выполнение мероприятий ИОМ по направлениям: ' +
    directions.map((d) => `${d.title} — ${ITEM_SEGMENTS.map((s) => `${s.label} ${s.count(d)}`).join(', ')}`).join('; ');
  const description = 'Для каждого направления — полоса из частей: выполнено вовремя, с опозданием, просрочено, срок не наступил.';
  return svgDocument(id, WIDTH, top + directions.length * rowHeight + 2, title, description, key.svg + rows.join(''));
}

/** One direction: its title and «выполнено N из M» above, the stacked bar below, counts inside. */
function itemRow(id: string, d: ItemCounts & { title: string }, y: number, scale: number): string {
  let left = LEFT;
  const segments = ITEM_SEGMENTS.map((s) => {
    const count = s.count(d);
    if (count <= 0) return '';
    const width = count * scale;
    let svg = rect(id, left, y + 16, width, 17, s.fill);
    if (width >= 14) {
      const cx = left + width / 2;
      if (s.fill === 'cross') svg += labelBackground(cx, y + 19);
      svg += text(cx, y + 29, String(count), { anchor: 'middle', size: 11, fill: inkOn(s.fill) });
    }
    left += width;
    return svg;
  });
  const summary = d.due === 0 ? 'нет мероприятий' : `выполнено ${d.done} из ${d.due}`;
  return text(LEFT, y + 12, d.title) + text(RIGHT, y + 12, summary, { anchor: 'end', size: 11 }) + segments.join('');
}

/** A white patch under a number on cross-hatching, so the digits stay legible. */
function labelBackground(cx: number, y: number): string {
  return `<rect x="${num(cx - 8)}" y="${num(y)}" width="16" height="12" fill="#fff"/>`;
}

/** (c) Self-assessment growth: for each direction, the entry and the latest mean score on 0–2. */
export function growthChart(growth: readonly DirectionGrowth[]): string {
  const id = 'chart-growth';
  const key = legend(
    id,
    [
      { fill: 'hatch', label: 'входная самооценка' },
      { fill: 'dark', label: 'последняя самооценка' },
    ],
    LEFT,
    4,
    RIGHT - LEFT,
    2,
  );
  const top = 4 + key.height + 8;
  const barRight = RIGHT - 44;
  const x = (score: number) => LEFT + ((barRight - LEFT) * Math.min(2, Math.max(0, score))) / 2;
  const rowHeight = 52;
  const bottom = top + growth.length * rowHeight;
  const bar = (score: number | null, y: number, fill: Fill) =>
    score === null
      ? text(LEFT + 4, y + 10, 'нет данных', { size: 11 })
      : rect(id, LEFT, y, x(score) - LEFT, 12, fill) + text(x(score) + 4, y + 10, formatScore(score), { size: 11 });
  const rows = growth.map((g, i) => {
    const y = top + i * rowHeight;
    const change = g.change === null ? '' : ` (изменение ${formatChange(g.change)})`;
    return text(LEFT, y + 12, `${g.title}${change}`) + bar(g.entry, y + 18, 'hatch') + bar(g.latest, y + 32, 'dark');
  });
  const ticks = [0, 0.5, 1, 1.5, 2].map((s) => ({ at: x(s), label: formatScore(s).replace(/,?0+$/, '') || '0' }));
  const title =
    'Динамика самооценки по направлениям (шкала 0–2): ' +
    growth.map((g) => `${g.title} — входная ${formatScore(g.entry)}, последняя ${formatScore(g.latest)}`).join('; ');
  const description = 'Для каждого направления две полосы: входная (штриховка) и последняя (тёмная) средняя оценка.';
  const spans = growth.map((_g, i): [number, number] => [top + i * rowHeight + 16, top + i * rowHeight + 46]);
  return svgDocument(id, WIDTH, bottom + 20, title, description, key.svg + axis(ticks, spans, bottom + 14) + rows.join(''));
}
