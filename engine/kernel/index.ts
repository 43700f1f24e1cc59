/**
 * The discrete-event simulation kernel: clock and calendar, processes, resources with rosters,
 * built-in statistics, named random streams and distributions. Knows nothing of wards.
 */
export { Environment } from './core/environment.js';
export type { EnvironmentOptions, RunOptions } from './core/environment.js';
export type { EventId } from './_internals/event-calendar.js';
export { SimEvent, Timeout, URGENT, NORMAL } from './core/events.js';
export type { EventCallback } from './core/events.js';
export { Process, Interrupt } from './core/process.js';
export type { ProcessGenerator } from './core/process.js';
export type { ConditionValue } from './core/condition.js';
export { restoreEnvironment, snapshotEnvironment } from './core/snapshot.js';
export type { EnvironmentSnapshot, PendingEventData, SnapshotOptions, RestoreOptions } from './core/snapshot.js';
export { RandomStream, RandomStreams } from './random/random-streams.js';
export type { RandomStreamState, RandomStreamsState } from './random/random-streams.js';
export type { Distribution, UniformSource } from './random/distribution.js';
export { standardExponential } from './random/standard-exponential.js';
export { Uniform, Exponential, Normal, Lognormal, Triangular } from './random/continuous.js';
export { Gamma, Weibull, Erlang } from './random/shape-scale.js';
export { Bernoulli, Binomial, Poisson } from './random/discrete.js';
export { DiscreteEmpirical, ContinuousEmpirical } from './random/empirical.js';
export type { CdfPoint } from './random/empirical.js';
export { PiecewiseNhpp } from './random/nhpp.js';
export type { PiecewiseNhppOptions } from './random/nhpp.js';
export { Tally } from './stats/tally.js';
export type { TallyOptions } from './stats/tally.js';
export { TimeWeighted } from './stats/time-weighted.js';
export type { TimeWeightedOptions } from './stats/time-weighted.js';
export { Roster } from './resources/roster.js';
export type { RosterOptions, RosterStep, RosterCursor } from './resources/roster.js';
export { Resource, Request } from './resources/resource.js';
export type { ResourceOptions, RequestOptions, ResourceStats, Preempted } from './resources/resource.js';
export { PriorityResource, PreemptiveResource } from './resources/priority-resource.js';
export { CallbackServer } from './resources/callback-server.js';
export type { CallbackServerOptions, GrantHandler } from './resources/callback-server.js';
export { Container, ContainerRequest } from './resources/container.js';
export type { ContainerOptions } from './resources/container.js';
export { Store, FilterStore, StorePut, StoreGet } from './resources/store.js';
export type { StoreOptions } from './resources/store.js';
export { erlangC } from './stats/erlang-c.js';
export type { MmcTheory } from './stats/erlang-c.js';
export { logGamma } from './_internals/special-functions.js';
