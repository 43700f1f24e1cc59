// Names from GET /api/names replace ids where a person reads them (stock labels, board slots,
// contact roles, presets), in the chosen language; ids stay the keys a page selects by, and an
// id the server does not name is shown as itself.
import { afterEach, describe, expect, it } from 'vitest';
import { boardData, contactsData, defaultStockKeys, parameterLabel, presetDescriptionText, presetLabel, presetName, roleName, setDisplayNames, skuName, stockChoices, stockData } from '../../../viz/src/adapters/index.js';
import { tornadoCharts } from '../../../viz/src/adapters/analysis.js';
import type { RunView, WardSeriesView } from '../../../viz/src/adapters/index.js';

const names = {
  presets: [{ id: 'county-mch', en: 'County maternal-child hospital', 'zh-CN': '县妇幼保健院' }],
  skus: [{ id: 'nappy', en: 'Newborn nappy', 'zh-CN': '新生儿纸尿裤' }],
  roles: [{ id: 'companion', en: 'companion', 'zh-CN': '陪护人员' }],
  presetDescriptions: [{ id: 'county-mch', en: 'About 1,500 deliveries a year', 'zh-CN': '年分娩约 1,500 例' }],
};

const series: WardSeriesView = {
  t: [0, 60],
  intervalMin: 60,
  stock: [{ cabinetId: 'cab-1', sku: 'nappy', values: [4, 0] }, { cabinetId: 'cab-1', sku: 'own-sku', values: [3, 3] }],
  board: { intervalMin: 60, t: [0], cabinets: [{ cabinetId: 'cab-1', slots: [{ slotId: 's1', sku: 'nappy', capacityUnits: 10 }, { slotId: 's2', sku: null, capacityUnits: 10 }], fillPct: [[40, 0]] }] },
  restocks: [],
  stockouts: [{ cabinetId: 'cab-1', sku: 'nappy', startMin: 60, endMin: null }],
  birthsHeatmap: [],
  nurseSupplyByShift: [],
  waitHistogram: { binMin: 1, counts: [] },
};

describe('display names in the visualizer', () => {
  afterEach(() => setDisplayNames({ presets: [], skus: [], roles: [], presetDescriptions: [] }));

  it('shows ids until the names are loaded, then the names in the chosen language', () => {
    expect(skuName('nappy')).toBe('nappy');
    setDisplayNames(names, 'zh-CN');
    expect([presetName('county-mch'), skuName('nappy'), roleName('companion')]).toEqual(['县妇幼保健院', '新生儿纸尿裤', '陪护人员']);
    expect(presetLabel('county-mch')).toBe('县妇幼保健院 (county-mch)');
    expect([presetLabel('my-ward'), skuName('own-sku')]).toEqual(['my-ward', 'own-sku']);
    expect([presetDescriptionText('county-mch', 'own'), presetDescriptionText('my-ward', 'own')]).toEqual(['年分娩约 1,500 例', 'own']);
    setDisplayNames(names, 'en');
    expect(skuName('nappy')).toBe('Newborn nappy');
  });

  it('labels stock and board charts by SKU name while the picker keys stay ids', () => {
    setDisplayNames(names, 'zh-CN');
    expect(stockChoices(series).map((c) => [c.key, c.label])).toEqual([['cab-1 / nappy', 'cab-1 / 新生儿纸尿裤'], ['cab-1 / own-sku', 'cab-1 / own-sku']]);
    expect(defaultStockKeys(series, 1)).toEqual(['cab-1 / nappy']);
    expect(stockData(series, ['cab-1 / nappy']).series.map((s) => s.sku)).toEqual(['新生儿纸尿裤']);
    expect(boardData(series)?.cabinets[0].slotSkus).toEqual(['新生儿纸尿裤', '(empty)']);
  });

  it('names scenario parameters (a sensitivity tornado\'s rows), filling array indices; an unnamed path as itself', () => {
    const parameters = [{ id: '/channels/nurseHandoverMinutes', en: 'Nurse-station handover time', 'zh-CN': '护士站交接时间' }, { id: '/cabinets/models/*/slotGroups/*/count', en: 'Slots, model {0} group {1}', 'zh-CN': '货位数（型号 {0} 组 {1}）' }];
    expect(parameterLabel('/channels/nurseHandoverMinutes')).toBe('/channels/nurseHandoverMinutes');
    setDisplayNames({ ...names, parameters }, 'zh-CN');
    expect(parameterLabel('/channels/nurseHandoverMinutes')).toBe('护士站交接时间');
    expect(parameterLabel('/cabinets/models/1/slotGroups/0/count')).toBe('货位数（型号 1 组 0）');
    expect(parameterLabel('/own/parameter')).toBe('/own/parameter');
    const sensitivity = { kind: 'sensitivity', kpis: { contacts: { morris: [{ path: '/channels/nurseHandoverMinutes', muStar: 1, mu: 1, sigma: 0, muStarCi95: [0.5, 1.5] }] } } };
    expect(tornadoCharts(sensitivity)?.[0].rows[0].label).toBe('护士站交接时间');
    setDisplayNames({ ...names, parameters }, 'en');
    expect(parameterLabel('/cabinets/models/1/slotGroups/0/count')).toBe('Slots, model 1 group 0');
  });

  it('names the roles of the contacts matrix', () => {
    setDisplayNames(names, 'zh-CN');
    const contacts: Pick<RunView, 'contacts'> = { contacts: { roles: ['companion', 'mother'], values: [[1, 2], [2, 1]] } };
    expect(contactsData(contacts)?.roles).toEqual(['陪护人员', 'mother']);
  });
});
