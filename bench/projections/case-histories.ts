import { storedEvent } from '@greenchain/case-commands';
import {
  caseStream,
  evidenceStream,
  type Actor,
  type CaseEvent,
  type DomainEvent,
  type EvidenceEvent,
  type PartyDetails,
} from '@greenchain/domain';
import { type NewEvent } from '@greenchain/event-store';

/** One command's worth of events for one stream, as the API would append them. */
export interface Append {
  readonly streamId: string;
  readonly streamType: string;
  readonly events: readonly NewEvent[];
}

const countries = ['KE', 'PY', 'NG', 'TH', 'VN', 'GH', 'PE', 'ID'] as const;
const commodities = [
  { agreement: 'MP', hs: '2903.71', substance: 'HCFC-22', unit: 'kilograms' },
  { agreement: 'BASEL', hs: '8549.11', substance: 'lead-acid batteries', unit: 'kilograms' },
  { agreement: 'CITES', hs: '0507.10', substance: 'ivory', unit: 'kilograms' },
  { agreement: 'STOCKHOLM', hs: '3808.59', substance: 'endosulfan', unit: 'litres' },
] as const;
/** How far cases have gone, as a share of the log: many stop early, as the chain does. */
const stages = ['detected', 'detected', 'referred', 'accepted', 'charged', 'judged'] as const;

type Stage = (typeof stages)[number];

function at(day: number): string {
  return new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
}

function caseEvent(type: CaseEvent['type'], data: object, day: number): CaseEvent {
  return { type, data: { ...data, occurredAt: at(day) } } as unknown as CaseEvent;
}

function parties(caseId: string, country: string): PartyDetails[] {
  return [
    {
      partyId: `${caseId}-a`,
      kind: 'person',
      role: 'consignee',
      name: 'Bench Person',
      nationality: country,
      dateOfBirth: '1975-04-12',
      idDocument: { type: 'passport', number: `P${caseId.slice(-7)}`, country },
      address: 'Bench Street 1',
    },
    {
      partyId: `${caseId}-b`,
      kind: 'company',
      role: 'freight_forwarder',
      name: 'Bench Forwarding Ltd',
      country,
      registrationNumber: `RN-${caseId.slice(-6)}`,
      contact: 'bench contact',
    },
  ];
}

/** The case's commands in order; `index` picks country, commodity and how far the case goes. */
function caseCommands(caseId: string, index: number): CaseEvent[][] {
  const country = countries[index % countries.length] ?? 'KE';
  const commodity = commodities[index % commodities.length] ?? commodities[0];
  const stage: Stage = stages[index % stages.length] ?? 'detected';
  const day = index % 300;
  const [person, company] = parties(caseId, country);
  const seizure = {
    caseId,
    country,
    agency: `${country} Customs`,
    location: { name: `Port ${index % 12}`, type: 'seaport' },
    direction: 'import',
    transportMode: 'sea_container',
    route: { origin: 'CN', transit: [], destination: country },
    detectionMethods: ['routine_check'],
    concealmentMethod: 'mislabelled_cylinders',
    legalBasis: ['false_declaration'],
  };
  const item = {
    itemId: `${caseId}-item`,
    agreements: [commodity.agreement],
    hsDeclared: '8415.10',
    hsEstablished: commodity.hs,
    descriptionDeclared: 'Declared goods',
    descriptionEstablished: commodity.substance,
    substance: commodity.substance,
    quantities: [{ amount: 100 + (index % 900), unit: commodity.unit }],
    containers: 1 + (index % 40),
    estimatedValue: { amount: 1000 * (1 + (index % 50)), currency: 'USD' },
  };
  const commands: CaseEvent[][] = [
    [caseEvent('SeizureRecorded', seizure, day), caseEvent('CommodityItemAdded', item, day)],
    [caseEvent('PartyAdded', person ?? {}, day)],
    [caseEvent('PartyAdded', company ?? {}, day + 1)],
  ];
  const referral = { referralId: `${caseId}-ref`, office: 'Prosecutor', summary: 'misdeclared' };
  const acceptance = { referralId: referral.referralId, prosecutorId: 'p-1', office: 'Prosecutor' };
  const later: [Stage, CaseEvent][] = [
    ['referred', caseEvent('CaseReferredToProsecution', referral, day + 10)],
    ['accepted', caseEvent('ReferralAccepted', acceptance, day + 15)],
    ...(['a', 'b'] as const).map((party): [Stage, CaseEvent] => [
      'charged',
      caseEvent('ChargesFiled', charges(`${caseId}-${party}`), day + 30),
    ]),
    ['judged', caseEvent('VerdictRecorded', verdict(`${caseId}-a`, 'convicted'), day + 60)],
    ['judged', caseEvent('VerdictRecorded', verdict(`${caseId}-b`, 'acquitted'), day + 60)],
    ['judged', caseEvent('SentenceImposed', sentence(`${caseId}-a`), day + 70)],
  ];
  const reached = stages.indexOf(stage);
  for (const [needed, event] of later) {
    if (stages.indexOf(needed) <= reached) commands.push([event]);
  }
  return commands;
}

function charges(partyId: string) {
  const charge = { chargeId: `${partyId}-c`, statute: 'Act 1', section: '12', iccsClass: '1001' };
  return { partyId, charges: [charge] };
}

function verdict(partyId: string, outcome: 'convicted' | 'acquitted') {
  return { partyId, outcome };
}

function sentence(partyId: string) {
  return {
    sentenceId: `${partyId}-s`,
    partyId,
    penaltyLines: [
      { type: 'fine', amount: { amount: 20000, currency: 'USD' } },
      { type: 'imprisonment', months: 12, suspended: true },
    ],
    statutoryMaximum: { fine: { amount: 50000, currency: 'USD' }, imprisonmentMonths: 60 },
  };
}

/** An exhibit of the case: registered, sealed, sent to the laboratory. */
function evidenceCommands(caseId: string, index: number): EvidenceEvent[][] {
  const country = countries[index % countries.length] ?? 'KE';
  const store = { holderId: `store-${country}`, agency: 'customs', country };
  const lab = { holderId: `lab-${country}`, agency: 'national-lab', country };
  const day = at(index % 300);
  const seal = `S-${caseId.slice(-8)}`;
  return [
    [
      {
        type: 'EvidenceRegistered',
        data: {
          evidenceId: `${caseId}-ev`,
          caseId,
          itemId: `${caseId}-item`,
          kind: 'sample',
          description: 'Sample',
          quantity: { amount: 0.5, unit: 'kilograms' },
          holder: store,
          place: 'Customs store',
          occurredAt: day,
        },
      },
    ],
    [
      {
        type: 'EvidenceSealed',
        data: { sealNumber: seal, holderId: store.holderId, occurredAt: day },
      },
    ],
    [
      {
        type: 'CustodyTransferred',
        data: {
          transferId: `${caseId}-t1`,
          from: store,
          to: lab,
          place: 'Customs store',
          condition: 'intact',
          sealNumber: seal,
          occurredAt: day,
        },
      },
    ],
  ];
}

/** A domain event as the API stores it: personal fields marked for encryption, actor and time. */
function stored(event: DomainEvent, caseId: string, country: string): NewEvent {
  const occurredAt = String((event.data as { occurredAt?: unknown }).occurredAt);
  const actor: Actor = {
    userId: 'bench-user',
    role: 'customs',
    agency: `${country} Customs`,
    country,
  };
  return storedEvent(event, caseId, { actor, occurredAt });
}

/**
 * Every append of case number `index` (its case stream and one exhibit of every other case), in
 * the order the API would make them. Case ids are UUIDs made from `prefix` and the index.
 */
export function caseAppends(prefix: string, index: number): Append[] {
  const caseId = `${prefix}-${String(index).padStart(12, '0')}`;
  const country = countries[index % countries.length] ?? 'KE';
  const toAppend =
    ({ type, streamId }: typeof caseStream | typeof evidenceStream) =>
    (events: DomainEvent[]) => ({
      streamId: streamId(caseId),
      streamType: type,
      events: events.map((event) => stored(event, caseId, country)),
    });
  const appends = caseCommands(caseId, index).map(toAppend(caseStream));
  if (index % 2 === 0) {
    appends.push(...evidenceCommands(caseId, index).map(toAppend(evidenceStream)));
  }
  return appends;
}

/** Events per case on average over a full cycle of the mix, to size a load. */
export function averageEventsPerCase(): number {
  const cycle = stages.length * countries.length * commodities.length * 2;
  let events = 0;
  for (let index = 0; index < cycle; index += 1) {
    for (const append of caseAppends('00000000-0000-4000-8000', index))
      events += append.events.length;
  }
  return events / cycle;
}
