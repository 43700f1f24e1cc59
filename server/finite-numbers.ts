/**
 * Non-finite numbers never get past validation. Query strings and path parameters arrive as
 * text and Ajv coerces them (`coerceTypes`), and it coerces body strings the same way, so
 * `"Infinity"`, `"-Infinity"` and `"1e999"` became numbers that passed `integer` and `number`
 * schemas and reached the routes. JSON itself cannot carry a non-finite number, so any one found
 * in validated (and coerced) data came from such text: it is refused with rule `finite` at its
 * path, whatever the schema said. Query coercion of finite numbers keeps working.
 */

/** Where Fastify asks Ajv to write a coerced root value (`request.body` and the like). */
interface RootContext {
  parentData: Record<string, unknown>;
  parentDataProperty: string;
}

/**
 * The part of Ajv's compiled validator that Fastify uses. The context is typed `never` so that
 * Ajv's own validator type fits; at run time Fastify passes a {@link RootContext} when
 * `schemaEnv` is set.
 */
interface ValidateFunction {
  (data: unknown, context?: never): boolean | Promise<unknown>;
  errors?: unknown[] | null;
  schemaEnv?: unknown;
}

/** The part of an Ajv instance this plugin wraps. */
interface AjvLike {
  compile(schema: object): ValidateFunction;
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** JSON Pointer of the first non-finite number in `data`, or null. Iterative: any nesting depth. */
export function firstNonFinite(data: unknown): string | null {
  const stack: [unknown, string][] = [[data, '']];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return path;
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], `${path}/${i}`]);
    } else if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) stack.push([(value as Record<string, unknown>)[key], `${path}/${escapePointer(key)}`]);
    }
  }
  return null;
}

/**
 * An Ajv plugin (Fastify's `ajv.plugins`): every validator it compiles also refuses non-finite
 * numbers, with Ajv's error shape (`instancePath`, `keyword: 'finite'`, `message`).
 */
export function finiteNumbersPlugin<A extends AjvLike>(ajv: A): A {
  const compile = ajv.compile.bind(ajv);
  ajv.compile = (schema: object): ValidateFunction => {
    const validate = compile(schema);
    const wrapped: ValidateFunction = (data, context) => {
      const ok = validate(data, context);
      if (ok !== true) {
        wrapped.errors = validate.errors;
        return ok;
      }
      // A coerced root value was written into the parent; check what the route will read.
      const root = context === undefined ? data : (context as RootContext).parentData[(context as RootContext).parentDataProperty];
      const at = firstNonFinite(root);
      if (at === null) {
        wrapped.errors = null;
        return true;
      }
      wrapped.errors = [{ instancePath: at, keyword: 'finite', message: 'must be a finite number', params: {} }];
      return false;
    };
    // Fastify passes the root context only to validators that carry `schemaEnv`.
    wrapped.schemaEnv = validate.schemaEnv;
    return wrapped;
  };
  return ajv;
}
