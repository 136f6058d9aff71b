import type { CommodityItemDetails } from '@greenchain/domain';
import type { Random } from '../random';

export type CoreAgreement = 'MP' | 'BC' | 'RC' | 'SC' | 'CITES' | 'CPB' | 'CWC';

/** The seven agreements of the Green Customs Initiative (Minamata is outside its core set). */
export const coreAgreements: readonly CoreAgreement[] = [
  'MP',
  'BC',
  'RC',
  'SC',
  'CITES',
  'CPB',
  'CWC',
];

export type ItemDraft = Omit<CommodityItemDetails, 'itemId'>;

/**
 * One recurring smuggling pattern from the research notes: what is moved, how it is declared, how it
 * travels and hides, and what happens to it once seized.
 */
export interface Scenario {
  readonly key: string;
  readonly agreement: CoreAgreement;
  readonly weight: number;
  readonly transportModes: readonly string[];
  readonly origins: readonly string[];
  readonly destinations: readonly string[];
  readonly concealment: readonly (string | undefined)[];
  readonly legalBasis: readonly string[];
  readonly disposals: readonly string[];
  readonly item: (random: Random) => ItemDraft;
  /** What a laboratory or field test establishes, when one is run. */
  readonly lab?: { readonly method: string; readonly result: string; readonly substance?: string };
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const usd = (amount: number) => ({ amount: Math.round(amount), currency: 'USD' });
const eur = (amount: number) => ({ amount: Math.round(amount), currency: 'EUR' });

export const scenarios: readonly Scenario[] = [
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
  {
    key: 'ddt-pesticide',
    agreement: 'SC',
    weight: 3,
    transportModes: ['sea_container', 'road'],
    origins: ['IN', 'CN'],
    destinations: ['ET', 'MZ', 'UG', 'SN', 'PK'],
    concealment: ['hidden_in_legal_cargo', undefined],
    legalBasis: ['prohibited_substance', 'false_declaration'],
    disposals: ['destroyed', 're_exported'],
    item: (random) => {
      const bags = random.int(40, 1800);
      return {
        agreements: ['SC', 'RC'],
        hsDeclared: '3105.20',
        hsEstablished: '3808.59',
        descriptionDeclared: 'NPK fertiliser',
        descriptionEstablished: 'DDT 75% wettable powder in 25 kg bags',
        substance: 'DDT',
        quantities: [
          { amount: bags, unit: 'bags' },
          { amount: bags * 25, unit: 'kilograms' },
        ],
        estimatedValue: usd(bags * random.int(40, 90)),
      };
    },
    lab: { method: 'GC-MS', result: 'p,p′-DDT 74.2%', substance: 'DDT' },
  },
  {
    key: 'lindane',
    agreement: 'SC',
    weight: 2,
    transportModes: ['sea_container', 'air_cargo'],
    origins: ['IN', 'CN'],
    destinations: ['MX', 'BR', 'CO', 'PE'],
    concealment: ['hidden_in_legal_cargo'],
    legalBasis: ['prohibited_substance'],
    disposals: ['destroyed'],
    item: (random) => {
      const kilograms = random.int(200, 8000);
      return {
        agreements: ['SC', 'RC'],
        hsDeclared: '3808.91',
        hsEstablished: '3824.85',
        descriptionDeclared: 'Insecticide formulation (authorised)',
        descriptionEstablished: 'Lindane (gamma-HCH) formulation',
        substance: 'Lindane',
        quantities: [{ amount: kilograms, unit: 'kilograms' }],
        estimatedValue: usd(kilograms * random.int(5, 15)),
      };
    },
    lab: { method: 'GC-ECD', result: 'gamma-HCH 20% EC', substance: 'Lindane' },
  },
  {
    key: 'methyl-parathion',
    agreement: 'RC',
    weight: 3,
    transportModes: ['sea_container', 'road'],
    origins: ['CN', 'IN'],
    destinations: ['GH', 'CI', 'KE', 'BD', 'PE'],
    concealment: ['hidden_in_legal_cargo', undefined],
    legalBasis: ['no_permit_or_licence', 'false_declaration'],
    disposals: ['destroyed', 're_exported'],
    item: (random) => {
      const litres = random.int(500, 20000);
      return {
        agreements: ['RC'],
        hsDeclared: '3808.91',
        hsEstablished: '3808.69',
        descriptionDeclared: 'Registered insecticide',
        descriptionEstablished: 'Methyl parathion 50% EC without prior informed consent',
        substance: 'Methyl parathion',
        quantities: [{ amount: litres, unit: 'litres' }],
        estimatedValue: usd(litres * random.int(3, 9)),
      };
    },
    lab: { method: 'HPLC', result: 'Methyl parathion 48.9%', substance: 'Methyl parathion' },
  },
  {
    key: 'asbestos',
    agreement: 'RC',
    weight: 2,
    transportModes: ['sea_container', 'road'],
    origins: ['CN', 'IN', 'TR'],
    destinations: ['AU', 'PL', 'ZA', 'PH'],
    concealment: [undefined, 'hidden_in_legal_cargo'],
    legalBasis: ['prohibited_substance', 'not_conforming_to_documents'],
    disposals: ['destroyed', 're_exported'],
    item: (random) => {
      const tonnes = random.int(2, 60);
      return {
        agreements: ['RC'],
        hsDeclared: '6806.10',
        hsEstablished: '2524.10',
        descriptionDeclared: 'Mineral wool insulation',
        descriptionEstablished: 'Crocidolite asbestos fibre in gaskets and boards',
        substance: 'Crocidolite asbestos',
        quantities: [{ amount: tonnes, unit: 'metric_tons' }],
        estimatedValue: usd(tonnes * random.int(300, 900)),
      };
    },
    lab: {
      method: 'Polarised light microscopy',
      result: 'Crocidolite present',
      substance: 'Crocidolite asbestos',
    },
  },
  {
    key: 'gm-maize',
    agreement: 'CPB',
    weight: 3,
    transportModes: ['sea_container', 'road'],
    origins: ['US', 'BR', 'ZA'],
    destinations: ['KE', 'PE', 'TR', 'PL', 'EC'],
    concealment: [undefined],
    legalBasis: ['no_permit_or_licence', 'not_conforming_to_documents'],
    disposals: ['re_exported', 'destroyed'],
    item: (random) => {
      const tonnes = random.int(20, 3000);
      return {
        agreements: ['CPB'],
        hsDeclared: '1005.90',
        hsEstablished: '1005.90',
        descriptionDeclared: 'Yellow maize, non-GM',
        descriptionEstablished: 'Maize containing an unapproved GM event',
        substance: 'GM maize (MON 810)',
        quantities: [{ amount: tonnes, unit: 'metric_tons' }],
        estimatedValue: usd(tonnes * random.int(180, 320)),
      };
    },
    lab: {
      method: 'Real-time PCR (event-specific)',
      result: 'MON 810 detected, 3.4%',
      substance: 'MON 810',
    },
  },
  {
    key: 'gm-soya-seed',
    agreement: 'CPB',
    weight: 1,
    transportModes: ['road', 'post_courier'],
    origins: ['BR', 'US'],
    destinations: ['PY', 'PE', 'EC'],
    concealment: ['hidden_in_legal_cargo', 'mail'],
    legalBasis: ['no_permit_or_licence'],
    disposals: ['destroyed'],
    item: (random) => {
      const bags = random.int(10, 600);
      return {
        agreements: ['CPB'],
        hsDeclared: '1201.90',
        hsEstablished: '1201.10',
        descriptionDeclared: 'Soya beans for consumption',
        descriptionEstablished: 'GM soya seed for sowing (herbicide-tolerant)',
        substance: 'GM soya seed',
        quantities: [
          { amount: bags, unit: 'bags' },
          { amount: bags * 40, unit: 'kilograms' },
        ],
        estimatedValue: usd(bags * random.int(30, 80)),
      };
    },
    lab: { method: 'Lateral flow strip test', result: 'CP4 EPSPS protein positive' },
  },
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
