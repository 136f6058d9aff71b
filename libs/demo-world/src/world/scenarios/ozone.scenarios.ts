import { round1, usd, eur, type Scenario } from './scenario';

/** The Montreal Protocol: ozone-depleting substances. */
export const ozoneScenarios: readonly Scenario[] = [
  {
    key: 'hcfc22-cylinders',
    agreement: 'MP',
    weight: 12,
    transportModes: ['sea_container', 'road'],
    origins: ['CN', 'IN'],
    destinations: ['KE', 'NG', 'PY', 'BR', 'PH', 'TZ', 'GH', 'BD', 'PK'],
    concealment: ['mislabelled_cylinders', 'hidden_in_legal_cargo'],
    legalBasis: ['false_declaration', 'no_permit_or_licence', 'quota_exceeded'],
    disposals: ['destroyed', 're_exported', 'forfeited', 'recycled'],
    item: (random) => {
      const cylinders = random.int(40, 2300);
      const declared = random.pick([
        ['2903.45', 'Refrigerant R-134a (HFC-134a)'],
        ['8415.10', 'Air-curtain equipment'],
        ['8418.10', 'Refrigeration equipment spare parts'],
      ] as const);
      return {
        agreements: ['MP'],
        hsDeclared: declared[0],
        hsEstablished: '2903.71',
        descriptionDeclared: declared[1],
        descriptionEstablished: 'HCFC-22 (R-22) in 13.6 kg disposable cylinders',
        substance: 'HCFC-22',
        quantities: [
          { amount: cylinders, unit: 'cylinders' },
          { amount: round1(cylinders * 13.6), unit: 'kilograms' },
        ],
        containers: Math.max(1, Math.round(cylinders / 1000)),
        estimatedValue: usd(cylinders * random.int(55, 110)),
        valuationBasis: 'Local market price per cylinder',
      };
    },
    lab: {
      method: 'Refrigerant identifier (infrared)',
      result: 'R-22 98.7%, air 1.3%',
      substance: 'HCFC-22',
    },
  },
  {
    key: 'cfc12-cans',
    agreement: 'MP',
    weight: 4,
    transportModes: ['sea_container', 'road', 'post_courier'],
    origins: ['CN', 'AE'],
    destinations: ['NL', 'ES', 'TR', 'MX', 'ZA', 'IN'],
    concealment: ['mislabelled_cylinders', 'hidden_in_legal_cargo', 'mail'],
    legalBasis: ['prohibited_substance', 'false_declaration'],
    disposals: ['destroyed', 're_exported'],
    item: (random) => {
      const cans = random.int(200, 9000);
      return {
        agreements: ['MP'],
        hsDeclared: '2903.45',
        hsEstablished: '2903.77',
        descriptionDeclared: 'R-134a refrigerant in 1 kg cans',
        descriptionEstablished: 'CFC-12 in cans labelled R-134a',
        substance: 'CFC-12',
        quantities: [
          { amount: cans, unit: 'cans' },
          { amount: cans, unit: 'kilograms' },
        ],
        estimatedValue: eur(cans * random.int(8, 20)),
      };
    },
    lab: { method: 'Gas chromatography', result: 'CFC-12 > 95%', substance: 'CFC-12' },
  },
];
