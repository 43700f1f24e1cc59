import { describe, expect, it } from 'vitest';
import { LOCALIZED_RULES, formatValidationErrors, localizedMessage, validateScenario } from '../../scenarios/index.js';
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
    expect(localizedMessage({ rule: 'weekday', message: '2026-01-06 is weekday 1' }, 'zh-CN')).toBe('2026-01-06 is weekday 1');
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
