import { usd, eur, type Scenario } from './scenario';

/** The Basel Convention: hazardous waste and its transboundary movement. */
export const wasteScenarios: readonly Scenario[] = [
  {
    key: 'e-waste',
    agreement: 'BC',
    weight: 8,
    transportModes: ['sea_container'],
    origins: ['DE', 'NL', 'BE', 'GB', 'US', 'IT'],
    destinations: ['NG', 'GH', 'CM', 'TZ', 'PK', 'CI'],
    concealment: ['hidden_in_legal_cargo', undefined],
    legalBasis: ['no_notification', 'false_declaration', 'no_consent'],
    disposals: ['re_exported', 'recycled'],
    item: (random) => {
      const tonnes = random.int(6, 90);
      return {
        agreements: ['BC'],
        hsDeclared: '8471.30',
        hsEstablished: '8549.91',
        descriptionDeclared: 'Used household goods and second-hand electronics',
        descriptionEstablished: 'Non-functional CRT monitors, fridges and circuit boards',
        baselCode: 'A1180',
        quantities: [{ amount: tonnes, unit: 'metric_tons' }],
        containers: Math.max(1, Math.round(tonnes / 18)),
        estimatedValue: eur(tonnes * random.int(150, 600)),
      };
    },
  },
  {
    key: 'lead-acid-batteries',
    agreement: 'BC',
    weight: 3,
    transportModes: ['road', 'sea_container'],
    origins: ['KE', 'UG', 'MX', 'PL', 'IN'],
    destinations: ['TZ', 'US', 'DE', 'BD'],
    concealment: ['hidden_in_legal_cargo', undefined],
    legalBasis: ['no_notification', 'no_consent'],
    disposals: ['recycled', 're_exported'],
    item: (random) => {
      const tonnes = random.int(4, 40);
      return {
        agreements: ['BC'],
        hsDeclared: '7204.49',
        hsEstablished: '8549.11',
        descriptionDeclared: 'Metal scrap',
        descriptionEstablished: 'Used lead-acid batteries, undrained',
        baselCode: 'A1160',
        quantities: [{ amount: tonnes, unit: 'metric_tons' }],
        estimatedValue: usd(tonnes * random.int(400, 900)),
      };
    },
  },
  {
    key: 'plastic-waste',
    agreement: 'BC',
    weight: 4,
    transportModes: ['sea_container'],
    origins: ['GB', 'DE', 'US', 'FR', 'AU'],
    destinations: ['MY', 'ID', 'VN', 'TR', 'TH'],
    concealment: [undefined, 'hidden_in_legal_cargo'],
    legalBasis: ['not_conforming_to_documents', 'no_consent'],
    disposals: ['re_exported', 'recycled'],
    item: (random) => {
      const tonnes = random.int(20, 400);
      return {
        agreements: ['BC'],
        hsDeclared: '3915.10',
        hsEstablished: '3915.90',
        descriptionDeclared: 'Sorted PE film for recycling (B3011)',
        descriptionEstablished: 'Mixed, contaminated household plastic waste',
        baselCode: 'Y48',
        quantities: [{ amount: tonnes, unit: 'metric_tons' }],
        containers: Math.max(1, Math.round(tonnes / 20)),
        estimatedValue: usd(tonnes * random.int(20, 120)),
      };
    },
  },
  {
    key: 'waste-oil',
    agreement: 'BC',
    weight: 2,
    transportModes: ['road', 'sea_container'],
    origins: ['AE', 'TR', 'NG'],
    destinations: ['GH', 'PK', 'IN'],
    concealment: [undefined],
    legalBasis: ['no_notification', 'false_declaration'],
    disposals: ['recycled', 'destroyed'],
    item: (random) => {
      const litres = random.int(5000, 60000);
      return {
        agreements: ['BC'],
        hsDeclared: '2710.19',
        hsEstablished: '2710.99',
        descriptionDeclared: 'Base oil',
        descriptionEstablished: 'Used lubricating oil mixed with water',
        baselCode: 'Y8',
        quantities: [{ amount: litres, unit: 'litres' }],
        estimatedValue: usd(litres * 0.2),
      };
    },
    lab: {
      method: 'Infrared spectroscopy and water content',
      result: 'Used mineral oil, 14% water',
    },
  },
];
