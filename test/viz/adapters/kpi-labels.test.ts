// The visualizer labels KPIs from the catalogue the server serves, never from a copy of its own.
import { describe, expect, it } from 'vitest';
import { KPI_CATALOGUE } from '../../../engine/index.js';
import { describeKpi, orderKpis, setKpiCatalogue } from '../../../viz/src/adapters/index.js';
import { createApiClient } from '../../../viz/src/api/index.js';

describe('KPI labels from GET /api/kpis', () => {
  it('describeKpi() shows a key by its name until the catalogue is loaded, then by its label and unit in the chosen locale', async () => {
    expect(describeKpi('fillRate')).toEqual({ label: 'fillRate', unit: '', definition: '', range: null, lowerIsBetter: false });
    const seen: string[] = [];
    const fetch = (url: string | URL | Request): Promise<Response> => {
      seen.push(url as string);
      return Promise.resolve(new Response(JSON.stringify({ kpis: KPI_CATALOGUE }), { status: 200 }));
    };
    const catalogue = await createApiClient({ fetch }).getKpis();
    expect(seen).toEqual(['/api/kpis']);
    setKpiCatalogue(catalogue.kpis);
    expect(describeKpi('fillRate')).toMatchObject({ label: 'Fill rate at first stop', unit: 'share', format: 'share', range: { min: 0, max: 1 }, lowerIsBetter: false });
    expect(describeKpi('stockoutEvents').lowerIsBetter).toBe(true);
    expect(describeKpi('deliveries').lowerIsBetter).toBe(false);
    setKpiCatalogue(catalogue.kpis, 'zh-CN');
    expect(describeKpi('contacts')).toMatchObject({ label: '密切接触次数', unit: '次', lowerIsBetter: true });
    expect(describeKpi('contacts').definition).toBe(KPI_CATALOGUE.find((k) => k.key === 'contacts')?.definition['zh-CN']);
    expect(describeKpi('noSuchKpi')).toEqual({ label: 'noSuchKpi', unit: '', definition: '', range: null, lowerIsBetter: false });
  });

  it('orderKpis() follows the catalogue order, then unknown keys sorted', () => {
    setKpiCatalogue(KPI_CATALOGUE);
    expect(orderKpis(['zeta', 'contacts', 'alpha', 'unmetUnits', 'deliveries'])).toEqual(['deliveries', 'contacts', 'unmetUnits', 'alpha', 'zeta']);
  });
});
