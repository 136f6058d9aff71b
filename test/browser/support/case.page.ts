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

  async record(dialog: Locator): Promise<void> {
    await dialog.getByRole('button', { name: 'Record' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  async pick(dialog: Locator, label: RegExp, option: RegExp): Promise<void> {
    await dialog.getByLabel(label).click();
    await this.page.getByRole('option', { name: option }).first().click();
  }
}
