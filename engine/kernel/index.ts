/**
 * The discrete-event simulation kernel: clock and calendar, processes, resources with rosters,
 * built-in statistics, named random streams and distributions. Knows nothing of wards.
 */
export { Environment } from './environment.js';
export type { EnvironmentOptions, RunOptions } from './environment.js';
export type { EventId } from './_internals/event-calendar.js';
export { SimEvent, Timeout, URGENT, NORMAL } from './events.js';
export type { EventCallback } from './events.js';
export { Process, Interrupt } from './process.js';
export type { ProcessGenerator } from './process.js';
export type { ConditionValue } from './condition.js';
export { restoreEnvironment } from './snapshot.js';
export type { EnvironmentSnapshot, PendingEventData, SnapshotOptions, RestoreOptions } from './snapshot.js';
export { RandomStream, RandomStreams } from './random-streams.js';
export type { RandomStreamState, RandomStreamsState } from './random-streams.js';
export type { Distribution, UniformSource } from './distribution.js';
export { standardExponential } from './standard-exponential.js';
export { Uniform, Exponential, Normal, Lognormal, Triangular } from './continuous.js';
export { Gamma, Weibull, Erlang } from './shape-scale.js';
export { Bernoulli, Binomial, Poisson } from './discrete.js';
export { DiscreteEmpirical, ContinuousEmpirical } from './empirical.js';
export type { CdfPoint } from './empirical.js';
export { PiecewiseNhpp } from './nhpp.js';
export type { PiecewiseNhppOptions } from './nhpp.js';
export { Tally } from './tally.js';
export type { TallyOptions } from './tally.js';
export { TimeWeighted } from './time-weighted.js';
export type { TimeWeightedOptions } from './time-weighted.js';
export { Roster } from './roster.js';
export type { RosterOptions, RosterStep, RosterCursor } from './roster.js';
export { Resource, Request } from './resource.js';
export type { ResourceOptions, RequestOptions, ResourceStats, Preempted } from './resource.js';
export { PriorityResource, PreemptiveResource } from './priority-resource.js';
export { CallbackServer } from './resources/callback-server.js';
export type { CallbackServerOptions, GrantHandler } from './resources/callback-server.js';
export { Container, ContainerRequest } from './container.js';
export type { ContainerOptions } from './container.js';
export { Store, FilterStore, StorePut, StoreGet } from './store.js';
export type { StoreOptions } from './store.js';
export { erlangC } from './erlang-c.js';
export type { MmcTheory } from './erlang-c.js';
export { logGamma } from './_internals/special-functions.js';
