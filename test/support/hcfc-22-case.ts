/**
 * Request bodies of one HCFC-22 smuggling case through the API: 400 cylinders declared as air-curtain
 * equipment, seized at Mombasa, a consignee and a freight forwarder.
 */
let seizures = 0;

/**
 * The seizure, under a reference of its own each time unless one is given: an agency's references
 * are unique, so a second case with the same one is refused (409).
 */
export const seizureRequest = (
  reference = `KRA/MSA/2024/${String(173 + seizures++).padStart(4, '0')}`,
) => ({
  occurredAt: '2024-03-01',
  reference,
  location: { name: 'Port of Mombasa', type: 'seaport' },
  direction: 'import',
  transportMode: 'sea_container',
  route: { origin: 'CN', transit: ['AE'], destination: 'KE' },
  detectionMethods: ['risk_profiling', 'scanner_xray'],
  concealmentMethod: 'mislabelled_cylinders',
  legalBasis: ['false_declaration', 'no_permit_or_licence'],
});

export const itemRequest = {
  occurredAt: '2024-03-01',
  agreements: ['MP'],
  hsDeclared: '8415.10',
  hsEstablished: '2903.71',
  descriptionDeclared: 'Air-curtain equipment',
  descriptionEstablished: 'HCFC-22 in disposable cylinders',
  substance: 'HCFC-22',
  quantities: [
    { amount: 400, unit: 'cylinders' },
    { amount: 5440, unit: 'kilograms' },
  ],
  containers: 1,
  estimatedValue: { amount: 27200, currency: 'USD' },
};

export const consigneeRequest = {
  occurredAt: '2024-03-01',
  kind: 'person',
  role: 'consignee',
  name: 'John Kamau',
  nationality: 'KE',
  dateOfBirth: '1975-04-12',
  idDocument: { type: 'passport', number: 'AK1234567', country: 'KE' },
  address: 'Moi Avenue 1, Mombasa',
};

export const forwarderRequest = {
  occurredAt: '2024-03-01',
  kind: 'company',
  role: 'freight_forwarder',
  name: 'Coastline Freight Ltd',
  country: 'KE',
  registrationNumber: 'PVT-2016-0042',
  contact: 'Mary Achieng, +254 700 000000',
};

export const referralRequest = {
  occurredAt: '2024-03-20',
  office: 'ODPP Mombasa',
  summary: 'HCFC-22 imported without licence, misdeclared as air-curtain equipment.',
};

export const chargesRequest = {
  occurredAt: '2024-04-15',
  charges: [{ statute: 'EMCA 1999', section: 's. 142', iccsClass: '1001' }],
};

export const declineRequest = (partyId: string) => ({
  occurredAt: '2024-04-15',
  partyId,
  reasonCode: 'insufficient_evidence',
  note: 'The forwarder relied on the consignor’s declaration.',
});

export const verdictRequest = { occurredAt: '2024-09-10', outcome: 'convicted' };

export const sentenceRequest = {
  occurredAt: '2024-09-24',
  penaltyLines: [{ type: 'fine', amount: { amount: 2000000, currency: 'KES' } }],
  statutoryMaximum: { fine: { amount: 5000000, currency: 'KES' }, imprisonmentMonths: 24 },
};
