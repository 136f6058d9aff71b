import {
  caseStream,
  evidenceStream,
  type CaseCommand,
  type EvidenceCommand,
  type Holder,
  type PartyDetails,
} from '@greenchain/domain';
import type { Random } from '../random';
import type { CountryProfile } from './country-profiles';
import { demoActor, type ActingRole } from './demo-actors';
import type { ItemDraft, Scenario } from './scenarios';

export type PartyDraft = Omit<PartyDetails, 'partyId'>;

/** One command of the world, with the stream it goes to and its idempotency key. */
export type PlannedCommand =
  | {
      readonly streamType: 'case';
      /** The case id; its stream is caseStream.streamId(id). */
      readonly id: string;
      readonly streamId: string;
      readonly commandId: string;
      readonly command: CaseCommand;
    }
  | {
      readonly streamType: 'evidence';
      /** The exhibit's id; its stream is evidenceStream.streamId(id). */
      readonly id: string;
      readonly streamId: string;
      readonly commandId: string;
      readonly command: EvidenceCommand;
    };

/** Who holds an exhibit now and under which seal, so each custody step chains from the last. */
export interface Exhibit {
  readonly evidenceId: string;
  readonly itemId: string;
  holder: Holder;
  seal: string | undefined;
}

/** Thrown when the story's clock passes the world's as-of date: the case stays open where it is. */
export class OutOfTime extends Error {}

const dayMs = 86_400_000;

export function dayNumber(isoDate: string): number {
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / dayMs);
}

export function isoDay(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

type CaseData<T extends CaseCommand['type']> = Extract<CaseCommand, { type: T }>['data'];
type EvidenceData<T extends EvidenceCommand['type']> = Extract<
  EvidenceCommand,
  { type: T }
>['data'];

/**
 * A case as it unfolds: a clock in days, the commands issued so far by the country's officers, and
 * ids drawn from the case's own generator. Stages ask the clock to move on; past the as-of date the
 * story stops, which is how the world gets open cases at every stage.
 */
export class Story {
  readonly commands: PlannedCommand[] = [];
  readonly itemIds: string[] = [];
  readonly items = new Map<string, ItemDraft>();
  readonly parties: (PartyDraft & { readonly partyId: string })[] = [];
  readonly exhibits: Exhibit[] = [];
  private day: number;

  constructor(
    readonly random: Random,
    readonly caseId: string,
    /** The case's place in the world, unique within a seed: its reference's serial number. */
    readonly serial: number,
    readonly profile: CountryProfile,
    readonly scenario: Scenario,
    seizureDay: number,
    private readonly asOfDay: number,
  ) {
    this.day = seizureDay;
  }

  get today(): string {
    return isoDay(this.day);
  }

  /** Days from now, as a date, for facts that name a future day (a hearing, a share's end). */
  dateIn(days: number): string {
    return isoDay(this.day + days);
  }

  /** Lets time pass (skewed to the short end); the story ends here if that is past the as-of date. */
  wait(minDays: number, maxDays: number): void {
    this.advance(this.random.days(minDays, maxDays));
  }

  advance(days: number): void {
    this.day += days;
    if (this.day > this.asOfDay) throw new OutOfTime();
  }

  /** A file nobody moves on: the case stays open at this stage, past its deadline. */
  stallIf(probability: number): void {
    if (this.random.chance(probability)) throw new OutOfTime();
  }

  id(): string {
    return this.random.uuid();
  }

  onCase<T extends CaseCommand['type']>(type: T, data: CaseData<T>, role: ActingRole): void {
    this.commands.push({
      streamType: 'case',
      id: this.caseId,
      streamId: caseStream.streamId(this.caseId),
      commandId: this.id(),
      command: { type, data, metadata: this.metadata(role) } as CaseCommand,
    });
  }

  onEvidence<T extends EvidenceCommand['type']>(
    evidenceId: string,
    type: T,
    data: EvidenceData<T>,
    role: ActingRole,
  ): void {
    this.commands.push({
      streamType: 'evidence',
      id: evidenceId,
      streamId: evidenceStream.streamId(evidenceId),
      commandId: this.id(),
      command: { type, data, metadata: this.metadata(role) } as EvidenceCommand,
    });
  }

  private metadata(role: ActingRole) {
    const { userId, agency, country } = demoActor(this.profile.code, role);
    // Recorded as of the world's date, which every story ends before.
    const recordedAt = isoDay(this.asOfDay);
    return { actor: { userId, role, agency, country }, occurredAt: this.today, recordedAt };
  }

  /** An amount in the country's currency, from US dollars, rounded to whole units. */
  local(usdAmount: number): { amount: number; currency: string } {
    return {
      amount: Math.max(1, Math.round(usdAmount * this.profile.usdRate)),
      currency: this.profile.currency,
    };
  }
}
