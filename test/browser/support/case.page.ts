import { type Locator, type Page } from 'playwright-core';

/** The case page: header, chain stepper, defendants, timeline, and the command dialogs. */
export class CasePage {
  constructor(private readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.timeline.waitFor();
  }

  get timeline(): Locator {
    return this.page.getByRole('table', { name: 'Timeline' });
  }

  stage(name: string): Locator {
    return this.page.getByText(name, { exact: true }).first();
  }

  defendant(name: string): Locator {
    return this.page
      .getByRole('table', { name: 'Defendants' })
      .getByRole('row', { name: new RegExp(name) });
  }

  /** Opens a command's dialog from a button (on the case, or in a defendant's row). */
  async openCommand(button: string, within?: Locator): Promise<Locator> {
    await (within ?? this.page).getByRole('button', { name: button }).click();
    const dialog = this.page.getByRole('dialog', { name: button });
    await dialog.waitFor();
    return dialog;
  }

  /** Records the dialog's command; a refusal fails with the API's words instead of a timeout. */
  async record(dialog: Locator): Promise<void> {
    await dialog.getByRole('button', { name: 'Record' }).click();
    const refusal = dialog.getByRole('alert');
    await Promise.race([dialog.waitFor({ state: 'detached' }), refusal.waitFor()]);
    if (await refusal.isVisible()) throw new Error(`Refused: ${await refusal.innerText()}`);
  }

  /** An autocomplete or select in a dialog (the nth with that label): type, then take the option. */
  async pick(dialog: Locator, label: RegExp, option: RegExp, nth = 0): Promise<void> {
    await dialog.getByLabel(label).nth(nth).click();
    await this.page.getByRole('option', { name: option }).first().click();
  }
}
