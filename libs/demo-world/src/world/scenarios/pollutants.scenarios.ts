import { usd, type Scenario } from './scenario';

/** The Stockholm Convention: persistent organic pollutants. */
export const pollutantsScenarios: readonly Scenario[] = [
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
];
