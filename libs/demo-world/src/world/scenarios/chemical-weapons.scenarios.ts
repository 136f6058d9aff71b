import { usd, type Scenario } from './scenario';

/** The Chemical Weapons Convention: scheduled chemicals and their precursors. */
export const chemicalWeaponsScenarios: readonly Scenario[] = [
  {
    key: 'phosphorus-trichloride',
    agreement: 'CWC',
    weight: 2,
    transportModes: ['sea_container', 'road'],
    origins: ['CN', 'IN', 'DE'],
    destinations: ['AE', 'TR', 'PK'],
    concealment: [undefined, 'hidden_in_legal_cargo'],
    legalBasis: ['no_permit_or_licence', 'false_declaration'],
    disposals: ['re_exported', 'destroyed'],
    item: (random) => {
      const kilograms = random.int(500, 20000);
      return {
        agreements: ['CWC'],
        hsDeclared: '2853.90',
        hsEstablished: '2812.13',
        descriptionDeclared: 'Inorganic chemical (flame retardant intermediate)',
        descriptionEstablished: 'Phosphorus trichloride (CWC Schedule 3)',
        substance: 'Phosphorus trichloride',
        quantities: [{ amount: kilograms, unit: 'kilograms' }],
        estimatedValue: usd(kilograms * random.int(1, 3)),
      };
    },
    lab: {
      method: 'Raman spectroscopy',
      result: 'PCl3 identified',
      substance: 'Phosphorus trichloride',
    },
  },
  {
    key: 'thiodiglycol',
    agreement: 'CWC',
    weight: 1,
    transportModes: ['air_cargo', 'post_courier'],
    origins: ['CN', 'IN'],
    destinations: ['TR', 'AE', 'MY'],
    concealment: ['mail', 'hidden_in_legal_cargo'],
    legalBasis: ['no_permit_or_licence', 'false_declaration'],
    disposals: ['destroyed'],
    item: (random) => {
      const litres = random.int(20, 800);
      return {
        agreements: ['CWC'],
        hsDeclared: '3204.90',
        hsEstablished: '2930.70',
        descriptionDeclared: 'Textile dye carrier',
        descriptionEstablished: 'Thiodiglycol (CWC Schedule 2)',
        substance: 'Thiodiglycol',
        quantities: [{ amount: litres, unit: 'litres' }],
        estimatedValue: usd(litres * random.int(5, 15)),
      };
    },
    lab: { method: 'GC-MS', result: 'Thiodiglycol 99%', substance: 'Thiodiglycol' },
  },
];
