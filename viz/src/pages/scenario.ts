/**
 * The Scenario page (`#/scenario`): pick a preset, change the key parameters, and see the
 * server's validation messages at the field they concern (`POST /api/scenarios/validate`
 * answers every error with its JSON path). "Run this scenario" keeps the draft and opens the
 * Run page.
 */
import { group as groupBy } from 'd3';
import { draftDocument, getDraft, setAt, setDraft } from '../app/draft.js';
import type { Draft } from '../app/draft.js';
import type { ErrorDetail } from '../api/index.js';
import { presetDescriptionText, presetName as displayName } from '../adapters/index.js';
import { api, errorText, startPage, statusLine } from './_internals/page-kit.js';
import { t, tCount } from '../i18n/index.js';
import type { Main } from './_internals/page-kit.js';
import { cabinetInstances, errorBelongs, fieldText, fieldValue, modelIds, scenarioFields } from './scenario-fields.js';
import type { ScenarioField } from './scenario-fields.js';

/** Builds the draft's changes from the form's texts against the preset's resolved document. */
export function changesFrom(preset: unknown, texts: ReadonlyMap<ScenarioField, string>): { changes: Record<string, unknown>; local: ErrorDetail[] } {
  const changes: Record<string, unknown> = {};
  const local: ErrorDetail[] = [];
  let count: number | null = null;
  let model = '';
  for (const [field, text] of texts) {
    if (field.kind === 'cabinet-count') {
      const n = Number(text);
      if (Number.isInteger(n) && n >= 0 && n <= 50) count = n;
      else local.push({ path: field.path, rule: 'integer', message: t('scenario.cabinetCount') });
    } else if (field.kind === 'cabinet-model') {
      model = text;
    } else if (text !== fieldText(field, preset)) {
      setAt(changes, field.path, fieldValue(field, text));
    }
  }
  const countField = scenarioFields.find((f) => f.kind === 'cabinet-count');
  const modelField = scenarioFields.find((f) => f.kind === 'cabinet-model');
  const sameCount = countField !== undefined && String(count) === fieldText(countField, preset);
  const sameModel = modelField !== undefined && model === fieldText(modelField, preset);
  if (count !== null && !(sameCount && sameModel)) setAt(changes, '/cabinets/instances', cabinetInstances(preset, count, model));
  return { changes, local };
}

/** Shows the Scenario page. */
export function showScenario(main: Main): () => void {
  startPage(main, t('scenario.title'), t('scenario.intro'));
  const form = main.append('form').attr('class', 'wt-form').attr('novalidate', true);
  const presetRow = form.append('label').attr('class', 'wt-field');
  presetRow.append('span').text(t('scenario.preset'));
  const presetSelect = presetRow.append('select').attr('name', 'preset');
  const presetInfo = form.append('p').attr('class', 'wt-preset-info');
  const groups = form.append('div').attr('class', 'wt-field-groups');
  const inputs = new Map<ScenarioField, HTMLInputElement | HTMLSelectElement>();
  const errorSpans = new Map<ScenarioField, HTMLElement>();
  for (const [title, fields] of groupBy(scenarioFields, (f) => f.group)) {
    const set = groups.append('fieldset');
    set.append('legend').text(t(title));
    for (const field of fields) {
      const row = set.append('label').attr('class', 'wt-field').attr('data-path', field.path);
      row.append('span').text(t(field.label));
      const numeric = field.kind === 'number' || field.kind === 'cabinet-count';
      const input = field.kind === 'cabinet-model'
        ? row.append<HTMLSelectElement>('select')
        : row.append<HTMLInputElement>('input').attr('type', numeric ? 'number' : 'text').attr('step', numeric ? 'any' : null).attr('inputmode', numeric ? 'decimal' : null);
      input.attr('name', field.path);
      input.attr('aria-describedby', `err-${field.path}`);
      if (field.help !== undefined) row.append('small').text(t(field.help));
      const err = row.append('span').attr('class', 'wt-field-error').attr('id', `err-${field.path}`).attr('role', 'alert');
      inputs.set(field, input.node()!);
      errorSpans.set(field, err.node()!);
    }
  }
  const generalErrors = form.append('ul').attr('class', 'wt-general-errors');
  const buttons = form.append('div').attr('class', 'wt-buttons');
  buttons.append('button').attr('type', 'button').attr('name', 'validate').text(t('scenario.validate'));
  buttons.append('button').attr('type', 'submit').attr('name', 'run').text(t('scenario.run'));
  const status = statusLine(main);

  let preset: Record<string, unknown> = {};
  let presetName = getDraft().preset;
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;

  const texts = (): Map<ScenarioField, string> => new Map([...inputs].map(([f, el]) => [f, el.value]));
  const showErrors = (errors: readonly ErrorDetail[]): void => {
    const unplaced = errors.filter((e) => !scenarioFields.some((f) => errorBelongs(f, e.path)));
    for (const [field, span] of errorSpans) {
      const mine = errors.filter((e) => errorBelongs(field, e.path));
      span.textContent = mine.map((e) => e.message).join('; ');
      span.parentElement?.classList.toggle('wt-invalid', mine.length > 0);
    }
    generalErrors.selectAll('li').data(unplaced).join('li').text((e) => `${e.path}: ${e.message}`);
  };
  const currentDraft = (): { draft: Draft; local: ErrorDetail[] } => {
    const { changes, local } = changesFrom(preset, texts());
    return { draft: { preset: presetName, changes }, local };
  };
  const validate = async (): Promise<boolean> => {
    const mine = ++seq;
    const { draft, local } = currentDraft();
    try {
      const answer = await api().validateScenario(draftDocument(draft));
      if (closed || mine !== seq) return false;
      showErrors([...local, ...answer.errors]);
      const ok = answer.valid && local.length === 0;
      status(ok ? t('scenario.valid') : t('scenario.problems', { problems: tCount('problems', answer.errors.length + local.length) }), ok ? 'info' : 'error');
      if (ok) setDraft(draft);
      return ok;
    } catch (err) {
      if (!closed) status(errorText(err), 'error');
      return false;
    }
  };
  const fill = (doc: Record<string, unknown>, draft: Draft | null): void => {
    // A draft kept from an earlier visit is shown over its preset.
    const source = draft === null ? doc : mergeOver(doc, draft.changes);
    for (const [field, el] of inputs) {
      if (field.kind === 'cabinet-model') (el as HTMLSelectElement).replaceChildren(...modelIds(doc).map((id) => new Option(id, id)));
      el.value = fieldText(field, source);
    }
    const description = (doc.meta as { description?: unknown } | undefined)?.description;
    presetInfo.text(presetDescriptionText(presetName, typeof description === 'string' ? description : ''));
    showErrors([]);
  };
  const loadPreset = async (name: string, draft: Draft | null): Promise<void> => {
    presetName = name;
    try {
      preset = await api().getPreset(name);
      if (closed) return;
      fill(preset, draft);
      status(t('scenario.loaded', { name }));
    } catch (err) {
      if (!closed) status(errorText(err), 'error');
    }
  };

  form.on('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void validate(), 350);
  });
  presetSelect.on('change', (event: Event) => void loadPreset((event.target as HTMLSelectElement).value, null));
  buttons.select('button[name=validate]').on('click', () => void validate());
  form.on('submit', (event: Event) => {
    event.preventDefault();
    void validate().then((ok) => {
      if (ok && !closed) location.hash = '#/run';
    });
  });

  void api()
    .listPresets()
    .then((presets) => {
      if (closed) return;
      presetSelect.selectAll('option').data(presets).join('option').attr('value', (p) => p.name).text((p) => `${p.name}: ${displayName(p.name) === p.name ? p.title : displayName(p.name)}`);
      const start = presets.some((p) => p.name === presetName) ? presetName : (presets[0]?.name ?? presetName);
      presetSelect.property('value', start);
      const draft = getDraft();
      return loadPreset(start, draft.preset === start ? draft : null);
    })
    .catch((err: unknown) => status(errorText(err), 'error'));

  return () => {
    closed = true;
    clearTimeout(timer);
  };
}

/** RFC 7386 merge of `patch` over `doc` (fresh object). */
export function mergeOver(doc: unknown, patch: unknown): unknown {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return structuredClone(patch);
  const base = typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? { ...(doc as Record<string, unknown>) } : {};
  for (const [key, value] of Object.entries(patch as Record<string, unknown>)) {
    if (value === null) delete base[key];
    else base[key] = mergeOver(base[key], value);
  }
  return base;
}
