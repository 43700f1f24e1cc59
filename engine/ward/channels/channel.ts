/**
 * A supply channel as the trip router sees it: where a trip can fetch items (a cabinet, the
 * nurse station, the shop). The router owns the channel order and what follows a stop; it
 * builds each channel with its continuation (`StopDone`), which the channel calls when the
 * stop is over, so no channel knows the router.
 */
import type { ChannelName } from '../context/params.js';
import type { Trip, TripStop } from '../trips/trip.js';

/** What follows a stop: the router's continuation, handed to a channel when it is built. */
export type StopDone = (trip: Trip) => void;

/** One channel (see the module header). */
export interface SupplyChannel extends TripStop {
  readonly name: ChannelName;
  /** The channel's bit in `WardParams.skuStockedBy` (`CHANNEL_BIT`). */
  readonly bit: number;
  /** Whether the router stays on this channel after a stop (another cabinet may follow). */
  readonly repeats: boolean;
  /**
   * Chooses this channel's next stop for `trip` and sets `trip.stopX`/`stopY` (and what the
   * channel needs to know at arrival); false when it has no stop left for the trip.
   */
  nextStop(trip: Trip): boolean;
}

/** Builds the channels of one run, given the router's continuation. */
export type ChannelBuilder = (done: StopDone) => readonly SupplyChannel[];
