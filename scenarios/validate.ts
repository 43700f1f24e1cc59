/**
 * Scenario validation at the edge: the one gate every scenario passes before a run, whether it
 * came from a preset, a file, the HTTP API or a caller's object. It fills the schema's defaults
 * into a fresh copy and returns either the complete scenario or every error with its JSON path
 * and the rule it broke, so a planner can fix a document in one pass. It never throws.
 */
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { ValueErrorType } from '@sinclair/typebox/errors';
import type { ValueError } from '@sinclair/typebox/errors';
import { ScenarioSchema } from './schema/scenario.js';
import type { Scenario } from './schema/scenario.js';
import { toJsonValue } from './json-value.js';
import type { ValidationError } from './json-value.js';
import { checkReferences } from './references.js';
import { fillDefaults } from './defaults.js';
import { localizedMessage, shortJson } from './validation-messages.js';
import type { MessageLocale, RuleParams } from './validation-messages.js';

/** Result of {@link validateScenario}: the complete scenario, or all the errors found. */
export type ValidationResult =
  | { ok: true; scenario: Scenario }
  | { ok: false; errors: ValidationError[] };

/** Most errors listed for one document; beyond it one `maxErrors` entry says more were cut. */
export const MAX_ERRORS = 500;

/** The compiled checker, built once: TypeBox generates a checking function from the schema. */
const checker = TypeCompiler.Compile(ScenarioSchema);

/** TypeBox error kinds as JSON Schema keywords, which is what a document author knows. */
const RULES: Partial<Record<ValueErrorType, string>> = {
  [ValueErrorType.ArrayContains]: 'contains',
  [ValueErrorType.ArrayMaxItems]: 'maxItems',
  [ValueErrorType.ArrayMinItems]: 'minItems',
  [ValueErrorType.ArrayUniqueItems]: 'uniqueItems',
  [ValueErrorType.Array]: 'type',
  [ValueErrorType.Boolean]: 'type',
  [ValueErrorType.IntegerExclusiveMaximum]: 'exclusiveMaximum',
  [ValueErrorType.IntegerExclusiveMinimum]: 'exclusiveMinimum',
  [ValueErrorType.IntegerMaximum]: 'maximum',
  [ValueErrorType.IntegerMinimum]: 'minimum',
  [ValueErrorType.IntegerMultipleOf]: 'multipleOf',
  [ValueErrorType.Integer]: 'type',
  [ValueErrorType.Literal]: 'const',
  [ValueErrorType.Null]: 'type',
  [ValueErrorType.NumberExclusiveMaximum]: 'exclusiveMaximum',
  [ValueErrorType.NumberExclusiveMinimum]: 'exclusiveMinimum',
  [ValueErrorType.NumberMaximum]: 'maximum',
  [ValueErrorType.NumberMinimum]: 'minimum',
  [ValueErrorType.NumberMultipleOf]: 'multipleOf',
  [ValueErrorType.Number]: 'type',
  [ValueErrorType.ObjectAdditionalProperties]: 'additionalProperties',
  [ValueErrorType.ObjectMaxProperties]: 'maxProperties',
  [ValueErrorType.ObjectMinProperties]: 'minProperties',
  [ValueErrorType.ObjectRequiredProperty]: 'required',
  [ValueErrorType.Object]: 'type',
  [ValueErrorType.StringFormat]: 'format',
  [ValueErrorType.StringFormatUnknown]: 'format',
  [ValueErrorType.StringMaxLength]: 'maxLength',
  [ValueErrorType.StringMinLength]: 'minLength',
  [ValueErrorType.StringPattern]: 'pattern',
  [ValueErrorType.String]: 'type',
  [ValueErrorType.TupleLength]: 'items',
  [ValueErrorType.Tuple]: 'type',
  [ValueErrorType.Union]: 'anyOf',
};

/**
 * The allowed values of a union of literals, quoted (`["cabinet", "nurse-station", "shop"]`),
 * or null for any other union; TypeBox alone says only "Expected union value".
 */
function allowedLiterals(schema: unknown): string[] | null {
  const members = (schema as { anyOf?: unknown } | null)?.anyOf;
  if (!Array.isArray(members) || members.length === 0) return null;
  const values: unknown[] = [];
  for (const member of members) {
    if (typeof member !== 'object' || member === null || !('const' in member)) return null;
    values.push((member as { const: unknown }).const);
  }
  return values.map((v) => JSON.stringify(v));
}

/** Schema keywords whose value is the limit a message names. */
const LIMIT_KEYWORDS = new Set(['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minLength', 'maxLength', 'minItems', 'maxItems', 'minProperties', 'maxProperties']);

/** The values the message of `rule` names, read from the failing schema and value. */
function ruleParams(rule: string, error: ValueError, allowed: string[] | null): RuleParams {
  const schema = error.schema as Readonly<Record<string, unknown>>;
  const text = (v: unknown): string | undefined => (typeof v === 'number' || typeof v === 'string' ? String(v) : undefined);
  return {
    ...(LIMIT_KEYWORDS.has(rule) && text(schema[rule]) !== undefined ? { limit: text(schema[rule]) } : {}),
    ...(rule === 'type' && text(schema.type) !== undefined ? { type: text(schema.type) } : {}),
    ...(rule === 'pattern' && text(schema.pattern) !== undefined ? { pattern: text(schema.pattern) } : {}),
    ...(rule === 'format' && text(schema.format) !== undefined ? { format: text(schema.format) } : {}),
    ...(allowed !== null ? { allowed: allowed.join(', ') } : rule === 'const' && 'const' in schema ? { allowed: JSON.stringify(schema.const) } : {}),
    ...(rule === 'required' ? {} : { got: shortJson(error.value) }),
  };
}

/** A TypeBox error as a validation error: the JSON Schema keyword as its rule, with the params its message names (for any TypeBox schema, not only the scenario's). */
export function toValidationError(error: ValueError): ValidationError {
  const rule = RULES[error.type] ?? ValueErrorType[error.type] ?? 'schema';
  // A missing property has no value to quote; everything else says what it got.
  const got = rule === 'required' ? '' : ` (got ${shortJson(error.value)})`;
  const allowed = error.type === ValueErrorType.Union ? allowedLiterals(error.schema) : null;
  const oneOf = allowed === null ? null : allowed.length === 1 ? allowed[0] : `${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}`;
  const message = oneOf === null ? error.message : `Expected one of ${oneOf}`;
  return { path: error.path, rule, message: `${message}${got}`, params: ruleParams(rule, error, allowed) };
}

/**
 * The schema's errors for a JSON value, one per path: a missing property is reported as
 * `required` only, not also as "expected object" at the same path.
 */
function schemaErrors(value: unknown): ValidationError[] {
  const errors: ValidationError[] = [];
  const requiredAt = new Set<string>();
  for (const error of checker.Errors(value)) {
    const mapped = toValidationError(error);
    if (mapped.rule === 'required') requiredAt.add(mapped.path);
    else if (error.value === undefined && requiredAt.has(mapped.path)) continue;
    errors.push(mapped);
    if (errors.length > MAX_ERRORS) break;
  }
  return errors;
}

/** True when `path` is `ancestor` or lies under it (JSON pointers). */
function within(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}/`) || ancestor === '';
}

function capped(errors: ValidationError[]): ValidationError[] {
  if (errors.length <= MAX_ERRORS) return errors;
  return [
    ...errors.slice(0, MAX_ERRORS),
    { path: '', rule: 'maxErrors', message: `more than ${MAX_ERRORS} errors; fix these and validate again`, params: { limit: String(MAX_ERRORS) } },
  ];
}

/**
 * Validates a scenario document and fills in the schema's defaults.
 *
 * Steps: (1) the document must be plain JSON (rules `json`, `cycle`, `maxDepth`, `maxNodes`);
 * (2) defaults are filled into a fresh copy; (3) the compiled TypeBox checker lists every
 * schema error (rules are JSON Schema keywords: `required`, `type`, `minimum`, ...);
 * (4) cross-references the schema cannot express (`unique`, `reference`, `order`).
 * At most {@link MAX_ERRORS} errors are listed. `extends` is not resolved here (see
 * `resolveScenarioDocument`), so a document that still has it fails `additionalProperties`.
 *
 * @param doc - any value; never mutated
 * @returns `{ ok: true, scenario }` (a fresh object, safe to mutate) or `{ ok: false, errors }`
 */
export function validateScenario(doc: unknown): ValidationResult {
  try {
    const json = toJsonValue(doc);
    const withDefaults = fillDefaults(ScenarioSchema, json.value);
    if (json.errors.length > 0) {
      // Still check the rest of the document, so that one NaN does not hide other errors;
      // the schema's complaints about the values left out are already said better.
      const rest = schemaErrors(withDefaults).filter((e) => !json.errors.some((j) => within(e.path, j.path)));
      return { ok: false, errors: capped([...json.errors, ...rest]) };
    }
    if (!checker.Check(withDefaults)) return { ok: false, errors: capped(schemaErrors(withDefaults)) };
    const referenceErrors = checkReferences(withDefaults);
    if (referenceErrors.length > 0) return { ok: false, errors: capped(referenceErrors) };
    return { ok: true, scenario: withDefaults };
  } catch (error) {
    // Defensive: the steps above are not expected to throw on plain JSON, but the contract
    // is "never throws", so an internal failure is reported as an error of the document.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ path: '', rule: 'internal', message: `validateScenario: ${message}` }] };
  }
}

/**
 * Formats validation errors one per line, `path  rule  message`, for terminals and logs, the
 * message in `locale` (English by default); the document root is shown as `/`.
 */
export function formatValidationErrors(errors: readonly ValidationError[], locale: MessageLocale = 'en'): string {
  return errors.map((e) => `${e.path === '' ? '/' : e.path}  ${e.rule}  ${localizedMessage(e, locale)}`).join('\n');
}
