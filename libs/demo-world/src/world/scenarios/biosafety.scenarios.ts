import { usd, type Scenario } from './scenario';

/** The Cartagena Protocol on Biosafety: living modified organisms. */
export const biosafetyScenarios: readonly Scenario[] = [
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
];
