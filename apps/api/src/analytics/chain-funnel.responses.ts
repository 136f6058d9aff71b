import { ApiProperty } from '@nestjs/swagger';
import {
  chainFunnelSteps,
  dropOutReasons,
  type ChainFunnelStep,
  type DropOutReason,
} from '@greenchain/contracts';
import { DisclosedRowResponse, HiddenCount } from './hidden-figures';

/** A figure counted in cases and in their defendants. */
export class CaseAndDefendantCountsResponse {
  @HiddenCount('Cases.')
  cases!: number | null;

  @HiddenCount('Defendants.')
  defendants!: number | null;
}

/** A share in cases and in defendants; null where the denominator is 0. */
export class CaseAndDefendantRatesResponse {
  @ApiProperty({ nullable: true, type: Number })
  cases!: number | null;

  @ApiProperty({ nullable: true, type: Number })
  defendants!: number | null;
}

/** One step of the funnel: what ever reached it by the as-of date, and its rates. */
export class ChainFunnelStepResponse {
  @ApiProperty({ enum: chainFunnelSteps })
  step!: ChainFunnelStep;

  @ApiProperty({ description: 'Reached by the as-of date, and every step before it.' })
  reached!: CaseAndDefendantCountsResponse;

  @ApiProperty({ description: 'reached ÷ the previous step (null for seized, or over 0).' })
  ofPrevious!: CaseAndDefendantRatesResponse;

  @ApiProperty({ description: 'reached ÷ seized: the overall rate.' })
  ofSeized!: CaseAndDefendantRatesResponse;
}

/** The chain funnel of one group in cases and defendants. */
export class ChainFunnelRowResponse extends DisclosedRowResponse {
  @ApiProperty({ description: 'The group key (also the react-admin id); "unknown" when absent.' })
  id!: string;

  @ApiProperty({ example: 'KE' })
  group!: string;

  @ApiProperty({ type: [ChainFunnelStepResponse] })
  steps!: readonly ChainFunnelStepResponse[];

  @ApiProperty({ description: 'Referred to prosecution (a case later settled counts here too).' })
  referred!: CaseAndDefendantCountsResponse;

  @ApiProperty({ description: 'Settled administratively: a legitimate end of the chain.' })
  settled!: CaseAndDefendantCountsResponse;

  @ApiProperty({ description: 'charged ÷ referred: settled cases leave the criminal path.' })
  chargedOfReferred!: CaseAndDefendantRatesResponse;
}

/** Drop-outs of one reason (for declines, of one reason code). */
export class DropOutReasonResponse {
  @ApiProperty({ enum: dropOutReasons })
  reason!: DropOutReason;

  @ApiProperty({
    nullable: true,
    type: String,
    example: 'insufficient_evidence',
    description: 'The declineReasons code of a decline; null for other reasons.',
  })
  reasonCode!: string | null;

  @HiddenCount('Dropped-out cases with a defendant who left for this reason.')
  cases!: number | null;

  @HiddenCount('Defendants who left for this reason.')
  defendants!: number | null;
}

/** Where a group's defendants and cases left the chain without a conviction in force. */
export class DropOutRowResponse extends DisclosedRowResponse {
  @ApiProperty({ description: 'The group key (also the react-admin id); "unknown" when absent.' })
  id!: string;

  @ApiProperty({ example: 'KE' })
  group!: string;

  @ApiProperty({ description: 'Every case and defendant of the group.' })
  total!: CaseAndDefendantCountsResponse;

  @ApiProperty({
    description: 'Dropped-out defendants, and cases whose every defendant dropped out.',
  })
  droppedOut!: CaseAndDefendantCountsResponse;

  @ApiProperty({ type: [DropOutReasonResponse] })
  reasons!: readonly DropOutReasonResponse[];

  @ApiProperty({ description: 'Settled administratively: reported apart, never a drop-out.' })
  settled!: CaseAndDefendantCountsResponse;
}
