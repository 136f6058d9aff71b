import { type Locator, type Page } from 'playwright-core';
import { CasePage } from './case.page';

/** The case page's goods and offenders, with the dialogs that correct them or record a finding. */
export class CaseEntryPage extends CasePage {
  constructor(private readonly view: Page) {
    super(view);
  }

  get goods(): Locator {
    return this.view.getByRole('table', { name: 'Seized goods' });
  }

  item(description: string | RegExp): Locator {
    return this.goods.getByRole('row', { name: description });
  }

  /** Opens a dialog from an item's row (Amend item, Record lab result). */
  openOnItem(button: string, description: string | RegExp): Promise<Locator> {
    return this.openCommand(button, this.item(description));
  }
}
