import { round1, usd, eur, type Scenario } from './scenario';

/** CITES: endangered wild fauna and flora. */
export const wildlifeScenarios: readonly Scenario[] = [
  {
    key: 'pangolin-scales',
    agreement: 'CITES',
    weight: 9,
    transportModes: ['sea_container', 'air_cargo'],
    origins: ['NG', 'CM', 'CD', 'GH', 'CI'],
    destinations: ['CN', 'VN', 'LA'],
    concealment: ['hidden_in_legal_cargo', 'false_compartment'],
    legalBasis: ['no_permit_or_licence', 'false_declaration'],
    disposals: ['destroyed', 'forfeited'],
    item: (random) => {
      const kilograms = random.int(80, 9000);
      const declared = random.pick(['Plastic scrap', 'Frozen fish', 'Cashew nuts', 'Ginger']);
      return {
        agreements: ['CITES'],
        hsDeclared: declared === 'Plastic scrap' ? '3915.90' : '0303.89',
        hsEstablished: '0507.90',
        descriptionDeclared: declared,
        descriptionEstablished: 'Pangolin scales in sacks',
        species: 'Manis spp.',
        cites: { appendix: 'I', term: 'SCA', unit: 'KIL', source: 'W' },
        quantities: [{ amount: kilograms, unit: 'kilograms' }],
        containers: random.int(1, 2),
        estimatedValue: usd(kilograms * random.int(250, 700)),
        valuationBasis: 'Destination market value per kilogram',
      };
    },
  },
  {
    key: 'rosewood-logs',
    agreement: 'CITES',
    weight: 5,
    transportModes: ['sea_container'],
    origins: ['MG', 'MZ', 'GH', 'NG', 'CM'],
    destinations: ['CN', 'VN', 'IN'],
    concealment: ['hidden_in_legal_cargo', undefined],
    legalBasis: ['no_permit_or_licence', 'not_conforming_to_documents'],
    disposals: ['auctioned', 'forfeited', 'repatriated'],
    item: (random) => {
      const cubicMetres = random.int(20, 900);
      return {
        agreements: ['CITES'],
        hsDeclared: '4407.29',
        hsEstablished: '4403.49',
        descriptionDeclared: 'Sawn hardwood (non-CITES species)',
        descriptionEstablished: 'Rosewood logs (Dalbergia spp.)',
        species: 'Dalbergia spp.',
        cites: { appendix: 'II', term: 'LOG', unit: 'CUM', source: 'W' },
        quantities: [
          { amount: cubicMetres, unit: 'cubic_metres' },
          { amount: cubicMetres * random.int(3, 6), unit: 'pieces' },
        ],
        containers: Math.max(1, Math.round(cubicMetres / 25)),
        estimatedValue: usd(cubicMetres * random.int(1500, 4500)),
      };
    },
  },
  {
    key: 'glass-eels',
    agreement: 'CITES',
    weight: 4,
    transportModes: ['air_passenger', 'air_cargo'],
    origins: ['FR', 'ES'],
    destinations: ['CN', 'VN', 'MY'],
    concealment: ['body_or_baggage', 'hidden_in_legal_cargo'],
    legalBasis: ['no_permit_or_licence'],
    disposals: ['repatriated', 'rescue_centre_or_zoo'],
    item: (random) => {
      const kilograms = random.int(15, 260);
      return {
        agreements: ['CITES'],
        hsEstablished: '0301.92',
        descriptionEstablished: 'Live glass eels in oxygenated bags in suitcases',
        species: 'Anguilla anguilla',
        cites: { appendix: 'II', term: 'LIV', unit: 'KIL', source: 'W' },
        quantities: [
          { amount: kilograms, unit: 'kilograms' },
          { amount: random.int(4, 30), unit: 'bags' },
        ],
        liveCount: kilograms * 3000,
        estimatedValue: eur(kilograms * random.int(1000, 5000)),
        valuationBasis: 'Asian market price per kilogram',
      };
    },
  },
  {
    key: 'ivory',
    agreement: 'CITES',
    weight: 4,
    transportModes: ['sea_container', 'air_cargo', 'air_passenger'],
    origins: ['KE', 'TZ', 'MZ', 'CM', 'NG', 'UG'],
    destinations: ['VN', 'CN', 'MY', 'TH', 'KH'],
    concealment: ['hidden_in_legal_cargo', 'false_compartment', 'body_or_baggage'],
    legalBasis: ['no_permit_or_licence', 'false_declaration'],
    disposals: ['destroyed', 'forfeited'],
    item: (random) => {
      const kilograms = random.int(8, 3200);
      return {
        agreements: ['CITES'],
        hsDeclared: random.pick(['1202.42', '4403.49', '0714.10']),
        hsEstablished: '0507.10',
        descriptionDeclared: random.pick(['Groundnuts', 'Timber', 'Cassava']),
        descriptionEstablished: 'Raw elephant ivory tusks and pieces',
        species: 'Loxodonta africana',
        cites: { appendix: 'I', term: 'TUS', unit: 'KIL', source: 'W' },
        quantities: [
          { amount: kilograms, unit: 'kilograms' },
          { amount: Math.max(1, Math.round(kilograms / 9)), unit: 'pieces' },
        ],
        estimatedValue: usd(kilograms * random.int(300, 1100)),
      };
    },
  },
  {
    key: 'grey-parrots',
    agreement: 'CITES',
    weight: 2,
    transportModes: ['air_cargo', 'road'],
    origins: ['CM', 'CD', 'NG'],
    destinations: ['AE', 'TR', 'ZA'],
    concealment: ['false_compartment', 'hidden_in_legal_cargo'],
    legalBasis: ['no_permit_or_licence'],
    disposals: ['rescue_centre_or_zoo', 'repatriated'],
    item: (random) => {
      const birds = random.int(12, 420);
      return {
        agreements: ['CITES'],
        hsEstablished: '0106.32',
        descriptionDeclared: 'Live domestic poultry',
        descriptionEstablished: 'Live African grey parrots in crates',
        species: 'Psittacus erithacus',
        cites: { appendix: 'I', term: 'LIV', unit: 'PCS', source: 'W' },
        quantities: [{ amount: birds, unit: 'pieces' }],
        liveCount: birds,
        estimatedValue: usd(birds * random.int(400, 1500)),
      };
    },
  },
  {
    key: 'rhino-horn',
    agreement: 'CITES',
    weight: 2,
    transportModes: ['air_passenger', 'air_cargo'],
    origins: ['ZA', 'MZ'],
    destinations: ['VN', 'CN', 'MY'],
    concealment: ['body_or_baggage', 'false_compartment'],
    legalBasis: ['no_permit_or_licence'],
    disposals: ['forfeited', 'destroyed'],
    item: (random) => {
      const horns = random.int(1, 24);
      return {
        agreements: ['CITES'],
        hsEstablished: '0507.90',
        descriptionEstablished: 'Rhinoceros horns wrapped in foil',
        species: 'Rhinocerotidae',
        cites: { appendix: 'I', term: 'HOR', unit: 'PCS', source: 'W' },
        quantities: [
          { amount: horns, unit: 'pieces' },
          { amount: round1(horns * (random.int(15, 40) / 10)), unit: 'kilograms' },
        ],
        estimatedValue: usd(horns * random.int(60_000, 160_000)),
      };
    },
  },
  {
    key: 'shark-fins',
    agreement: 'CITES',
    weight: 2,
    transportModes: ['air_cargo', 'sea_container'],
    origins: ['EC', 'PE', 'MX'],
    destinations: ['CN', 'VN'],
    concealment: ['hidden_in_legal_cargo'],
    legalBasis: ['no_permit_or_licence', 'false_declaration'],
    disposals: ['destroyed', 'auctioned'],
    item: (random) => {
      const kilograms = random.int(100, 6000);
      return {
        agreements: ['CITES'],
        hsDeclared: '0305.72',
        hsEstablished: '0305.71',
        descriptionDeclared: 'Dried fish maws',
        descriptionEstablished: 'Dried silky shark fins',
        species: 'Carcharhinus falciformis',
        cites: { appendix: 'II', term: 'FIN', unit: 'KIL', source: 'W' },
        quantities: [{ amount: kilograms, unit: 'kilograms' }],
        estimatedValue: usd(kilograms * random.int(60, 250)),
      };
    },
  },
];
