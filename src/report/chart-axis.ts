// Report stage (formats): tick labels under a chart's bars, the end ones aligned inward.

import { text } from './chart-svg.js';

export function axisTicks(ticks: readonly { at: number; label: string }[], labelY: number): string {
  const anchor = (i: number) => (i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle');
  return ticks.map((t, i) => text(t.at, labelY, t.label, { anchor: anchor(i), size: 11 })).join('');
}
