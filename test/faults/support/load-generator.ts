import { request as httpRequest } from 'node:http';
import { type CommandResult } from '@greenchain/contracts';
import {
  chargesRequest,
  consigneeRequest,
  itemRequest,
  referralRequest,
  seizureRequest,
  sentenceRequest,
  verdictRequest,
} from '../../support/hcfc-22-case';
import { today } from '../../support/today';

/** The roles whose signed-in users send a case's commands. */
export type Sender = 'customs' | 'prosecutor' | 'judiciary';

/** A command the API acknowledged (2xx): where its last event stands in the log. */
export interface Acknowledged {
  readonly key: string;
  readonly step: string;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly globalPosition: number;
  readonly replayed: boolean;
}

/** A command the API refused for good (a 4xx that a retry cannot change): a bug under load. */
export interface Refused {
  readonly key: string;
  readonly step: string;
  readonly status: number;
  readonly body: string;
}

export interface LoadReport {
  readonly flows: number;
  readonly acknowledged: readonly Acknowledged[];
  readonly refused: readonly Refused[];
  /** Commands still unacknowledged when their retries ran out (never sent twice as new commands). */
  readonly abandoned: readonly string[];
  /** Attempts that got no HTTP answer (connection refused or cut), each retried. */
  readonly networkErrors: number;
  /** Attempts answered 5xx, 409 (the same key still in flight) or 429, each retried. */
  readonly retriedAnswers: number;
}

/** How one HTTP attempt ended: an answer (any status) or no answer at all. */
export type AttemptOutcome =
  | { readonly kind: 'answered'; readonly status: number; readonly body: string }
  | { readonly kind: 'no-answer'; readonly error: string };

interface Attempt {
  readonly target: string;
  readonly outcome: Promise<AttemptOutcome>;
}

export interface LoadOptions {
  /** Base URLs of the APIs; commands go to them in turn, and a retry goes to the next one. */
  readonly targets: () => readonly string[];
  readonly tokens: Readonly<Record<Sender, string>>;
  /** Distinguishes this run's Idempotency-Keys and seizure references from every other run's. */
  readonly runId: string;
  /** How long one command is retried under its key before the flow is abandoned. */
  readonly giveUpAfterMs?: number;
  /** The longest one attempt may take (a server that froze mid-request). */
  readonly attemptTimeoutMs?: number;
}

interface Step {
  readonly name: string;
  readonly sender: Sender;
  readonly path: (created: Record<string, string>) => string;
  readonly body: (flow: string) => object;
}

/**
 * One case through the chain, as three officers send it: the seizure, an item, a defendant and the
 * referral (customs), acceptance and charges (prosecutor), verdict and sentence (judiciary). The
 * last three are outcomes, each one notification of the seizing office: they are dated the day they
 * are sent, since an outcome entered long after it happened notifies no one.
 */
const caseFlow: readonly Step[] = [
  { name: 'seizure', sender: 'customs', path: () => '', body: (flow) => seizureRequest(flow) },
  { name: 'item', sender: 'customs', path: (c) => `/${c.caseId}/items`, body: () => itemRequest },
  {
    name: 'party',
    sender: 'customs',
    path: (c) => `/${c.caseId}/parties`,
    body: () => consigneeRequest,
  },
  {
    name: 'referral',
    sender: 'customs',
    path: (c) => `/${c.caseId}/refer-to-prosecution`,
    body: () => referralRequest,
  },
  {
    name: 'acceptance',
    sender: 'prosecutor',
    path: (c) => `/${c.caseId}/referrals/${c.referralId}/accept`,
    body: () => ({ occurredAt: '2024-04-02' }),
  },
  {
    name: 'charges',
    sender: 'prosecutor',
    path: (c) => `/${c.caseId}/defendants/${c.partyId}/charges`,
    body: () => ({ ...chargesRequest, occurredAt: today() }),
  },
  {
    name: 'verdict',
    sender: 'judiciary',
    path: (c) => `/${c.caseId}/defendants/${c.partyId}/verdict`,
    body: () => ({ ...verdictRequest, occurredAt: today() }),
  },
  {
    name: 'sentence',
    sender: 'judiciary',
    path: (c) => `/${c.caseId}/defendants/${c.partyId}/sentence`,
    body: () => ({ ...sentenceRequest, occurredAt: today() }),
  },
];

/** Events of a flow that each of its cases must hold exactly once (one per step). */
export const eventsOfOneFlow = [
  'SeizureRecorded',
  'CommodityItemAdded',
  'PartyAdded',
  'CaseReferredToProsecution',
  'ReferralAccepted',
  'ChargesFiled',
  'VerdictRecorded',
  'SentenceImposed',
] as const;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Answers that say "not now" rather than "no": the same command is sent again under its key. */
const retryable = (status: number) => status >= 500 || status === 409 || status === 429;

/**
 * A load generator of whole cases: each flow sends its eight commands one after the other, each
 * under an Idempotency-Key of its own, and retries a command under the same key (to the next API
 * when there are several) until it is acknowledged, so a crash between commit and answer is
 * answered by the replay instead of a second command. Every acknowledgement is recorded with the
 * position it names, for the test to look up in the event log.
 */
export class LoadGenerator {
  private readonly acknowledged: Acknowledged[] = [];
  private readonly refused: Refused[] = [];
  private readonly abandoned: string[] = [];
  private readonly attempts = new Set<Attempt>();
  private networkErrors = 0;
  private retriedAnswers = 0;
  private flowsStarted = 0;
  private turn = 0;
  private stopped = false;

  constructor(private readonly options: LoadOptions) {}

  /** Runs `flows` cases, `concurrency` at a time; resolves when every flow ended. */
  async run(flows: number, concurrency: number): Promise<LoadReport> {
    const first = this.flowsStarted;
    this.flowsStarted += flows;
    let next = first;
    const lane = async () => {
      while (next < first + flows && !this.stopped) await this.runFlow(next++);
    };
    await Promise.all(Array.from({ length: concurrency }, lane));
    return this.report();
  }

  /** Acknowledgements so far, to wait until load is under way before a fault. */
  get acknowledgedCount(): number {
    return this.acknowledged.length;
  }

  /** Ends every flow after its current command (used when a test fails, so nothing keeps sending). */
  stop(): void {
    this.stopped = true;
  }

  /** The outcomes of the attempts that are in flight to a target now. */
  inFlightTo(target: string): Promise<AttemptOutcome>[] {
    return [...this.attempts]
      .filter((attempt) => attempt.target === target)
      .map((attempt) => attempt.outcome);
  }

  report(): LoadReport {
    return {
      flows: this.flowsStarted,
      acknowledged: [...this.acknowledged],
      refused: [...this.refused],
      abandoned: [...this.abandoned],
      networkErrors: this.networkErrors,
      retriedAnswers: this.retriedAnswers,
    };
  }

  private async runFlow(index: number): Promise<void> {
    const flow = `FLT/${this.options.runId}/${index}`;
    const created: Record<string, string> = {};
    for (const step of caseFlow) {
      const key = `${flow}/${step.name}`;
      const result = await this.send(step, key, `/api/cases${step.path(created)}`, step.body(flow));
      if (!result) return;
      created.caseId ??= result.id;
      Object.assign(created, result.created);
    }
  }

  private async send(
    step: Step,
    key: string,
    path: string,
    body: object,
  ): Promise<CommandResult | undefined> {
    const giveUpAt = Date.now() + (this.options.giveUpAfterMs ?? 60_000);
    for (let attempt = 0; !this.stopped; attempt += 1) {
      const targets = this.options.targets();
      const target = targets[this.turn++ % targets.length] ?? '';
      const outcome = await this.attempt(target, path, key, step.sender, body);
      if (outcome.kind === 'answered' && outcome.status < 300) {
        const result = JSON.parse(outcome.body) as CommandResult;
        this.acknowledged.push({
          key,
          step: step.name,
          streamId: result.streamId,
          streamVersion: result.streamVersion,
          globalPosition: Number(result.globalPosition),
          replayed: result.replayed,
        });
        return result;
      }
      if (outcome.kind === 'answered' && !retryable(outcome.status)) {
        this.refused.push({ key, step: step.name, status: outcome.status, body: outcome.body });
        return undefined;
      }
      if (outcome.kind === 'no-answer') this.networkErrors += 1;
      else this.retriedAnswers += 1;
      if (Date.now() >= giveUpAt) break;
      await pause(Math.min(1000, 50 * 2 ** Math.min(attempt, 5)));
    }
    this.abandoned.push(key);
    return undefined;
  }

  /** One POST on a connection of its own, so a cut connection is this attempt's alone. */
  private attempt(
    target: string,
    path: string,
    key: string,
    sender: Sender,
    body: object,
  ): Promise<AttemptOutcome> {
    const payload = JSON.stringify(body);
    const outcome = new Promise<AttemptOutcome>((resolve) => {
      const request = httpRequest(
        `${target}${path}`,
        {
          method: 'POST',
          agent: false,
          timeout: this.options.attemptTimeoutMs ?? 30_000,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(payload),
            authorization: `Bearer ${this.options.tokens[sender]}`,
            'idempotency-key': key,
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              kind: 'answered',
              status: response.statusCode ?? 0,
              body: Buffer.concat(chunks).toString(),
            }),
          );
          response.on('error', (error) => resolve({ kind: 'no-answer', error: error.message }));
        },
      );
      request.on('timeout', () => request.destroy(new Error('attempt timed out')));
      request.on('error', (error) => resolve({ kind: 'no-answer', error: error.message }));
      request.end(payload);
    });
    const entry: Attempt = { target, outcome };
    this.attempts.add(entry);
    return outcome.finally(() => this.attempts.delete(entry));
  }
}
