import { usd, type Scenario } from './scenario';

/** The Rotterdam Convention: hazardous chemicals and pesticides under prior informed consent. */
export const hazardousChemicalsScenarios: readonly Scenario[] = [
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
];
