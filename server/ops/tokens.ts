/**
 * Named bearer tokens: `WARDTWIN_TOKENS="ward-a:secret1,ward-b:secret2"` gives each client (a
 * ward's cabinets, the pharmacy's restock tool) its own secret, and the name of the token a
 * request carried becomes the actor in the dispensing access log. The single
 * `WARDTWIN_TOKEN` is one token named `token`.
 */

/** One accepted bearer token and the actor name it stands for. */
export interface NamedToken {
  /** Actor name written to the access log, e.g. `ward-a`. */
  readonly name: string;
  readonly secret: string;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * Parses `name:secret[,name:secret…]` (spaces around entries ignored; a secret may contain `:`).
 * @param source where the text came from, for messages (e.g. `WARDTWIN_TOKENS`)
 * @throws RangeError naming the entry and the rule it breaks (empty secret, bad or repeated name)
 */
export function parseNamedTokens(text: string, source = 'WARDTWIN_TOKENS'): NamedToken[] {
  const tokens: NamedToken[] = [];
  const entries = text.split(',').map((e) => e.trim()).filter((e) => e !== '');
  for (const [i, entry] of entries.entries()) {
    const colon = entry.indexOf(':');
    const name = colon < 0 ? entry : entry.slice(0, colon);
    const secret = colon < 0 ? '' : entry.slice(colon + 1);
    if (!NAME.test(name)) throw new RangeError(`${source}[${i}]: name(=${JSON.stringify(name)}) must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit`);
    if (secret.length < 8) throw new RangeError(`${source}[${i}] (${name}): the secret must be at least 8 characters (entries are name:secret)`);
    if (tokens.some((t) => t.name === name)) throw new RangeError(`${source}[${i}]: name(=${name}) is given twice`);
    if (tokens.some((t) => t.secret === secret)) throw new RangeError(`${source}[${i}] (${name}): the secret is the same as another token's, so the actor could not be told apart`);
    tokens.push({ name, secret });
  }
  return tokens;
}
