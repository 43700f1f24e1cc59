import { describe, expect, it } from 'vitest';
import {
  Bernoulli,
  Binomial,
  Container,
  ContinuousEmpirical,
  DiscreteEmpirical,
  Environment,
  Erlang,
  Exponential,
  Gamma,
  Lognormal,
  Normal,
  PiecewiseNhpp,
  Poisson,
  PriorityResource,
  Resource,
  Roster,
  Store,
  Tally,
  TimeWeighted,
  Triangular,
  Uniform,
  Weibull,
} from '../../../engine/kernel/index.js';

const env = new Environment();
type Make = () => unknown;

// Every constructor rejects bad input at once, naming the API, the argument and the rule.
const cases: [string, Make, string][] = [
  ['Uniform min >= max', () => new Uniform({ min: 2, max: 2 }), 'Uniform: max(=2) must be > min(=2)'],
  ['Uniform NaN', () => new Uniform({ min: NaN, max: 2 }), 'Uniform: min(=NaN) must be a finite number'],
  ['Exponential negative rate', () => new Exponential({ rate: -1 }), 'Exponential: rate(=-1) must be > 0'],
  ['Exponential zero mean', () => new Exponential({ mean: 0 }), 'Exponential: mean(=0) must be > 0'],
  ['Exponential both', () => new Exponential({ rate: 1, mean: 1 }), 'Exponential: options({"rate":1,"mean":1}) must give exactly one of rate or mean'.replace('options(', 'options(=')],
  ['Normal sd 0', () => new Normal({ mean: 0, sd: 0 }), 'Normal: sd(=0) must be > 0'],
  ['Lognormal mean <= 0', () => new Lognormal({ mean: -3, sd: 1 }), 'Lognormal: mean(=-3) must be > 0'],
  ['Lognormal sd 0', () => new Lognormal({ mean: 3, sd: 0 }), 'Lognormal: sd(=0) must be > 0'],
  ['Gamma shape', () => new Gamma({ shape: 0, scale: 1 }), 'Gamma: shape(=0) must be > 0'],
  ['Weibull scale', () => new Weibull({ shape: 1, scale: -2 }), 'Weibull: scale(=-2) must be > 0'],
  ['Erlang k fractional', () => new Erlang({ k: 1.5, rate: 1 }), 'Erlang: k(=1.5) must be an integer'],
  ['Erlang k 0', () => new Erlang({ k: 0, rate: 1 }), 'Erlang: k(=0) must be >= 1'],
  ['Triangular mode outside', () => new Triangular({ min: 0, mode: 5, max: 4 }), 'Triangular: mode(=5) must be in [min(=0), max(=4)]'],
  ['Bernoulli p > 1', () => new Bernoulli({ p: 1.2 }), 'Bernoulli: p(=1.2) must be in [0, 1]'],
  ['Binomial n negative', () => new Binomial({ n: -1, p: 0.5 }), 'Binomial: n(=-1) must be >= 0'],
  ['Poisson mean 0', () => new Poisson({ mean: 0 }), 'Poisson: mean(=0) must be > 0'],
  ['DiscreteEmpirical length mismatch', () => new DiscreteEmpirical({ values: [1, 2], weights: [1] }), 'DiscreteEmpirical: weights(=[1]) must be an array of the same length as values (2)'],
  ['DiscreteEmpirical negative weight', () => new DiscreteEmpirical({ values: [1, 2], weights: [1, -1] }), 'DiscreteEmpirical: weights[1](=-1) must be >= 0'],
  ['DiscreteEmpirical zero sum', () => new DiscreteEmpirical({ values: [1], weights: [0] }), 'DiscreteEmpirical: weights(=[0]) must sum to > 0'],
  ['ContinuousEmpirical not starting at 0', () => new ContinuousEmpirical({ points: [{ x: 0, p: 0.1 }, { x: 1, p: 1 }] }), 'ContinuousEmpirical: points[0].p(=0.1) must be 0'],
  ['ContinuousEmpirical x not increasing', () => new ContinuousEmpirical({ points: [{ x: 1, p: 0 }, { x: 1, p: 1 }] }), 'ContinuousEmpirical: points[1].x(=1) must be > points[0].x(=1)'],
  ['PiecewiseNhpp method', () => new PiecewiseNhpp({ stepMin: 1, ratesPerMin: [1], method: 'magic' as 'thinning' }), `PiecewiseNhpp: method(="magic") must be 'thinning' or 'inversion'`],
  ['Tally options', () => new Tally(null as unknown as object), 'Tally: options(=null) must be an options object'],
  ['TimeWeighted level', () => new TimeWeighted({ startMin: 0, level: NaN }), 'TimeWeighted: level(=NaN) must be a finite number'],
  ['Environment startMin', () => new Environment({ startMin: Infinity }), 'Environment: startMin(=Infinity) must be a finite number'],
  ['Resource capacity', () => new Resource(env, { capacity: -1 }), 'Resource: capacity(=-1) must be >= 0'],
  ['Resource missing capacity', () => new Resource(env, {}), 'Resource: capacity(=undefined) must be an integer'],
  ['PriorityResource capacity', () => new PriorityResource(env, { capacity: 1.5 }), 'PriorityResource: capacity(=1.5) must be an integer'],
  [
    'Resource capacity with schedule',
    () => new Resource(env, { capacity: 2, schedule: new Roster({ periodMin: 10, steps: [{ atMin: 0, capacity: 1 }] }) }),
    'Resource: capacity(=2) must be omitted when a schedule is given',
  ],
  ['Resource setCapacity', () => new Resource(env, { capacity: 1 }).setCapacity(-2), 'Resource.setCapacity: capacity(=-2) must be >= 0'],
  ['Container init', () => new Container(env, { capacity: 3, init: -1 }), 'Container: init(=-1) must be in [0, capacity(=3)]'],
  ['Store capacity', () => new Store(env, { capacity: -4 }), 'Store: capacity(=-4) must be an integer > 0 or Infinity'],
  ['Roster period', () => new Roster({ periodMin: -1, steps: [{ atMin: 0, capacity: 1 }] }), 'Roster: periodMin(=-1) must be > 0'],
  ['timeout negative', () => env.timeout(-5), 'Environment.timeout: delayMin(=-5) must be a finite number >= 0 (cannot schedule in the past)'],
  ['schedule NaN priority', () => env.schedule(1, () => undefined, NaN), 'Environment.schedule: priority(=NaN) must be a number, not NaN'],
  ['process of a non-generator', () => env.process((() => undefined) as unknown as Generator<never, void, unknown>), 'Environment.process: generator must be a generator object'],
  ['allOf of a non-event', () => env.allOf([1 as unknown as ReturnType<Environment['event']>]), 'Environment.allOf: every item of events must be an event'],
];

describe('bad input', () => {
  it.each(cases)('%s', (_name, make, message) => {
    expect(make).toThrow(message);
  });
});
