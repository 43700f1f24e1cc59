/**
 * Every rule the server can answer with has a Chinese message: the rules written in the
 * server's source (`rule: '…'` and the twin's event checks), and the dispensing core's refusal
 * reasons the twin answers with. A new rule without one fails here instead of reaching a
 * Chinese client in English.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REFUSAL_REASONS } from '../../engine/dispensing/index.js';
import { LOCALIZED_RULES } from '../../scenarios/index.js';
import { localizeDetails, SERVER_LOCALIZED_RULES } from '../../server/error-messages.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Rules named as literals: `rule: 'x'` and the rule argument of the twin's `doesNotFit(index, field, 'x', …)`. */
function rulesInSource(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sources(join(import.meta.dirname, '../../server'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/rule: '([^']+)'/g)) found.set(m[1], file);
    for (const m of text.matchAll(/doesNotFit\(index, [^,]+, '([^']+)'/g)) found.set(m[1], file);
  }
  return found;
}

// `truncated` is written in the answer's language where the details are capped (errors.ts).
const localized = new Set([...SERVER_LOCALIZED_RULES, ...LOCALIZED_RULES, 'truncated']);

describe('the server\'s rules in Chinese', () => {
  it('finds the rules it checks (the scan is not empty)', () => {
    const found = rulesInSource();
    for (const rule of ['max-replications', 'curve-format', 'allowed-host', 'ward-full', 'in-stock']) expect(found.has(rule), rule).toBe(true);
  });

  it('every rule in the server\'s source and every refusal reason has a Chinese message', () => {
    const missing = [...rulesInSource()].filter(([rule]) => !localized.has(rule)).map(([rule, file]) => `${rule} (${file})`);
    missing.push(...REFUSAL_REASONS.filter((r) => !localized.has(r)));
    expect(missing).toEqual([]);
  });

  it('a detail of such a rule is Chinese under zh-CN and keeps its English message under en', () => {
    const details = [...SERVER_LOCALIZED_RULES].map((rule) => ({ path: '/x', rule, message: 'english', params: { limit: '7' } }));
    for (const d of localizeDetails(details, 'zh-CN')) expect(d.message, d.rule).toMatch(/[\u4e00-\u9fff]/);
    expect(localizeDetails(details, 'en').map((d) => d.message)).toEqual(details.map(() => 'english'));
  });
});
