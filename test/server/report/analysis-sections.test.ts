import { describe, expect, it } from 'vitest';
import { planSensitivity, runReplications, runSensitivity, runValidation } from '../../../engine/experiment/index.js';
import { buildReport, renderMarkdown } from '../../../server/report/index.js';
import type { ReportInput } from '../../../server/report/index.js';
import { preset } from '../../engine/experiment/preset.js';

describe('report sections for validation and sensitivity', () => {
  it('buildReport() adds the verification/validation rows and the ranked sensitivity table when given', async () => {
    const s = preset('county-mch', 10);
    const run = await runReplications(s, { replications: 2 });
    const validation = await runValidation(s, null, { replications: 2 });
    const planned = planSensitivity({ scenario: s, factors: [{ path: '/channels/nurseHandoverMinutes' }], kpis: ['nurseSupplyMinutesPerShift'], trajectories: 2, resamples: 20 });
    if (!planned.ok) throw new Error('plan');
    const sensitivity = await runSensitivity(planned.plan);
    const gen = { nodeVersion: 'v20', packageName: 'wardtwin', license: 'MIT' };
    const plain = renderMarkdown(buildReport(run, gen));
    expect(plain).not.toContain('## Verification and validation');
    const md = renderMarkdown(buildReport({ ...(run as ReportInput), validation, sensitivity }, gen));
    expect(md).toContain('## Verification and validation');
    expect(md).toContain('| caesarean share |');
    expect(md).toContain('Jiang et al. 2017');
    expect(md).toContain('## Sensitivity analysis');
    expect(md).toContain('| Nurse-station handover time (/channels/nurseHandoverMinutes) | 0.750..2.250 min | A |');
    // In Chinese: the checks, verdicts, factor names and units.
    const zh = renderMarkdown(buildReport({ ...(run as ReportInput), validation, sensitivity }, gen, 'zh-CN'));
    expect(zh).toContain('| 剖宫产比例 |');
    expect(zh).toContain('每班护士物资耗时（场景处的取值：');
    expect(zh).toMatch(/\| (通过|未通过) \|/);
    expect(zh).toContain('| 护士站交接时间 (/channels/nurseHandoverMinutes) | 0.750..2.250 分钟 | A |');
    expect(zh).not.toMatch(/\| (caesarean share|pass|inside band) \|/);
    // Sources and notes in Chinese too, with their figures.
    expect(zh).toContain('Jiang 等 2017（普通病房，可穿戴传感器）：23；已发表均值的 0.5–2 倍区间（A：各病区构成不同）');
    expect(zh).toMatch(/按分娩类型的 hourOfDay 分布；卡方 [\d.]+，自由度 23，p [\d.]+/);
    expect(zh).not.toMatch(/wearable|factor-of-two|pooled z|tolerance|shapes by kind/);
    // The parameter table gives each parameter's meaning and unit in Chinese (sources stay as cited).
    expect(zh).toMatch(/\| \/births\/caesareanShare \| 0\.36 \| 比例 0\.\.1 \| S \| .* \| 剖宫产分娩占全部分娩的比例 \|/);
    expect(md).toMatch(/\(hourOfDay shapes by kind; chi2 [\d.]+, df 23, p [\d.]+\)/);
  }, 60_000);
});
