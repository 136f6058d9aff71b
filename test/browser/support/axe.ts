import AxeBuilder from '@axe-core/playwright';
import { type Page } from 'playwright-core';

export interface SeriousViolation {
  readonly rule: string;
  readonly impact: string;
  readonly targets: string[];
}

/**
 * Tooltips fade in and out under the pointer, and axe judges a half-transparent one as unreadable:
 * park the pointer in the bottom-right corner, where nothing reacts to it, and let tooltips go.
 */
async function atRest(page: Page): Promise<void> {
  const size = page.viewportSize();
  if (size) await page.mouse.move(size.width - 1, size.height - 1);
  await page.locator('.MuiTooltip-popper').first().waitFor({ state: 'detached' });
}

/**
 * axe's WCAG 2.x A/AA and best-practice rules on the page (or the dialog) at rest; only serious and critical
 * violations are returned, with the elements at fault so a failure says what to fix.
 */
export async function seriousViolations(
  page: Page,
  /** A modal dialog's selector: the page behind it sits under a dimming backdrop, out of use. */
  within?: string,
): Promise<SeriousViolation[]> {
  await atRest(page);
  const builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'wcag22aa',
    'best-practice',
  ]);
  const results = await (within === undefined ? builder : builder.include(within)).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? '',
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}
