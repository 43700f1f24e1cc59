// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { nurseSupply } from '../../../viz/src/charts/index.js';
import { exportFormats, exportToolbar, serializeSvg } from '../../../viz/src/export/index.js';
import { nurseSupplyFixture } from '../../../viz/src/gallery/fixtures.js';
import { freshContainer } from '../_support/snapshot.js';
import { setLocale } from '../../../viz/src/i18n/index.js';

describe('serializeSvg()', () => {
  it('gives standalone SVG that parses back with the same marks', () => {
    const c = freshContainer();
    nurseSupply.render(c, nurseSupplyFixture());
    const text = serializeSvg(c.select<SVGSVGElement>('svg').node()!);
    expect(text.startsWith('<svg')).toBe(true);
    expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelectorAll('rect.wt-bar')).toHaveLength(6);
  });

  it('exportToolbar() adds one SVG, PNG and CSV button, once', () => {
    const c = freshContainer();
    nurseSupply.render(c, nurseSupplyFixture());
    exportToolbar(c, 'nurse-supply', () => nurseSupply.table(nurseSupplyFixture()));
    exportToolbar(c, 'nurse-supply', () => nurseSupply.table(nurseSupplyFixture()));
    expect(c.selectAll('div.wt-export button').nodes().map((n) => (n as HTMLElement).dataset.format)).toEqual([...exportFormats]);
  });

  it('names each button by what it does, in the page\'s language', () => {
    const c = freshContainer();
    nurseSupply.render(c, nurseSupplyFixture());
    exportToolbar(c, 'nurse-supply', () => nurseSupply.table(nurseSupplyFixture()));
    const labels = () => c.selectAll('div.wt-export button').nodes().map((n) => (n as HTMLElement).getAttribute('aria-label'));
    expect(labels()).toEqual(['Download the chart as SVG (a vector image)', 'Download the chart as PNG (a picture)', 'Download the chart\'s data as CSV (opens in Excel)']);
    setLocale('zh-CN');
    try {
      c.selectAll('div.wt-export').remove();
      exportToolbar(c, 'nurse-supply', () => nurseSupply.table(nurseSupplyFixture()));
      expect(labels()).toEqual(['将图表下载为 SVG（矢量图）', '将图表下载为 PNG（图片）', '将图表数据下载为 CSV（可用 Excel 打开）']);
    } finally {
      setLocale('en');
    }
  });
});
