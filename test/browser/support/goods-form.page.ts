import { type Page } from 'playwright-core';
import { Keyboard } from './keyboard';

interface Goods {
  readonly descriptionDeclared: string;
  readonly hsDeclared: string;
  readonly descriptionEstablished: string;
  readonly hsEstablished: string;
  readonly quantity: { readonly amount: string; readonly unit: string };
}

export interface WildlifeGoods extends Goods {
  /** What the officer types in the species field, and the listing to take. */
  readonly species: { readonly typed: string; readonly listing: RegExp };
  readonly term: string;
  readonly unit: string;
}

export interface ChemicalGoods extends Goods {
  readonly substance: { readonly typed: string; readonly option: RegExp };
}

/**
 * The goods part of the seizure form, by keyboard alone: the HS codes, then the CITES species and
 * codes or the controlled substance, picked from the reference look-ups.
 */
export class GoodsFormPage {
  private readonly keys: Keyboard;

  constructor(private readonly page: Page) {
    this.keys = new Keyboard(page);
  }

  private async describe(goods: Goods): Promise<void> {
    await this.keys.type(/^Description as declared/, goods.descriptionDeclared);
    await this.keys.type(/^HS code as declared/, goods.hsDeclared);
    await this.keys.type(/^Description as established/, goods.descriptionEstablished);
    await this.keys.type(/^HS code as established/, goods.hsEstablished);
  }

  private async quantify({ quantity }: Goods): Promise<void> {
    await this.keys.type(/^Amount/, quantity.amount);
    await this.keys.complete(/^Unit/, quantity.unit);
  }

  /** An HS code suggesting CITES opens the CITES fields; the suggestion is taken with Enter. */
  async fillWildlife(goods: WildlifeGoods): Promise<void> {
    await this.describe(goods);
    await this.page.getByRole('status').filter({ hasText: 'Endangered Species' }).waitFor();
    await this.keys.press(/^Use these agreements/);
    await this.keys.complete(/^Species/, goods.species.typed, goods.species.listing);
    await this.keys.complete(/^CITES term/, goods.term, new RegExp(`^${goods.term} —`));
    await this.keys.complete(/^CITES unit/, goods.unit, new RegExp(`^${goods.unit} —`));
    await this.quantify(goods);
  }

  /** The substance look-up alone sets the agreement (the Montreal Protocol). */
  async fillChemical(goods: ChemicalGoods): Promise<void> {
    await this.describe(goods);
    await this.keys.complete(/^Substance/, goods.substance.typed, goods.substance.option);
    await this.quantify(goods);
  }

  /** The fields the look-ups filled in, as the form shows them. */
  async value(label: RegExp): Promise<string> {
    return this.page.getByLabel(label).first().inputValue();
  }
}
