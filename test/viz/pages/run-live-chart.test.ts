// @vitest-environment jsdom
// The Run page's live chart: each running mean is a point a keyboard reaches (one tab stop, the
// arrows move), read with its replication count and the KPI's format and unit in the page's
// language, the same text as its tooltip; the stop survives the redraw when a point arrives.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KPI_CATALOGUE } from '../../../engine/index.js';
import { setKpiCatalogue } from '../../../viz/src/adapters/index.js';
import { setLocale } from '../../../viz/src/i18n/index.js';
import { render } from '../../../viz/src/pages/run-live-chart.js';
import { freshContainer } from '../_support/snapshot.js';

const labels = (root: Element): (string | null)[] => [...root.querySelectorAll('circle.wt-dot')].map((n) => n.getAttribute('aria-label'));

function press(key: string): void {
  document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}

describe('Run page live chart', () => {
  beforeEach(() => setKpiCatalogue(KPI_CATALOGUE));
  afterEach(() => {
    setLocale('en', false);
    document.body.replaceChildren();
  });

  it('points are one tab stop, move with the arrows and read count, value and unit like their tooltips', () => {
    const c = freshContainer();
    render(c, [{ replication: 1, value: 0.9951 }, { replication: 2, value: 0.99655 }, { replication: 3, value: 0.997 }], 'fillRate');
    const root = c.node()!;
    expect(labels(root)).toEqual(['after 1 replication: 99.51%', 'after 2 replications: 99.66%', 'after 3 replications: 99.70%']);
    const stops = [...root.querySelectorAll('[tabindex="0"]')];
    expect(stops).toHaveLength(1);
    (stops[0] as SVGElement).focus();
    press('ArrowRight');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('after 2 replications: 99.66%');
    press('End');
    const last = document.activeElement!;
    expect(last.getAttribute('aria-label')).toBe('after 3 replications: 99.70%');
    expect(last.querySelector('title')?.textContent).toBe(last.getAttribute('aria-label'));
    // A new point redraws the chart; the reader stays where they were.
    render(c, [{ replication: 1, value: 0.9951 }, { replication: 2, value: 0.99655 }, { replication: 3, value: 0.997 }, { replication: 4, value: 0.998 }], 'fillRate');
    expect([...root.querySelectorAll('[tabindex="0"]')].map((n) => n.getAttribute('aria-label'))).toEqual(['after 3 replications: 99.70%']);
  });

  it('reads in Chinese with the KPI unit when the page is Chinese', () => {
    setLocale('zh-CN', false);
    setKpiCatalogue(KPI_CATALOGUE, 'zh-CN');
    const c = freshContainer();
    render(c, [{ replication: 1, value: 12.5 }], 'tripWaitP95Min');
    expect(labels(c.node()!)[0]).toMatch(/^完成 1 次重复后：12\.5\d* 分钟$/);
  });
});
