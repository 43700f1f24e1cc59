// Machine output: one JSON document on stdout, two-space indented, ending in a newline. The
// same value always prints the same bytes (key order is the order the engine built).

/** Serialises `value` as the command's JSON output. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Writes `value` as JSON to `out` (default stdout). */
export function writeJson(value: unknown, out: NodeJS.WritableStream = process.stdout): void {
  out.write(toJsonText(value));
}
