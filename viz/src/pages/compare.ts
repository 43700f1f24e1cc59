/**
 * The Compare page (`#/compare`, `#/compare/<id>`): a baseline ward against the same ward with
 * cabinets, run under common random numbers, and the KPI differences (cabinets − baseline) as
 * bars with 95 % CI whiskers, plus the table of both means and the paired difference.
 */
import { kpiDiff, nurseSupply } from '../charts/index.js';
import { compareRows, kpiDiffData, nurseSupplyData, readCompare } from '../adapters/index.js';
import { watchRun } from '../api/index.js';
import { api, chartCard, endText, errorText, numberField, selectField, setOptions, showStoredJob, startPage, statusLine, statusText, unitText } from './_internals/page-kit.js';
import type { SelectOption } from './_internals/page-kit.js';
import { draftDocument, getDraft } from '../app/draft.js';
import { describeKpi, presetLabel, presetName } from '../adapters/index.js';
import { formatKpiValue, formatPercent, formatShare, t } from '../i18n/index.js';
import type { Main } from './_internals/page-kit.js';

/** Draws a finished compare into `main`. */
function drawCompare(main: Main, result: unknown): boolean {
  const view = readCompare(result);
  if (view === null) return false;
  const grid = main.append<HTMLElement>('div').attr('class', 'wt-gallery');
  const diff = kpiDiffData(view);
  if (diff.rows.length > 0) chartCard(grid, kpiDiff, diff);
  const nurse = nurseSupplyData(
    [view.base, view.alternative].map((r) => ({ name: presetName(r.scenarioId), series: r.series, byShift: r.nurseSupplyByShift })),
  );
  if (nurse !== null) chartCard(grid, nurseSupply, nurse);
  const table = main.append('table').attr('class', 'wt-kpi-table wt-compare-table');
  table.append('caption').text(t('compare.caption'));
  table.append('thead').append('tr').selectAll('th').data([t('kpi.col.kpi'), t('kpi.col.unit'), t('compare.col.baseline'), t('compare.col.alternative'), t('compare.col.difference'), t('kpi.col.ci')]).join('th').text((d) => d);
  const rows = compareRows(view).map((r) => ({ ...r, info: describeKpi(r.key) }));
  // A difference of a share is a share of percentage points; it can run from -1 to 1.
  const diffText = (r: (typeof rows)[number], x: number): string => (r.info.format === 'share' ? formatShare(x) : formatKpiValue(x, r.info.format));
  const tr = table.append('tbody').selectAll('tr').data(rows).join('tr').attr('data-kpi', (r) => r.key).classed('wt-significant', (r) => r.significant);
  tr.selectAll('td')
    .data((r) => [
      r.info.label === r.key ? r.label : r.info.label,
      unitText(r.info),
      formatKpiValue(r.base, r.info.format),
      formatKpiValue(r.alternative, r.info.format),
      diffText(r, r.diff),
      r.ci95 === null ? t('common.none') : t('common.range', { low: diffText(r, r.ci95[0]), high: diffText(r, r.ci95[1]) }),
    ])
    .join('td')
    .text((d) => d);
  tr.select('td').attr('title', (r) => (r.info.definition === '' ? null : r.info.definition));
  main.append('p').attr('class', 'wt-compare-legend').text(t('compare.legend'));
  return true;
}

/** The value of the alternative picker that stands for the Scenario page's draft. */
const DRAFT = '#draft';

/** The scenario document a picker's value stands for, run for `days` days. */
function pickedScenario(value: string, days: number): Record<string, unknown> {
  const doc = value === DRAFT ? draftDocument(getDraft()) : { extends: value };
  const run = typeof doc.run === 'object' && doc.run !== null ? doc.run : {};
  return { ...doc, run: { ...run, horizonDays: days } };
}

/** The form that starts a compare: two preset pickers (the alternative may be the draft). */
function compareForm(main: Main, isClosed: () => boolean, onStop: (stop: () => void) => void): void {
  const form = main.append('form').attr('class', 'wt-form');
  const presetOption = (id: string): SelectOption => ({ value: id, label: presetLabel(id) });
  const draftOption = (): SelectOption => ({ value: DRAFT, label: t('compare.draftOption', { preset: presetLabel(getDraft().preset) }) });
  const base = selectField(form, 'base', t('compare.base'), [presetOption('city-mch-baseline')], 'city-mch-baseline');
  const alternative = selectField(form, 'alternative', t('compare.alternative'), [presetOption('city-mch'), draftOption()], 'city-mch');
  numberField(form, 'horizonDays', t('compare.horizon'), 60, { min: 1, step: 1 });
  numberField(form, 'replications', t('compare.replications'), 5, { min: 1, step: 1 });
  form.append('button').attr('type', 'submit').text(t('compare.submit'));
  // One click: the draft against its preset's baseline (the preset's `-baseline` sibling when there is one).
  const draftButton = form.append('button').attr('type', 'button').text(t('compare.draftWithBaseline'));
  let presetIds: string[] = [];
  draftButton.on('click', () => {
    const baseline = `${getDraft().preset}-baseline`;
    if (presetIds.includes(baseline)) base.property('value', baseline);
    alternative.property('value', DRAFT);
  });
  void api()
    .listPresets()
    .then((presets) => {
      if (isClosed()) return;
      presetIds = presets.map((p) => p.name);
      const options = presets.map((p) => presetOption(p.name));
      setOptions(base, options, String(base.property('value')));
      setOptions(alternative, [...options, draftOption()], String(alternative.property('value')));
    })
    .catch(() => undefined);
  const progress = main.append('progress').attr('class', 'wt-progress').attr('max', 1).attr('value', 0);
  const status = statusLine(main);
  form.on('submit', (event: Event) => {
    event.preventDefault();
    const value = (name: string): string => (form.select<HTMLInputElement | HTMLSelectElement>(`[name=${name}]`).node()?.value ?? '').trim();
    const days = Number(value('horizonDays'));
    status(t('compare.submitting'));
    api()
      .startCompare({ base: pickedScenario(value('base'), days), alternative: pickedScenario(value('alternative'), days), replications: Number(value('replications')) })
      .then((accepted) => {
        if (isClosed()) return;
        onStop(
          watchRun(accepted.id, {
            onMessage: (m) => {
              if (m.type !== 'end') {
                progress.property('value', m.progress);
                status(t('job.progress', { what: t('job.compare'), id: m.id, percent: formatPercent(m.progress) }));
              } else if (m.status === 'succeeded') {
                location.hash = `#/compare/${encodeURIComponent(m.id)}`;
              } else {
                status(endText(`${t('job.compare')} ${m.id}`, m.status, m.error), 'error');
              }
            },
          }),
        );
      })
      .catch((err: unknown) => status(errorText(err), 'error'));
  });
}

/** Shows the Compare page: the form, or the compare `params[0]`. */
export function showCompare(main: Main, params: string[]): () => void {
  let closed = false;
  let stop: () => void = () => undefined;
  const id = params[0];
  startPage(main, id === undefined ? t('compare.title') : t('compare.titleId', { id }), t('compare.intro'));
  if (id === undefined) {
    compareForm(main, () => closed, (s) => (stop = s));
  } else {
    const status = statusLine(main);
    showStoredJob(id, t('job.compare'), t('compare.nothing'), status, () => closed, (detail) => {
      if (!drawCompare(main, detail.result)) return false;
      status(t('compare.done', { id, status: statusText(detail.status) }));
      main.attr('data-drawn', 'true');
      return true;
    });
  }
  return () => {
    closed = true;
    stop();
  };
}
