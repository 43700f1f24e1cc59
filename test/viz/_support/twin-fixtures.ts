// A twin state and its forecast for the Twin page's tests: one cabinet with a full, a jammed, an
// empty and an unassigned slot; one offline cabinet; one with a slot at a 53 % chance.
const slot = (id: string, sku: string | null, onHandUnits: number, jammed = false) => ({ id, sku, jammed, capacityUnits: 10, onHandUnits, lots: [] });

export const state = {
  timeMin: 1440 + 14 * 60 + 5,
  cabinets: [
    { id: 'cab-1', online: true, slots: [slot('s0', 'nappy', 10), slot('s1', 'nappy', 6, true), slot('s2', 'pad', 0), slot('s3', null, 0)] },
    { id: 'cab-2', online: false, slots: [slot('s0', 'nappy', 10), slot('s1', 'pad', 10)] },
    { id: 'cab-3', online: true, slots: [slot('s0', 'pad', 4)] },
  ],
};

const q = (p50: number | null) => ({ p10: p50, p50, p90: null });
export const forecast = {
  fromMin: state.timeMin, untilMin: state.timeMin + 1440, replications: 50, seed: 1, nextRoundMin: 2 * 1440 + 16.25 * 60, roundAfterMin: 3 * 1440 + 4.75 * 60, serviceTarget: 0.95, method: 'm',
  slots: [
    { cabinetId: 'cab-1', slotId: 's0', outBeforeRestockProbability: 0.1 },
    { cabinetId: 'cab-1', slotId: 's2', outBeforeRestockProbability: 1 },
    { cabinetId: 'cab-3', slotId: 's0', outBeforeRestockProbability: 0.53 },
  ],
  cabinetSkus: [
    { cabinetId: 'cab-1', sku: 'nappy', usableUnits: 10, outBeforeRestockProbability: 0.1, timeToStockoutMin: q(null) },
    { cabinetId: 'cab-3', sku: 'pad', usableUnits: 4, outBeforeRestockProbability: 0.53, timeToStockoutMin: q(678) },
    { cabinetId: 'cab-1', sku: 'pad', usableUnits: 0, outBeforeRestockProbability: 1, timeToStockoutMin: q(0) },
    { cabinetId: 'cab-2', sku: 'pad', usableUnits: 0, outBeforeRestockProbability: 0, timeToStockoutMin: q(null) },
  ],
  cabinets: [{ cabinetId: 'cab-1', expectedQueueWaitMin: 0.4 }],
  pickList: [{ cabinetId: 'cab-1', slotId: 's2', sku: 'pad', units: 9 }],
};
