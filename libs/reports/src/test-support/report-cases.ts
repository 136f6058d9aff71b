import type { ReportCase, ReportDefendant, ReportItem } from '@greenchain/read-models';
import type { UsdRateTable } from '@greenchain/metrics';

/** A rate table small enough to work figures out by hand: 2 euros or 100 shillings a dollar. */
export const rates: UsdRateTable = {
  readOn: '2026-01-01',
  source: 'test',
  firstYear: 2023,
  latestYear: 2024,
  currencies: [
    { currency: 'EUR', unitsPerUsd: { 2023: 2, 2024: 2 } },
    { currency: 'KES', unitsPerUsd: { 2023: 100, 2024: 100 } },
  ],
};

export const item = (fields: Partial<ReportItem> = {}): ReportItem => ({
  itemId: 'item-1',
  agreements: ['CITES'],
  hsDeclared: null,
  hsEstablished: '0507.90',
  descriptionDeclared: null,
  descriptionEstablished: 'Pangolin scales',
  species: 'Manis spp.',
  substance: null,
  cites: { appendix: 'I', term: 'SCA', unit: null, source: 'W' },
  baselCode: null,
  quantities: [{ amount: 250, unit: 'kilograms' }],
  estimatedValue: { amount: 1000, currency: 'EUR' },
  disposal: null,
  ...fields,
});

export const person = (fields: Partial<ReportDefendant> = {}): ReportDefendant => ({
  partyId: 'party-1',
  kind: 'person',
  role: 'consignee',
  nationality: 'NG',
  sex: null,
  ageBand: null,
  charges: [],
  chargedOn: null,
  declinedOn: null,
  withdrawnOn: null,
  verdict: null,
  sentence: null,
  ...fields,
});

export const reportCase = (fields: Partial<ReportCase> = {}): ReportCase => ({
  caseId: 'case-1',
  reference: 'REF-1',
  country: 'KE',
  agency: 'Customs',
  seizedOn: '2024-07-15',
  movementStartedOn: null,
  location: { name: 'JKIA', type: 'airport' },
  direction: 'import',
  transportMode: 'air_cargo',
  route: { origin: 'NG', departure: null, transit: [], destination: 'KE' },
  detectionMethods: ['scanner_xray'],
  concealmentMethod: null,
  seizureReasons: ['no_permit_or_licence'],
  items: [item()],
  defendants: [person()],
  settlement: null,
  referredOn: null,
  outcome: 'open',
  closure: null,
  gapExplanations: [],
  ...fields,
});
