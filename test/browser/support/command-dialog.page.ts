import { join } from 'node:path';
import { type Locator, type Page } from 'playwright-core';
import { seriousViolations, type SeriousViolation } from './axe';
import { artifactsDir } from './browser';
import { CasePage } from './case.page';

/** No finite animation runs: the dialog has faded in, labels have moved, pick-lists have closed. */
const settled = `document.getAnimations().every((animation) =>
  animation.playState !== 'running' ||
  animation.effect?.getComputedTiming().iterations === Infinity)`;

/**
 * A case page whose command dialogs are driven one by one: open, fill, look (a screenshot of the
 * open dialog and axe on the page behind it), record, and wait for the fact in the timeline.
 */
export class CommandDialogPage extends CasePage {
  readonly violations: { dialog: string; violations: SeriousViolation[] }[] = [];

  constructor(private readonly tab: Page) {
    super(tab);
  }

  async openCase(baseUrl: string, caseId: string): Promise<void> {
    await this.open(`${baseUrl}/admin/#/cases/${caseId}/show`);
  }

  /** Screenshot `dialog-<name>.png` of the filled dialog, and axe's serious findings, kept. */
  async look(name: string): Promise<void> {
    await this.tab.getByRole('listbox').waitFor({ state: 'detached' });
    await this.untilSettled();
    await this.tab.screenshot({ path: join(artifactsDir, `dialog-${name}.png`) });
    this.violations.push({ dialog: name, violations: await seriousViolations(this.tab) });
  }

  /** The chain's steps shown as done (MUI marks a completed step's label `Mui-completed`). */
  async completedSteps(): Promise<string[]> {
    const chain = this.tab.getByLabel('Enforcement chain');
    return chain.locator('.MuiStepLabel-label.Mui-completed').allInnerTexts();
  }

  /** Polled from here: the console's CSP forbids the page-side eval of waitForFunction. */
  private async untilSettled(): Promise<void> {
    while (!(await this.tab.evaluate<boolean>(settled))) await this.tab.waitForTimeout(50);
  }

  /** Records the dialog and waits for its fact in the timeline. */
  async recordAndSee(dialog: Locator, fact: string): Promise<void> {
    await this.record(dialog);
    const seen = this.timeline.getByText(fact, { exact: true }).first();
    const conflict = this.tab.getByRole('dialog', { name: 'Someone recorded something first' });
    try {
      await Promise.race([seen.waitFor(), conflict.waitFor()]);
      // The worker may flag a missed deadline on the case meanwhile: record on the new version.
      if (await conflict.isVisible()) {
        await conflict.getByRole('button', { name: 'Record on the new version' }).click();
      }
      await seen.waitFor();
    } catch (error) {
      await this.tab.screenshot({ path: join(artifactsDir, `dialog-failed-${fact}.png`) });
      throw error;
    }
  }

  async fill(dialog: Locator, label: RegExp, value: string): Promise<void> {
    await dialog.getByLabel(label).fill(value);
  }
}
