/**
 * Errors of the dispensing core. Bad configuration and bad calls fail at once, before any
 * state changes, with a message that names the API, the path of the offending field and the
 * rule it broke.
 */

/** `api: path(=value) rule` when the rule starts by quoting the value, else `api: path rule`. */
function format(api: string, path: string, rule: string): string {
  return `${api}: ${path}${rule.startsWith('(=') ? '' : ' '}${rule}`;
}

/** The configuration given to `createDispensingState` / `replayLedger` / `planogram` is invalid. */
export class DispensingConfigError extends Error {
  /** JSON-ish path of the offending field, e.g. `cabinets[2].modelId`. */
  readonly path: string;
  /** The rule that was broken, in words. */
  readonly rule: string;

  constructor(api: string, path: string, rule: string) {
    super(format(api, path, rule));
    this.name = 'DispensingConfigError';
    this.path = path;
    this.rule = rule;
  }
}

/**
 * A call into the core was malformed (negative quantity, unknown cabinet or slot, time going
 * backwards, …). The state is untouched when this is thrown.
 */
export class DispensingInputError extends Error {
  /** Path of the offending argument field, e.g. `request.quantity`. */
  readonly path: string;
  readonly rule: string;

  constructor(api: string, path: string, rule: string) {
    super(format(api, path, rule));
    this.name = 'DispensingInputError';
    this.path = path;
    this.rule = rule;
  }
}
