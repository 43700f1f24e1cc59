/**
 * Marks a Fastify plugin as shared with its parent (what `fastify-plugin` does), so that the
 * run store, runner and ward services it decorates are visible to every route. Kept as a
 * one-line helper rather than a dependency on `fastify-plugin`, which package.json does not list.
 */
/** Returns `plugin`, flagged so that Fastify does not encapsulate it. */
export function sharedPlugin<P extends (...args: never[]) => unknown>(plugin: P): P {
  Object.defineProperty(plugin, Symbol.for('skip-override'), { value: true });
  return plugin;
}
