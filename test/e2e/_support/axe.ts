/**
 * axe-core in the e2e browser: injects axe's source into the page and runs it with the WCAG 2.2
 * AA and best-practice rules, answering each violation as one readable line (rule id, impact,
 * the CSS target of every node it found, and axe's help text with its link).
 */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** The rule tags run: WCAG 2.0, 2.1 and 2.2 levels A and AA, and axe's best practices. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] as const;

/** One violation as axe reports it, cut to what a failing test prints. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  targets: string[];
}

/** A violation as one line: `rule (impact): help — targets <url>`. */
export function violationLine(v: AxeViolation): string {
  return `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.targets.join(', ')} <${v.helpUrl}>`;
}

/**
 * Runs axe on the page as it is now (injecting it once per document) and answers the
 * violations of {@link axeTags}; an empty list means the page passes.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ content: axe.source });
  return page.evaluate(async (tags) => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    const result = await run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      helpUrl: v.helpUrl,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
  }, [...axeTags]);
}
