/**
 * Outputs: how often the time series for the visualizer are sampled, so that a year stays
 * small, and the trip-wait histogram bins.
 */
import { Type } from '@sinclair/typebox';
import { int, num } from './field.js';

/** Sampling of series and histograms. */
export const OutputsSchema = Type.Object(
  {
    sampleIntervalMin: num({ what: 'Series sampling interval; 0 = chosen so a run has at most maxSamples samples', unit: 'min', basis: 'A', source: 'output setting', default: 0, min: 0, max: 10080 }),
    maxSamples: int({ what: 'Cap on samples per series', unit: 'samples', basis: 'A', source: 'output setting', default: 2000, min: 10, max: 100000 }),
    boardIntervalMin: num({ what: 'Slot-level cabinet board snapshot interval; 0 = a quarter of maxSamples over the run', unit: 'min', basis: 'A', source: 'output setting', default: 0, min: 0, max: 10080 }),
    waitBinMinutes: num({ what: 'Width of a trip-wait histogram bin', unit: 'min', basis: 'A', source: 'output setting', default: 0.5, min: 0.01, max: 60 }),
    waitBins: int({ what: 'Number of trip-wait histogram bins (the last one collects the tail)', unit: 'bins', basis: 'A', source: 'output setting', default: 60, min: 2, max: 1000 }),
  },
  { additionalProperties: false, description: 'Outputs and sampling' },
);
