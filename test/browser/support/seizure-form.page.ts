import { type Page } from 'playwright-core';
import { Keyboard } from './keyboard';

export interface SeizureItem {
  readonly descriptionDeclared: string;
  readonly hsDeclared: string;
  readonly descriptionEstablished: string;
  readonly hsEstablished: string;
  readonly substance: string;
  readonly quantities: readonly { amount: string; unit: string }[];
  readonly value: { amount: string; currency: string };
}

export interface SeizureParty {
  readonly kind: 'Person' | 'Company';
  readonly role: RegExp;
  readonly name: string;
  readonly nationalityOrCountry: string;
  /** A person's sex and age group, as the options read. */
  readonly sex?: RegExp;
  readonly ageBand?: RegExp;
}

/** The seizure form, filled with the keyboard alone (Tab, typing, arrows, Enter). */
export class SeizureFormPage {
  private readonly keys: Keyboard;

  constructor(private readonly page: Page) {
    this.keys = new Keyboard(page);
  }

  async waitForForm(): Promise<void> {
    await this.page.getByRole('heading', { name: 'Where and when' }).waitFor();
  }

  async fillSeizure(reference: string, port: string): Promise<void> {
    await this.keys.type(/^Reference/, reference);
    await this.keys.type(/^Place of seizure/, port);
    await this.keys.choose(/^Type of place/, /^Seaport$/);
    await this.keys.choose(/^Direction/, /^Import$/);
    await this.keys.choose(/^Transport/, /^Sea container$/);
    await this.keys.complete(/^Origin/, 'China');
    await this.keys.complete(/^Transit countries/, 'United Arab');
    await this.keys.complete(/^Destination/, 'Kenya');
    await this.keys.complete(/^Detection methods/, 'Risk profiling');
    await this.keys.complete(/^Detection methods/, 'X-ray');
    await this.keys.choose(/^Concealment/, /^Mislabelled cylinders$/);
    await this.keys.complete(/^Grounds for seizure/, 'False declaration');
  }

  async fillItem(item: SeizureItem): Promise<void> {
    await this.keys.type(/^Description as declared/, item.descriptionDeclared);
    await this.keys.type(/^HS code as declared/, item.hsDeclared);
    await this.keys.type(/^Description as established/, item.descriptionEstablished);
    await this.keys.type(/^HS code as established/, item.hsEstablished);
    await this.page.getByRole('status').filter({ hasText: item.substance }).waitFor();
    await this.keys.press(/^Use these agreements/);
    await this.keys.type(/^Substance/, item.substance);
    for (const [index, quantity] of item.quantities.entries()) {
      // A new row takes the focus on its first input.
      if (index > 0) await this.keys.press(/^Add a quantity/);
      await this.keys.type(/^Amount/, quantity.amount, index > 0);
      await this.keys.complete(/^Unit/, quantity.unit);
    }
    await this.keys.type(/^Estimated value · Amount/, item.value.amount);
    await this.keys.complete(
      /^Currency/,
      item.value.currency,
      new RegExp(`^${item.value.currency}`),
    );
  }

  async addParty(party: SeizureParty): Promise<void> {
    await this.keys.press(/^Add an offender/);
    await this.keys.choose(/^Person or company/, new RegExp(`^${party.kind}$`), true);
    await this.keys.choose(/^Role/, party.role);
    await this.keys.type(/^Name/, party.name);
    const where = party.kind === 'Person' ? /^Nationality/ : /^Country/;
    await this.keys.complete(where, party.nationalityOrCountry);
    if (party.sex) await this.keys.choose(/^Sex/, party.sex);
    if (party.ageBand) await this.keys.choose(/^Age group/, party.ageBand);
  }

  /** The day the shipment left, typed as the date input takes it. */
  async fillShipmentDate(day: string): Promise<void> {
    await this.page.getByLabel(/^Shipment date/).fill(day);
  }

  async save(): Promise<void> {
    await this.keys.press(/^Save$/);
  }
}
