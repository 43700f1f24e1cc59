// @vitest-environment jsdom
// What every page shares: a page starts clean (no `data-drawn` left by the page before, which
// the end-to-end tests wait on), text fields carry their name and value, and a job's end
// state reads the same on every page.
import { select } from 'd3';
import { describe, expect, it } from 'vitest';
import { endText, startPage, textField } from '../../../../viz/src/pages/_internals/page-kit.js';

function freshMain() {
  document.body.innerHTML = '<main></main>';
  return select<HTMLElement, unknown>(document.querySelector('main') as HTMLElement);
}

describe('page kit', () => {
  it('startPage() empties main, gives it the heading and clears data-drawn of the previous page', () => {
    const main = freshMain();
    main.append('p').text('old page');
    main.attr('data-drawn', 'true');
    startPage(main, 'Compare', 'Baseline against cabinets.');
    expect(main.attr('data-drawn')).toBeNull();
    expect(main.select('h2').text()).toBe('Compare');
    expect(main.selectAll('p').nodes().map((n) => (n as HTMLElement).textContent)).toEqual(['Baseline against cabinets.']);
  });

  it('textField() appends a labelled input with its name and value', () => {
    const form = freshMain().append('form');
    textField(form, 'horizonDays', 'Horizon (days)', '60');
    expect(form.select('label.wt-field span').text()).toBe('Horizon (days)');
    expect(form.select<HTMLInputElement>('input[name=horizonDays]').node()?.value).toBe('60');
  });

  it('endText() adds the error only when there is one', () => {
    expect(endText('Compare c1', 'failed', 'boom')).toBe('Compare c1 failed: boom');
    expect(endText('Size job s1', 'cancelled', null)).toBe('Size job s1 cancelled');
  });
});
