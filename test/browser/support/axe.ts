import AxeBuilder from '@axe-core/playwright';
import { type Page } from 'playwright-core';

export interface SeriousViolation {
  readonly rule: string;
  readonly impact: string;
  readonly targets: string[];
}

/**
 * axe's WCAG 2.x A/AA and best-practice rules on the page as it is now; only serious and critical
 * violations are returned, with the elements at fault so a failure says what to fix.
 */
export async function seriousViolations(page: Page): Promise<SeriousViolation[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? '',
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}
