// Report stage (formats): the few SVG pieces the charts are drawn with — escaped, deterministic.

/** Escapes text for SVG (XML) content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A coordinate with one fixed decimal, «.0» dropped: the same input always prints the same. */
export function num(n: number): string {
  const text = (Math.round(n * 10) / 10).toFixed(1);
  return text.endsWith('.0') ? text.slice(0, -2) : text;
}

export const FONT = `'Times New Roman', 'Liberation Serif', 'PT Serif', serif`;

/** Fills told apart without colour: lightness and hatching, as a black-and-white printer shows them. */
export type Fill = 'dark' | 'mid' | 'hatch' | 'cross' | 'blank';

/** The patterns a chart uses, with ids prefixed by the chart's id: one page holds several charts. */
export function patternDefs(id: string): string {
  return (
    `<defs>` +
    `<pattern id="${id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#000" stroke-width="1.6"/></pattern>` +
    `<pattern id="${id}-cross" width="6" height="6" patternUnits="userSpaceOnUse">` +
    `<rect width="6" height="6" fill="#fff"/><path d="M0 0L6 6M6 0L0 6" stroke="#000" stroke-width="1"/></pattern>` +
    `</defs>`
  );
}

export function fillOf(id: string, fill: Fill): string {
  switch (fill) {
    case 'dark':
      return '#333';
    case 'mid':
      return '#a6a6a6';
    case 'hatch':
      return `url(#${id}-hatch)`;
    case 'cross':
      return `url(#${id}-cross)`;
    case 'blank':
      return '#fff';
  }
}

/** The text colour that reads on a fill. */
export function inkOn(fill: Fill): string {
  return fill === 'dark' ? '#fff' : '#000';
}

export function rect(id: string, x: number, y: number, width: number, height: number, fill: Fill): string {
  return `<rect x="${num(x)}" y="${num(y)}" width="${num(Math.max(0, width))}" height="${num(height)}" fill="${fillOf(id, fill)}" stroke="#000" stroke-width="0.6"/>`;
}

export function text(
  x: number,
  y: number,
  content: string,
  options: { anchor?: 'start' | 'middle' | 'end'; size?: number; bold?: boolean; fill?: string } = {},
): string {
  const anchor = options.anchor === undefined || options.anchor === 'start' ? '' : ` text-anchor="${options.anchor}"`;
  const size = options.size === undefined ? '' : ` font-size="${num(options.size)}"`;
  const bold = options.bold === true ? ' font-weight="bold"' : '';
  const fill = options.fill === undefined ? '' : ` fill="${options.fill}"`;
  return `<text x="${num(x)}" y="${num(y)}"${anchor}${size}${bold}${fill}>${escapeXml(content)}</text>`;
}

export function line(x1: number, y1: number, x2: number, y2: number, options: { dash?: string; width?: number; stroke?: string } = {}): string {
  const dash = options.dash === undefined ? '' : ` stroke-dasharray="${options.dash}"`;
  return `<line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" stroke="${options.stroke ?? '#000'}" stroke-width="${num(options.width ?? 1)}"${dash}/>`;
}

/** A legend: swatches with their labels, laid out in rows of `perRow`. Returns the markup and its height. */
export function legend(
  id: string,
  entries: readonly { fill: Fill; label: string }[],
  x: number,
  y: number,
  width: number,
  perRow: number,
): { svg: string; height: number } {
  const column = width / perRow;
  const parts = entries.map((entry, i) => {
    const left = x + (i % perRow) * column;
    const top = y + Math.floor(i / perRow) * 18;
    return `${rect(id, left, top, 14, 11, entry.fill)}${text(left + 19, top + 10, entry.label)}`;
  });
  return { svg: parts.join(''), height: Math.ceil(entries.length / perRow) * 18 };
}

/** The whole drawing: a scalable image with a title (and a longer description) for screen readers. */
export function svgDocument(id: string, width: number, height: number, title: string, description: string, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${num(width)} ${num(height)}" width="100%" ` +
    `role="img" aria-labelledby="${id}-title ${id}-desc" font-family="${FONT}" font-size="13">` +
    `<title id="${id}-title">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(description)}</desc>` +
    `${patternDefs(id)}${body}</svg>`
  );
}
