import { randomUUID } from 'node:crypto';
import type { Request } from 'autocannon';

/** The tokens of the two officers the cycle acts as, both of one country. */
export interface CycleTokens {
  readonly customs: string;
  readonly prosecutor: string;
}

/** What one connection learnt from the answers of its current cycle. */
interface CycleContext {
  caseId?: string;
  partyId?: string;
  referralId?: string;
}

interface CommandAnswer {
  readonly id: string;
  readonly created: Readonly<Record<string, string>>;
}

interface Step {
  readonly as: keyof CycleTokens;
  /** The path below /api/cases, or undefined while what it needs is not known. */
  readonly path: (context: CycleContext) => string | undefined;
  readonly body: object;
  readonly learn?: (context: CycleContext, answer: CommandAnswer) => void;
}

/**
 * A case from seizure to charges, six commands: customs records the seizure, its goods and the
 * consignee and refers the case; the prosecutor accepts the referral and charges the consignee.
 * Seizures are one command in six, beside stage commands on a case that has grown.
 */
const steps: readonly Step[] = [
  {
    as: 'customs',
    path: () => '',
    body: {
      occurredAt: '2024-03-01',
      location: { name: 'Port of Mombasa', type: 'seaport' },
      direction: 'import',
      transportMode: 'sea_container',
      route: { origin: 'CN', transit: ['AE'], destination: 'KE' },
      detectionMethods: ['risk_profiling', 'scanner_xray'],
      legalBasis: ['false_declaration', 'no_permit_or_licence'],
    },
    learn: (context, answer) => {
      context.caseId = answer.id;
    },
  },
  {
    as: 'customs',
    path: ({ caseId }) => caseId && `/${caseId}/items`,
    body: {
      occurredAt: '2024-03-01',
      agreements: ['MP'],
      hsDeclared: '8415.10',
      hsEstablished: '2903.71',
      descriptionDeclared: 'Air-curtain equipment',
      descriptionEstablished: 'HCFC-22 in disposable cylinders',
      substance: 'HCFC-22',
      quantities: [{ amount: 5440, unit: 'kilograms' }],
      estimatedValue: { amount: 27200, currency: 'USD' },
    },
  },
  {
    as: 'customs',
    path: ({ caseId }) => caseId && `/${caseId}/parties`,
    body: {
      occurredAt: '2024-03-01',
      kind: 'company',
      role: 'consignee',
      name: 'Coastline Importers Ltd',
      country: 'KE',
      registrationNumber: 'PVT-2016-0042',
    },
    learn: (context, answer) => {
      context.partyId = answer.created.partyId;
    },
  },
  {
    as: 'customs',
    path: ({ caseId }) => caseId && `/${caseId}/refer-to-prosecution`,
    body: { occurredAt: '2024-03-20', office: 'ODPP Mombasa', summary: 'HCFC-22 misdeclared.' },
    learn: (context, answer) => {
      context.referralId = answer.created.referralId;
    },
  },
  {
    as: 'prosecutor',
    path: ({ caseId, referralId }) =>
      caseId && referralId && `/${caseId}/referrals/${referralId}/accept`,
    body: { occurredAt: '2024-03-25' },
  },
  {
    as: 'prosecutor',
    path: ({ caseId, partyId }) => caseId && partyId && `/${caseId}/defendants/${partyId}/charges`,
    body: {
      occurredAt: '2024-04-15',
      charges: [{ statute: 'EMCA 1999', section: 's. 142', iccsClass: '1001' }],
    },
  },
];

export const commandsPerCycle = steps.length;

/**
 * The cycle as autocannon requests: each with a fresh Idempotency-Key and its officer's token. A
 * step whose case, party or referral a refused earlier step did not give starts the cycle over.
 */
export function commandCycle(tokens: CycleTokens): Request[] {
  return steps.map((step) => {
    const headers = {
      authorization: `Bearer ${tokens[step.as]}`,
      'content-type': 'application/json',
    };
    const body = JSON.stringify(step.body);
    return {
      method: 'POST',
      setupRequest: (request: Request, context: object) => {
        const path = step.path(context);
        if (path === undefined) return undefined as unknown as Request;
        return {
          ...request,
          path: `/api/cases${path}`,
          headers: { ...headers, 'idempotency-key': randomUUID() },
          body,
        };
      },
      onResponse: (status: number, answer: string, context: object) => {
        if (step.learn && status < 300) step.learn(context, JSON.parse(answer) as CommandAnswer);
      },
    };
  });
}
