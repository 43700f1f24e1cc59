import { describe, expect, it } from 'vitest';
import { LOCALIZED_RULES, formatValidationErrors, loadPreset, localizedMessage, validateScenario } from '../../scenarios/index.js';
import type { RuleParams } from '../../scenarios/index.js';

const cjk = /[\u4e00-\u9fff]/;
const full: RuleParams = { limit: '7', allowed: '"a", "b"', got: '"x"', type: 'integer', pattern: '^[a-z]+$', format: 'date', name: '"cab-9"' };

describe('the validation message catalogue', () => {
  it('has a Chinese message for the schema keywords and wardtwin\'s own rules', () => {
    for (const rule of ['type', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'anyOf', 'enum', 'const', 'required', 'pattern', 'additionalProperties', 'minLength', 'maxLength', 'minItems', 'maxItems', 'unique', 'reference', 'order', 'json', 'cycle', 'preset', 'unknown-preset', 'not-found']) {
      expect(LOCALIZED_RULES).toContain(rule);
    }
  });

  it.each(LOCALIZED_RULES.map((rule) => [rule]))('%s: Chinese with and without params, English as written', (rule) => {
    const error = { path: '/x', rule, message: 'as the check wrote it' };
    expect(localizedMessage(error, 'zh-CN')).toMatch(cjk);
    expect(localizedMessage({ ...error, params: full }, 'zh-CN')).toMatch(cjk);
    expect(localizedMessage({ ...error, params: full }, 'en')).toBe('as the check wrote it');
  });

  it('names the limit, the allowed values and the value got; a rule it does not know keeps its English message', () => {
    expect(localizedMessage({ rule: 'maximum', message: '', params: { limit: '1', got: '1.7' } }, 'zh-CN')).toBe('应不大于 1（实际为 1.7）');
    expect(localizedMessage({ rule: 'anyOf', message: '', params: { allowed: '"a", "b"', got: '"c"' } }, 'zh-CN')).toBe('应为以下值之一："a", "b"（实际为 "c"）');
    expect(localizedMessage({ rule: 'required', message: '', params: { got: 'nothing' } }, 'zh-CN')).toBe('缺少必填字段');
    expect(localizedMessage({ rule: 'no-such-rule', message: '2026-01-06 is weekday 1' }, 'zh-CN')).toBe('2026-01-06 is weekday 1');
  });

  it('writes the rules of sweeps, sensitivity requests and the calendar in Chinese from their params', () => {
    const zh = (rule: string, params: Record<string, string>): string => localizedMessage({ rule, message: 'English', params }, 'zh-CN');
    expect(zh('range', { limit: '0..1', got: '0..2' })).toBe('应在 0..1 之内（实际为 0..2）');
    expect(zh('range', { got: '2..1' })).toBe('范围的下限应小于上限（实际为 2..1）');
    expect(zh('range', { limit: '(0, 10]', allowed: '"schema"', got: '12' })).toBe('应在 (0, 10] 之内，或为 "schema"（实际为 12）');
    expect(zh('unknownParameter', { name: '/people/nope' })).toBe('/people/nope 不是场景中的参数');
    expect(zh('unknownKpi', { name: 'bogus', allowed: 'fillRate, contacts' })).toBe('bogus 不是指标键（可用：fillRate, contacts）');
    expect(zh('maxJobs', { limit: '20000', got: '40000' })).toBe('任务数（点数 x 重复次数）应不大于 20000（实际为 40000）');
    expect(zh('weekday', { name: '1', limit: '0' })).toBe('该日期是星期序号 1（0 = 星期一），与 run.startWeekday = 0 不符');
    expect(zh('time-zone', { got: '"Mars/Base"' })).toBe('不是 IANA 时区名（例如 Asia/Shanghai）（实际为 "Mars/Base"）');
  });

  it('validateScenario() gives the calendar rules their params: a wrong weekday reads in Chinese', () => {
    const county = loadPreset('county-mch');
    if (!county.ok) throw new Error('county-mch must load');
    const bad = validateScenario({ ...county.scenario, run: { ...county.scenario.run, startDate: '2026-01-06', startWeekday: 0, startMonth: 0 } });
    if (bad.ok) throw new Error('must be invalid');
    expect(formatValidationErrors(bad.errors, 'zh-CN')).toContain('/run/startDate  weekday  该日期是星期序号 1（0 = 星期一），与 run.startWeekday = 0 不符');
  });

  it('validateScenario() gives each schema error the params its Chinese message names', () => {
    const bad = validateScenario({ births: { caesareanShare: 3 } });
    if (bad.ok) throw new Error('must be invalid');
    const share = bad.errors.find((e) => e.path === '/births/caesareanShare');
    expect(share?.params).toEqual(expect.objectContaining({ limit: '1', got: '3' }));
    expect(formatValidationErrors(bad.errors, 'zh-CN')).toContain('/births/caesareanShare  maximum  应不大于 1（实际为 3）');
    expect(formatValidationErrors(bad.errors)).toContain('/births/caesareanShare  maximum  Expected number to be less or equal to 1 (got 3)');
  });
});
