// CLI: draw a report chart's SVG as PNG with resvg, for word processors that show no SVG in a
// .docx (LibreOffice shows the PNG; Word shows the SVG beside it).

import { createRequire } from 'node:module';
import type { ChartPicture } from '../report/report-docx.js';

/** Twice the drawing's own size: sharp on a printed A4 page at the text width (about 165 mm). */
const SCALE = 2;

/**
 * The charts say `width="100%"` to fill an HTML page; a picture needs its size in pixels, which
 * is the viewBox's. resvg is loaded only now, through require (the bundle runs as a script), so
 * that other commands never load its native module.
 */
export function drawChart(svg: string): ChartPicture {
  const box = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  const width = Number(box?.[1] ?? 640);
  const height = Number(box?.[2] ?? 320);
  const sized = svg.replace(/ width="100%"/, ` width="${width}" height="${height}"`);
  const { Resvg } = createRequire(import.meta.url)('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
  const png = new Resvg(sized, {
    fitTo: { mode: 'width', value: width * SCALE },
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Serif', serifFamily: 'Liberation Serif' },
  })
    .render()
    .asPng();
  return { svg: sized, png, width, height };
}
