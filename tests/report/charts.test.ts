import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/report/chart-svg.js';
import { coverageChart, growthChart, itemStatusChart } from '../../src/report/charts.js';
import { sampleReport } from './formats-fixture.js';

const XSS = '<script>alert("x")</script> & Ко';

function titleOf(svg: string): string {
  return /<title id="[^"]+">([^<]*)<\/title>/.exec(svg)?.[1] ?? '';
}

describe('coverageChart', () => {
  const svg = coverageChart(sampleReport().coverage);

  it('is an accessible SVG image with a Russian title that holds the figures', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" [^>]*role="img"/);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(titleOf(svg)).toContain('73,3\u00a0% (11 из 15)');
    expect(titleOf(svg)).toContain('83,3\u00a0% (5 из 6)');
  });

  it('draws the target line with its label «цель 70 %» at 70 % of the axis', () => {
    expect(svg).toContain('>цель 70\u00a0%</text>');
    // The axis runs from x=10 to x=630: 70 % is at 444.
    expect(svg).toContain('<line x1="444" y1="14" x2="444"');
  });

  it('tells the bars apart without colour: a solid fill and a hatching', () => {
    expect(svg).toContain('fill="#333"');
    expect(svg).toContain('fill="url(#chart-coverage-hatch)"');
    expect(svg).not.toMatch(/fill="#(?!fff|000|333|a6a6a6)[0-9a-f]{3,6}"/i);
  });

  it('says «нет данных» for a share of nobody', () => {
    const report = sampleReport();
    report.coverage.young_specialists = { numerator: 0, denominator: 0, ratio: null };
    expect(coverageChart(report.coverage)).toContain('Молодые специалисты с наставником: нет данных');
  });
});

describe('itemStatusChart', () => {
  const report = sampleReport();
  const svg = itemStatusChart(report.items.by_direction);

  it('has a legend of the statuses and each direction with its counts', () => {
    for (const label of ['выполнено вовремя', 'выполнено с опозданием', 'просрочено', 'в работе или запланировано (срок не наступил)']) {
      expect(svg).toContain(`>${label}</text>`);
    }
    expect(svg).toContain('>Организация образовательной деятельности</text>');
    expect(svg).toContain('>выполнено 7 из 10</text>');
    expect(titleOf(svg)).toContain(
      'Организация образовательной деятельности — выполнено вовремя 5, выполнено с опозданием 2, просрочено 1, в работе или запланировано (срок не наступил) 2',
    );
  });

  it('escapes a direction title', () => {
    const evil = itemStatusChart([{ ...report.items.by_direction[0]!, title: XSS }]);
    expect(evil).not.toContain('<script>');
    expect(evil).toContain(`>${escapeXml(XSS)}</text>`);
    expect(evil).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; Ко');
  });

  it('is deterministic', () => {
    expect(itemStatusChart(report.items.by_direction)).toBe(svg);
    expect(svg).not.toMatch(/\d\.\d{2,}/);
  });
});

describe('growthChart', () => {
  const svg = growthChart(sampleReport().growth);

  it('pairs the entry and the latest score of each direction on a 0–2 scale', () => {
    expect(svg).toContain('>входная самооценка</text>');
    expect(svg).toContain('>последняя самооценка</text>');
    expect(svg).toContain('>Педагогическая диагностика (изменение \u22120,30)</text>');
    expect(svg).toContain('>1,10</text>');
    expect(svg).toContain('>0,80</text>');
    for (const tick of ['0', '0,5', '1', '1,5', '2']) expect(svg).toContain(`>${tick}</text>`);
    expect(titleOf(svg)).toContain('Педагогическая диагностика — входная 1,10, последняя 0,80');
  });

  it('escapes a direction title and says «нет данных» for a missing score', () => {
    const evil = growthChart([{ direction: 'x', title: XSS, teachers: 0, entry: null, latest: null, change: null }]);
    expect(evil).not.toContain('<script>');
    expect(evil).toContain('>нет данных</text>');
  });
});
