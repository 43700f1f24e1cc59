/**
 * KPI definitions for the "objectives and output measures" section: what each KPI of the run
 * result measures and how it is computed. They describe the model's outputs (the contract of
 * DESIGN.md), not a run, so they live here once and every report prints them.
 */

/** KPI key → definition (unit in brackets). */
export const KPI_DEFINITIONS: Readonly<Record<string, string>> = {
  deliveries: 'births after warm-up [count]',
  patientDays: 'occupied bed-days after warm-up, mother with newborns [d]',
  itemRequests: 'item lines raised (one SKU for one patient on one trip) [count]',
  dispenses: 'units handed out by cabinets [units]',
  fillRate: 'item lines fully met at the first channel stop ÷ item lines [share]',
  stockoutEvents: 'slots emptied by a dispense while wanted [count]',
  stockoutSlotHours: 'hours slots sat empty, summed over slots [h]',
  tripWaitP50Min: 'median queueing time per supply trip [min]',
  tripWaitP95Min: '95th percentile queueing time per supply trip [min]',
  tripDurationMeanMin: 'mean whole trip from bed and back [min]',
  nurseSupplyMinutesPerShift: 'nurse minutes on supply handovers and fetching per roster shift [min]',
  boundaryCrossings: 'supply trips that left the ward and came back [count]',
  contacts: 'close-contact episodes (co-location within ~1.5 m) [count]',
  contactMinutes: 'minutes of close contact [min]',
  expectedInfections: 'expected transmissions from the contact model [count]',
  restockRounds: 'restock rounds walked, fixed and par-triggered [count]',
  restockLaborHours: 'restocker time on rounds [h]',
  expiredUnits: 'expired units taken out of cabinets [units]',
  inventoryUnitsMean: 'time-average units held in all cabinets [units]',
  trips: 'supply trips made [count]',
  fallbacks: 'item lines that needed a later stop than the first [count]',
  unmetUnits: 'units wanted that no channel could supply [units]',
};
